import { describe, expect, it } from "vitest";
import { parseDay, sheetDates, sheetWindowOf, type Calendar } from "../../src/kernel/days.ts";

const fr: Calendar = { timezone: "Europe/Paris", locale: "fr", openDays: [1, 2, 3, 4, 5], lunchTime: "12:30" };
const en: Calendar = { ...fr, locale: "en" };
/** Monday 23 November 2026, 09:00 in Paris. */
const MONDAY_MORNING = new Date("2026-11-23T08:00:00Z");
/** Monday 23 November 2026, 13:00 in Paris: today's lunch has started. */
const MONDAY_AFTERNOON = new Date("2026-11-23T12:00:00Z");

const words = (s: string) => s.split(" ");

describe("day expressions resolve to the next matching opening day, in both languages", () => {
  const table: [Calendar, string, Date, string][] = [
    [fr, "mardi", MONDAY_MORNING, "2026-11-24"],
    [fr, "mar", MONDAY_MORNING, "2026-11-24"],
    [fr, "Mardi.", MONDAY_MORNING, "2026-11-24"],
    [en, "tuesday", MONDAY_MORNING, "2026-11-24"],
    [en, "TUE", MONDAY_MORNING, "2026-11-24"],
    [fr, "lundi", MONDAY_MORNING, "2026-11-23"],
    [fr, "lundi", MONDAY_AFTERNOON, "2026-11-30"],
    [en, "today", MONDAY_MORNING, "2026-11-23"],
    [fr, "aujourd'hui", MONDAY_MORNING, "2026-11-23"],
    [fr, "aujourd’hui", MONDAY_MORNING, "2026-11-23"],
    [fr, "demain", MONDAY_MORNING, "2026-11-24"],
    [en, "tomorrow", MONDAY_AFTERNOON, "2026-11-24"],
    [fr, "après-demain", MONDAY_MORNING, "2026-11-25"],
    [fr, "mardi prochain", MONDAY_MORNING, "2026-12-01"],
    [fr, "prochain mardi", MONDAY_MORNING, "2026-12-01"],
    [en, "next tuesday", MONDAY_MORNING, "2026-12-01"],
    [en, "next mon", MONDAY_MORNING, "2026-11-30"],
    [fr, "jeudi", MONDAY_MORNING, "2026-11-26"],
    [fr, "JÉUDI", MONDAY_MORNING, "2026-11-26"],
    [fr, "01/12", MONDAY_MORNING, "2026-12-01"],
    [fr, "12/03", MONDAY_MORNING, "2027-03-12"],
    [en, "03/12", MONDAY_MORNING, "2027-03-12"],
    [fr, "4/1/2027", MONDAY_MORNING, "2027-01-04"],
    [en, "2026-12-01", MONDAY_MORNING, "2026-12-01"],
    [fr, "11 décembre", MONDAY_MORNING, "2026-12-11"],
    [en, "december 11", MONDAY_MORNING, "2026-12-11"],
    [fr, "mercredi 25 novembre", MONDAY_MORNING, "2026-11-25"],
    [fr, "1er décembre", MONDAY_MORNING, "2026-12-01"],
  ];
  it.each(table)("%# (%s) %s → %s", (cal, text, now, expected) => {
    expect(parseDay(words(text), cal, now)).toEqual({ ok: true, date: expected });
  });
});

