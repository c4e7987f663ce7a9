// Dates in a sane range: every command taking a date refuses one more than a year before the
// canteen was created, or more than two years from today, with a clear reply; and every reply
// about a date of another year than the current one says the year.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dateRange, formatDate, parseDay } from "../../src/kernel/days.ts";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris; the canteen is created now
  await h.say("Mona", "/setup Belleville");
});
afterEach(() => h.close());

const TOO_LATE = "c'est trop loin : je vais au plus jusqu'au jeudi 23 novembre 2028, deux ans à partir d'aujourd'hui.";
const TOO_EARLY =
  "c'est trop loin dans le passé : je remonte au plus jusqu'au dimanche 23 novembre 2025, un an avant la création de la cantine.";

describe("the range", () => {
  const cal = { timezone: "Europe/Paris", locale: "fr" as const, openDays: [1, 2, 3, 4, 5], lunchTime: "12:30", createdAt: "2026-03-10" };
  const now = new Date("2026-11-23T08:00:00Z");

  it("runs from a year before the canteen's creation to two years from today", () => {
    expect(dateRange(cal, now)).toEqual({ from: "2025-03-10", to: "2028-11-23" });
    expect(parseDay(["2025-03-07"], cal, now)).toEqual({ ok: false, reason: "tooEarly", date: "2025-03-07", limit: "2025-03-10" });
    expect(parseDay(["12", "decembre", "3000"], cal, now)).toEqual({
      ok: false,
      reason: "tooLate",
      date: "3000-12-12",
      limit: "2028-11-23",
    });
    expect(parseDay(["2028-11-23"], cal, now)).toEqual({ ok: true, date: "2028-11-23" });
  });

  it("dates of the current year are spelt without it, others with it", () => {
    expect(formatDate("2026-12-08", "fr", now)).toBe("mardi 8 décembre");
    expect(formatDate("2028-12-12", "fr", now)).toBe("mardi 12 décembre 2028");
    expect(formatDate("2027-01-05", "en", now)).toBe("Tuesday 5 January 2027");
  });
});

describe("commands refuse a date out of range, clearly", () => {
  it("/cuisiner 12 décembre 3000", async () => {
    expect(await h.say("Alice", "/cuisiner 12 décembre 3000")).toBe(`Le vendredi 12 décembre 3000, ${TOO_LATE}`);
  });

  it("/cloturer 1900-01-01", async () => {
    expect(await h.say("Mona", "/cloturer 1900-01-01 couverts 30")).toBe(`Le lundi 1er janvier 1900, ${TOO_EARLY}`);
    expect(await h.db.prisma.service.count({ where: { date: "1900-01-01" } })).toBe(0);
  });

  it("/menu, /manger, /annuler, /remplacer, /inscrire", async () => {
    expect(await h.say("Mona", "/menu 2029-01-09 Soupe")).toBe(`Le mardi 9 janvier 2029, ${TOO_LATE}`);
    expect(await h.say("Alice", "/menu 2029-01-09")).toBe(`Le mardi 9 janvier 2029, ${TOO_LATE}`);
    expect(await h.say("Alice", "/manger 2029-01-09")).toBe(`Le mardi 9 janvier 2029, ${TOO_LATE}`);
    expect(await h.say("Alice", "/annuler 2029-01-09")).toBe(`Le mardi 9 janvier 2029, ${TOO_LATE}`);
    expect(await h.say("Alice", "/remplacer 2029-01-09")).toBe(`Le mardi 9 janvier 2029, ${TOO_LATE}`);
    expect(await h.say("Mona", '/inscrire "Jeanne" 2029-01-09')).toBe(`Le mardi 9 janvier 2029, ${TOO_LATE}`);
  });

  it("/impact of a period wholly out of range", async () => {
    expect(await h.say("Mona", "/impact 2003")).toBe(
      "La période « 2003 » sort des dates que je connais : du dimanche 23 novembre 2025 au jeudi 23 novembre 2028.",
    );
    expect(await h.say("Mona", "/impact 2031-05")).toContain("sort des dates que je connais");
    expect(await h.say("Mona", "/impact tout")).toContain("Belleville");
  });

  it("in English too", async () => {
    const en = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    try {
      await en.say("Ann", "/setup Riverside");
      expect(await en.say("Ann", "/cook 2029-01-09")).toBe(
        "Tuesday 9 January 2029 is too far ahead: I go at most to Thursday 23 November 2028, two years from today.",
      );
      expect(await en.say("Ann", "/close 1900-01-01 covers 30")).toBe(
        "Monday 1 January 1900 is too far back: I go back at most to Sunday 23 November 2025, a year before the canteen was created.",
      );
    } finally {
      await en.close();
    }
  });
});

describe("replies about another year say the year", () => {
  it("a sign-up, its cancel button, the menu and the poll answer for next January", async () => {
    const out = await h.send("Alice", "/cuisiner 5 janvier");
    expect(out.replies.map(plainText).join("\n")).toContain("mardi 5 janvier 2027");
    expect(await h.say("Alice", "/cuisiner 12 décembre 2028")).toContain("mardi 12 décembre 2028");
    expect(out.replies[0]!.buttons.flat().find((b) => b.command === "/uncook 2027-01-05")?.label).toContain("5/1/27");
    expect(await h.say("Mona", "/menu 2027-01-05 Soupe")).toContain("mardi 5 janvier 2027");
    expect(await h.say("Alice", "/manger 2027-01-05")).toContain("mardi 5 janvier 2027");
    expect(await h.say("Alice", "/cuisiner mardi")).toContain("mardi 24 novembre (");
  });

  it("closing a service of last year", async () => {
    expect(await h.say("Mona", "/cloturer 2025-12-01 couverts 30")).toContain("lundi 1er décembre 2025");
  });
});
