// Words a person types live once (src/kernel/days.ts, src/kernel/text.ts): every command that reads a
// weekday, a month or "none" understands the same words — `/cook thurs` and
// `/settings days tues-thurs` alike, "mar" for March in a period as in a date.
import { afterEach, describe, expect, it } from "vitest";
import { monthOf, parseDays, weekdayOf } from "../../src/kernel/days.ts";
import { isNone, NONE_WORDS } from "../../src/kernel/text.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());

describe("the words of days, months and none, kept once", () => {
  it("reads every weekday word the sign-up commands read in the opening days setting too", async () => {
    h = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Riverside");
    expect(await h.say("Mona", "/settings days tues-thurs")).toMatch(/Tuesday, Wednesday, Thursday/);
    expect(await h.say("Mona", "/settings days mar-jeu sam")).toMatch(/Tuesday, Wednesday, Thursday, Saturday/);
    expect(await h.say("Zoe", "/cook thurs")).toMatch(/Thursday 26 November/);
    for (const w of ["thurs", "thu", "jeu", "jeudi", "thursday"]) expect(weekdayOf(w), w).toBe(4);
    expect(parseDays("tue-thu")).toEqual(parseDays("mardi-jeudi"));
  });

  it("reads month words the same in a date and in a period", () => {
    for (const [w, m] of [
      ["janv", 1],
      ["fevr", 2],
      ["mar", 3],
      ["nov", 11],
      ["decembre", 12],
    ] as const)
      expect(monthOf(w), w).toBe(m);
  });

  it("has one list of 'none' words, read by diets, allergies, settings and lunch teams", async () => {
    for (const w of NONE_WORDS) expect(isNone(w.toUpperCase()), w).toBe(true);
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/installer Belleville");
    await h.say("Zoe", "/regime vegetarien");
    expect(await h.say("Zoe", "/regime rien")).toMatch(/aucun|Aucun/);
    await h.say("Mona", "/reglages prix-ingredients 3,50");
    expect(await h.say("Mona", "/reglages prix-ingredients rien")).not.toMatch(/3,50/);
  });
});
