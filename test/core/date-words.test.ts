// Dates written for people: French says "1er" for the first of a month, every other day as a number.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatDate, formatDay } from "../../src/kernel/days.ts";

const NOW = new Date("2026-12-07T10:00:00Z");

describe("dates with a month name", () => {
  it("write the first of a month as « 1er » in French", () => {
    expect(formatDate("2026-12-01", "fr", NOW)).toBe("mardi 1er décembre");
    expect(formatDate("2027-01-01", "fr", NOW)).toBe("vendredi 1er janvier 2027");
    expect(formatDay(DateTime.fromISO("2026-03-01T14:05"), "fr", "cccc d LLLL HH:mm")).toBe("dimanche 1er mars 14:05");
  });

  it("leave other days and English dates as numbers", () => {
    expect(formatDate("2026-12-02", "fr", NOW)).toBe("mercredi 2 décembre");
    expect(formatDate("2026-12-11", "fr", NOW)).toBe("vendredi 11 décembre");
    expect(formatDate("2026-12-01", "en", NOW)).toBe("Tuesday 1 December");
  });
});
