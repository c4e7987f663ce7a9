// The welcome survey and the close-out settings through the core: the survey in English, a press
// thanked privately, the survey switched off, the meal costs set and unset.
import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { poolOf } from "../../src/features/survey/pool.ts";

let h: Harness;
afterEach(() => h?.close());

/** `who` says at 10:00 they eat today (so the service exists), and the clock goes back to 14:00. */
async function eatAt10(w: Harness, who: string) {
  const now = w.clock.now();
  w.clock.set("2026-11-24T09:00:00Z");
  await w.say(who, "/eat");
  w.clock.set(now.toISOString());
}

describe("the welcome survey in English", () => {
  it("asks the network's three questions in the canteen's language, answers in order", async () => {
    h = await createHarness("2026-11-24T13:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Riverside");
    const m = (await h.core.compose(1, "survey", { date: "2026-11-24" }))!;
    const text = plainText(m);
    expect(text).toContain("1. Did you feel welcome as you are, without having to play a role?");
    expect(text).toContain("2. Do you feel confident with the other guests, including those you didn't know?");
    expect(text).toContain("3. Was this your first meal here?");
    expect(text).toContain("Answers are anonymous");
    expect(m.buttons.map((r) => r.map((b) => b.label))).toEqual([
      ["1. Yes", "1. Rather yes", "1. Rather no", "1. No"],
      ["2. Yes", "2. Rather yes", "2. Rather no", "2. No"],
      ["3. Yes", "3. No"],
    ]);
  });

  it("thanks a press with a toast only, a second press changes nothing, and the answer is counted when the survey closes", async () => {
    h = await createHarness("2026-11-24T13:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Riverside");
    await eatAt10(h, "Zoe");
    await h.postSurvey("2026-11-24");
    const first = await h.send("Zoe", "/survey 2026-11-24 confidence rather-no", { action: true });
    expect(first).toEqual({ replies: [], toast: "Thank you, your answer is counted (anonymously)!" });
    const again = await h.send("Zoe", "/survey 2026-11-24 confidence yes", { action: true });
    expect(again.replies).toEqual([]);
    expect(again.toast).toContain("You had already answered this question");
    // One answer alone is never written: it waits for others, or for the survey to close.
    expect(await h.store.surveyCounts(1, "2026-11-24")).toEqual({});
    await h.core.sweep(new Date("2026-12-01T22:59:00Z"));
    expect(await h.store.surveyCounts(1, "2026-11-24")).toEqual({});
    await h.core.sweep(new Date("2026-12-01T23:00:00Z"));
    expect(await h.store.surveyCounts(1, "2026-11-24")).toEqual({ confidence: { "rather-no": 1 } });
    const late = await h.send("Zoe", "/survey 2026-11-24 confidence yes", { action: true });
    expect(late.toast).toContain("You had already answered this question");
  });

  it("refuses a forged or stale button, or one pressed where the survey was not posted, and counts nothing", async () => {
    h = await createHarness("2026-11-24T13:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Riverside");
    await h.say("Mona", "/setup Riverside", { chat: "console:kitchen" });
    for (const bad of [
      "/survey 2026-11-24 welcome maybe",
      "/survey 2026-11-24 first rather-yes",
      "/survey tomorrow welcome yes",
      "/survey 2026-11-25 welcome yes",
      "/survey 2026-10-01 welcome yes",
      "/survey 2026-11-22 welcome yes",
      "/survey 2026-02-30 welcome yes",
      // Today's survey was never posted (nothing was recorded today): a typed press counts nothing.
      "/survey 2026-11-24 welcome yes",
    ]) {
      const out = await h.send("Zoe", bad, { action: true });
      expect(out.toast, bad).toMatch(/not valid|is closed|No survey of/);
    }
    expect(poolOf(h.core.deps).waitingCount).toBe(0);
    expect(await h.db.prisma.service.count()).toBe(0);
    // Posted to the group only: the same press from a private chat or another group counts nothing.
    await eatAt10(h, "Mona");
    await h.postSurvey("2026-11-24");
    for (const opts of [{ private: true }, { chat: "console:elsewhere" }]) {
      const out = await h.send("Zoe", "/survey 2026-11-24 welcome yes", { action: true, ...opts });
      expect(out.toast ?? plainText(out.replies[0]!)).toMatch(/No survey of|not linked|isn't linked|several/i);
    }
    expect(poolOf(h.core.deps).waitingCount).toBe(0);
    expect((await h.send("Zoe", "/survey 2026-11-24 welcome yes", { action: true })).toast).toContain("Thank you");
    expect(poolOf(h.core.deps).waitingCount).toBe(1);
  });
});

describe("close-out and survey settings", () => {
  it("sets and unsets the meal costs, moves the close-out reminder, and switches the survey off and on", async () => {
    h = await createHarness("2026-11-24T08:00:00Z");
    await h.say("Mona", "/installer Belleville");
    expect((await h.say("Mona", "/reglages prix-ingredients 3,50")).replace(/[\u202f\u00a0]/g, " ")).toContain(
      "Prix d'un repas : ingrédients 3,50 € · fonctionnement —",
    );
    await h.say("Mona", "/reglages running-cost €9");
    expect(await h.store.canteen(1)).toMatchObject({ ingredientCost: 350, runningCost: 900 });
    await h.say("Mona", "/reglages prix-fonctionnement -");
    expect((await h.store.canteen(1))!.runningCost).toBeNull();
    expect(await h.say("Mona", "/reglages prix-ingredients beaucoup")).toContain("« beaucoup » n'est pas un prix par repas");
    expect((await h.store.canteen(1))!.ingredientCost).toBe(350);

    await h.say("Mona", "/reglages bilan 15h");
    await h.say("Mona", "/reglages enquete non");
    let c = (await h.store.canteen(1))!;
    expect(c).toMatchObject({ closeOutTime: "15:00", surveyTime: null });
    expect(h.core.rhythm.jobsFor(c, "2026-11-24", new Map()).map((j) => j.kind)).not.toContain("survey");
    expect(
      h.core.rhythm
        .jobsFor(c, "2026-11-24", new Map())
        .find((j) => j.kind === "closeout")!
        .runAt.toISOString(),
    ).toBe("2026-11-24T14:00:00.000Z");
    await h.say("Mona", "/settings survey 13:45");
    c = (await h.store.canteen(1))!;
    expect(
      h.core.rhythm
        .jobsFor(c, "2026-11-24", new Map())
        .find((j) => j.kind === "survey")!
        .runAt.toISOString(),
    ).toBe("2026-11-24T12:45:00.000Z");
    expect(await h.say("Alice", "/reglages enquete non")).toContain("gérant");
  });
});
