// Public holidays, from the date-holidays library (offline data, kept up to date upstream): which
// country's close a canteen, their dates in a year and their names in French and English.
import Holidays from "date-holidays";
import type { Canteen, Locale } from "../../kernel/ports.ts";
import { fold, NONE_WORDS } from "../../kernel/text.ts";

/** The setting's value for France with the Alsace-Moselle days (Good Friday, 26 December). */
export const ALSACE_MOSELLE = "FR-alsace";
/** The setting's value for "no public holiday closes the canteen". */
export const NO_HOLIDAYS = "none";

/** A holiday's name in each language. */
export type HolidayName = Readonly<Record<Locale, string>>;

/** The holidays a canteen follows: its setting, else France for a canteen in Europe/Paris, else none. */
export function holidaySetting(c: Pick<Canteen, "holidays" | "timezone">): string {
  return c.holidays ?? (c.timezone === "Europe/Paris" ? "FR" : NO_HOLIDAYS);
}

let countries: Set<string> | undefined;

/** Country codes the library knows ("FR", "BE", "DE"…). */
function knownCountries(): Set<string> {
  countries ??= new Set(Object.keys(new Holidays().getCountries("en")));
  return countries;
}

/**
 * What a manager typed for `feries` · `holidays` as a setting value: "FR", "FR-alsace", "none",
 * another country's code, null for the default; undefined when it names nothing known.
 */
export function parseHolidaySetting(value: string): string | null | undefined {
  const v = fold(value).replace(/\s+/g, "-");
  if (NONE_WORDS.includes(v)) return NO_HOLIDAYS;
  if (["defaut", "default", "auto"].includes(v)) return null;
  if (["france", "fr"].includes(v)) return "FR";
  if (["alsace", "moselle", "alsace-moselle", "fr-alsace", "fr-alsace-moselle"].includes(v)) return ALSACE_MOSELLE;
  const code = v.toUpperCase();
  return /^[A-Z]{2}$/.test(code) && knownCountries().has(code) ? code : undefined;
}

const calendars = new Map<string, Holidays>();
const years = new Map<string, ReadonlyMap<string, HolidayName>>();

function calendarOf(setting: string): Holidays | undefined {
  if (setting === NO_HOLIDAYS) return undefined;
  let hd = calendars.get(setting);
  if (!hd) {
    // Moselle (57) has the same two extra days as Bas-Rhin and Haut-Rhin.
    hd = setting === ALSACE_MOSELLE ? new Holidays("FR", "57") : new Holidays(setting);
    calendars.set(setting, hd);
  }
  return hd;
}

/** The public holidays (days off by law) of one year under a setting, by date ("2026-05-14"). */
export function holidaysIn(setting: string, year: number): ReadonlyMap<string, HolidayName> {
  const key = `${setting}|${year}`;
  let found = years.get(key);
  if (!found) {
    const hd = calendarOf(setting);
    const out = new Map<string, HolidayName>();
    if (hd) {
      const en = new Map(hd.getHolidays(year, "en").map((h) => [`${h.date.slice(0, 10)}|${h.rule}`, h.name]));
      for (const h of hd.getHolidays(year, "fr")) {
        if (h.type !== "public") continue;
        const date = h.date.slice(0, 10);
        if (!out.has(date)) out.set(date, { fr: h.name, en: en.get(`${date}|${h.rule}`) ?? h.name });
      }
    }
    found = out;
    years.set(key, found);
  }
  return found;
}

/** The holiday on one date under a setting, if any. */
export function holidayOn(setting: string, date: string): HolidayName | undefined {
  return holidaysIn(setting, Number(date.slice(0, 4))).get(date);
}