describe("days the canteen cannot serve get a reason, not a wrong date", () => {
  it("a weekend day is closed", () => {
    expect(parseDay(["samedi"], fr, MONDAY_MORNING)).toEqual({ ok: false, reason: "closed", date: "2026-11-28" });
    expect(parseDay(["sunday"], en, MONDAY_MORNING)).toEqual({ ok: false, reason: "closed", date: "2026-11-29" });
  });
  it("today after lunch has started is past", () => {
    expect(parseDay(["today"], en, MONDAY_AFTERNOON)).toEqual({ ok: false, reason: "past", date: "2026-11-23" });
  });
  it("an ISO date before today is past", () => {
    expect(parseDay(["2026-11-20"], en, MONDAY_MORNING)).toEqual({ ok: false, reason: "past", date: "2026-11-20" });
  });
  it.each([["31/02"], ["blah"], ["next"], ["13/13"], ["mardi mercredi"], ["next 12/03"]])("%s is not understood", (text) => {
    expect(parseDay(words(text), fr, MONDAY_MORNING)).toEqual({ ok: false, reason: "unknown" });
  });
  it("an empty expression is not understood", () => {
    expect(parseDay([], fr, MONDAY_MORNING)).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("dates are read in the canteen's timezone, also across DST changes", () => {
  it("at 00:30 in Paris it is already tomorrow's date, though UTC still says yesterday", () => {
    expect(parseDay(["today"], en, new Date("2026-11-23T23:30:00Z"))).toEqual({ ok: true, date: "2026-11-24" });
  });
  it("on the Saturday night before spring-forward, 'demain' is the Sunday and 'lundi' the Monday after", () => {
    const now = new Date("2027-03-27T22:30:00Z"); // Saturday 23:30 CET
    expect(parseDay(["demain"], fr, now)).toEqual({ ok: false, reason: "closed", date: "2027-03-28" });
    expect(parseDay(["lundi"], fr, now)).toEqual({ ok: true, date: "2027-03-29" });
  });
  it("just after the clocks jump forward, next monday is a week after this monday", () => {
    const now = new Date("2027-03-28T01:30:00Z"); // Sunday 03:30 CEST
    expect(parseDay(["monday"], en, now)).toEqual({ ok: true, date: "2027-03-29" });
    expect(parseDay(words("next monday"), en, now)).toEqual({ ok: true, date: "2027-03-29" });
    expect(parseDay(words("mardi prochain"), fr, new Date("2027-03-29T08:00:00Z"))).toEqual({ ok: true, date: "2027-04-06" });
  });
  it("during the repeated hour of fall-back, tomorrow is still one calendar day later", () => {
    const now = new Date("2027-10-31T00:30:00Z"); // Sunday 02:30 CEST, the first of two 02:30s
    expect(parseDay(["tomorrow"], en, now)).toEqual({ ok: true, date: "2027-11-01" });
    expect(parseDay(["today"], en, new Date("2027-10-31T01:30:00Z"))).toEqual({ ok: false, reason: "closed", date: "2027-10-31" });
  });
  it("Monday's lunch is past at 12:30 Paris time in both winter and summer", () => {
    expect(parseDay(["today"], en, new Date("2027-03-29T10:29:00Z")).ok).toBe(true); // 12:29 CEST
    expect(parseDay(["today"], en, new Date("2027-03-29T10:30:00Z"))).toMatchObject({ reason: "past" });
    expect(parseDay(["today"], en, new Date("2026-11-23T11:29:00Z")).ok).toBe(true); // 12:29 CET
  });
});

describe("the seven days shown by /slots", () => {
  it("on a Monday morning is Monday to Friday", () => {
    expect(sheetDates(fr, MONDAY_MORNING, 0)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]);
  });
  it("on Monday afternoon runs from Tuesday to next Monday", () => {
    expect(sheetDates(fr, MONDAY_AFTERNOON, 0)).toEqual(["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]);
  });
  it("on a Thursday afternoon runs from Friday to next Thursday, so '/cook monday' is on it", () => {
    const thursday = new Date("2026-11-26T14:00:00Z");
    expect(sheetDates(fr, thursday, 0)).toEqual(["2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]);
    expect(sheetWindowOf("2026-11-30", fr, thursday)).toBe(0);
  });
  it("at the weekend is the coming Monday to Friday", () => {
    expect(sheetDates(fr, new Date("2026-11-28T10:00:00Z"), 0)).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
    ]);
  });
  it("with 'next' is the seven days after, without overlap or gap", () => {
    expect(sheetDates(fr, MONDAY_MORNING, 1)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]);
    expect(sheetDates(fr, MONDAY_AFTERNOON, 1)).toEqual(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"]);
  });
  it("follows the canteen's opening days", () => {
    expect(sheetDates({ ...fr, openDays: [2, 4] }, MONDAY_MORNING, 0)).toEqual(["2026-11-24", "2026-11-26"]);
  });
  it("places each date in the window that shows it, and none once its lunch has started", () => {
    expect(sheetWindowOf("2026-11-23", fr, MONDAY_MORNING)).toBe(0);
    expect(sheetWindowOf("2026-11-30", fr, MONDAY_MORNING)).toBe(1);
    expect(sheetWindowOf("2026-11-30", fr, MONDAY_AFTERNOON)).toBe(0);
    expect(sheetWindowOf("2026-12-21", fr, MONDAY_MORNING)).toBe(4);
    expect(sheetWindowOf("2026-11-23", fr, MONDAY_AFTERNOON)).toBeUndefined();
    for (let k = 0; k < 6; k++) for (const d of sheetDates(fr, MONDAY_AFTERNOON, k)) expect(sheetWindowOf(d, fr, MONDAY_AFTERNOON)).toBe(k);
  });
  it("places any date, up to a year ahead and across DST changes, in the window whose dates hold it", () => {
    // Each window's dates, straight from sheetDates, for a few instants around both DST changes.
    for (const now of ["2026-03-27T13:00:00Z", "2026-10-23T07:00:00Z", "2026-11-23T12:00:00Z", "2027-03-26T23:30:00Z"].map(
      (t) => new Date(t),
    )) {
      for (const cal of [fr, { ...fr, timezone: "America/New_York", lunchTime: "00:30" }]) {
        for (let k = 0; k <= 52; k++)
          for (const d of sheetDates(cal, now, k)) expect(sheetWindowOf(d, cal, now), `${d} from ${now.toISOString()}`).toBe(k);
      }
    }
  });
  it("keeps seven days across a DST change (Paris, 29 March 2026)", () => {
    const friday = new Date("2026-03-27T13:00:00Z"); // 14:00 CET, lunch over
    expect(sheetDates(fr, friday, 0)).toEqual(["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03"]);
  });
});
