// The welcome survey on Telegram end to end: the real adapter against the fake Bot API, the real
// core, ledger and database. Presses are answered with a toast to the presser only; the group's
// message never changes and never shows results; a second press changes nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

describe("the welcome survey on Telegram", () => {
  let world: Harness;
  let t: TelegramHarness;
  beforeEach(async () => {
    // Tuesday 24 November 2026, 9:00 in Paris.
    world = await createHarness("2026-11-24T08:00:00Z");
    t = await telegramHarness(world);
    world.ledger.attach(t.adapter);
    await t.userSays(t.group, t.users[0], "/setup Belleville");
    await t.userSays(t.group, t.users[0], "/manger");
    world.clock.set("2026-11-24T13:00:00Z");
    const canteen = (await world.store.canteen(1))!;
    await world.core.rhythm.execute(canteen, "survey", "2026-11-24", world.clock.now());
    await world.ledger.drain();
  });
  afterEach(async () => {
    await t.stop();
    await world.close();
  });
  const survey = () => t.messages(t.group).find((m) => m.includes("comment c'était"))!;

  it("posts one survey message with the three questions and ten buttons, saying answers are anonymous", () => {
    const m = t.fake.state.botMessages(t.groupChat.id).find((b) => b.text.includes("comment c'était"))!;
    expect(m.text).toContain("Les réponses sont anonymes");
    expect(m.reply_markup!.inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([
      ["1. Oui", "1. Plutôt oui", "1. Plutôt non", "1. Non"],
      ["2. Oui", "2. Plutôt oui", "2. Plutôt non", "2. Non"],
      ["3. Oui", "3. Non"],
    ]);
  });

  it("thanks the presser with a toast, counts the answer once, and leaves the group's message unchanged", async () => {
    const before = survey();
    const groupMessages = t.messages(t.group).length;
    await t.press(t.group, t.users[1], /^1\. Plutôt oui$/);
    await t.press(t.group, t.users[1], /^1\. Non$/);
    await t.press(t.group, t.users[2], /^1\. Oui$/);
    await t.press(t.group, t.users[2], /^3\. Oui$/);
    expect(t.toasts(t.users[1])).toEqual([
      "Merci, ta réponse est comptée (anonymement) !",
      "Merci ! Tu avais déjà répondu à cette question : ta première réponse reste comptée.",
    ]);
    expect(t.toasts(t.users[2])).toHaveLength(2);
    expect(t.messages(t.group)).toHaveLength(groupMessages);
    expect(survey()).toBe(before);
    await world.core.sweep(new Date("2026-12-02T00:00:00Z"));
    expect(await world.store.surveyCounts(1, "2026-11-24")).toEqual({ welcome: { "rather-yes": 1, yes: 1 }, first: { yes: 1 } });
  });

  it("keeps no record of who answered what: nothing is written at the press, markers name questions only, and logs carry no answer", async () => {
    await t.press(t.group, t.users[1], /^2\. Plutôt non$/);
    expect(await world.db.prisma.surveyMark.count()).toBe(0);
    expect(await world.db.prisma.surveyCount.count()).toBe(0);
    await world.core.sweep(new Date("2026-12-02T00:00:00Z"));
    const marks = await world.db.prisma.surveyMark.findMany();
    expect(marks).toHaveLength(1);
    expect(Object.keys(marks[0]!).sort()).toEqual(["personId", "question", "serviceId"]);
    const logged = JSON.stringify(world.log.lines);
    expect(logged).not.toMatch(/rather-no|Plutôt non/);
  });
});
