// Waste in /impact and the funder report: kilograms over the closed services where it was weighed,
// grams per cover served over only the services with both waste and covers; unknown, never zero,
// where nothing was weighed.
import { afterEach, describe, expect, it } from "vitest";
import { computeFigures } from "../../src/features/impact/index.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());
const say = async (user: string, text: string) => (await h.say(user, text)).replace(/[\u202f\u00a0]/g, " ");

/** November 2026: Monday 2 closed with 40 covers and 3 kg of waste, Tuesday 3 closed with 60 covers, not weighed. */
async function november(locale: "fr" | "en") {
  const fr = locale === "fr";
  h = await createHarness("2026-11-02T14:00:00Z", { locale });
  await say("Mona", fr ? "/installer Belleville" : "/setup Belleville");
  await say("Mona", fr ? "/cloturer couverts 40 assiettes 2 preparation 1" : "/close covers 40 plates 2 prep 1");
  h.clock.set("2026-11-03T14:00:00Z");
  await say("Mona", fr ? "/cloturer couverts 60" : "/close covers 60");
  h.clock.set("2026-12-01T09:00:00Z");
}

describe("waste in the figures", () => {
  it("/impact gives the kilos and the grams per cover of the weighed services only, for everyone", async () => {
    await november("fr");
    const out = await say("Zoe", "/impact mois dernier");
    expect(out).toContain("Gaspillage : 3 kg");
    // 3000 g ÷ 40 covers: the unweighed Tuesday's 60 covers do not count.
    expect(out).toContain("Gaspillage par couvert : 75 g");
  });

  it("is unknown, never zero, when no service was weighed", async () => {
    h = await createHarness("2026-11-02T14:00:00Z");
    await say("Mona", "/installer Belleville");
    await say("Mona", "/cloturer couverts 40");
    h.clock.set("2026-12-01T09:00:00Z");
    const out = await say("Zoe", "/impact mois dernier");
    expect(out).toMatch(/Gaspillage : inconnu/);
    expect(out).toMatch(/Gaspillage par couvert : inconnu/);
    const figures = computeFigures(await h.store.impactRecords(1, { from: "2026-11-01", to: "2026-11-30" }, "2026-12-01"));
    expect(figures.figures.waste.known).toBe(false);
  });

  it("speaks English, and the definitions say what the per-cover figure rests on", async () => {
    await november("en");
    const out = await say("Mona", "/impact last month");
    expect(out).toContain("Food waste: 3 kg");
    expect(out).toContain("Food waste per cover: 75 g");
    const defs = await say("Zoe", "/impact definitions");
    expect(defs).toContain(
      "Food waste per cover: grams of waste ÷ covers served, over only the closed services where the waste was weighed",
    );
  });
});
