// Turning "mardi", "next tuesday", "12/03" or "2026-12-01" into a service date, in the
// canteen's timezone. Dates are local calendar dates ("YYYY-MM-DD"); times are "HH:MM".
import { DateTime } from "luxon";
import { fold } from "./text.ts";
import { intlLocale } from "./i18n/index.ts";

/** What a date expression can resolve to. */
export type DayResult =
  | { ok: true; date: string }
  | { ok: false; reason: "unknown" }
  | { ok: false; reason: "closed"; date: string }
  | { ok: false; reason: "past"; date: string }
  | { ok: false; reason: "tooEarly" | "tooLate"; date: string; limit: string };

/** The calendar facts day parsing needs about a canteen. */
export interface Calendar {
  timezone: string;
  locale: "fr" | "en";
  /** ISO weekdays (1 = Monday … 7 = Sunday) with a lunch service. */
  openDays: number[];
  /** Local time after which today's service counts as past. */
  lunchTime: string;
  /** Local date the canteen was created ("2026-03-12"): dates more than a year before it are refused. */
  createdAt?: string;
}

/** Years before the canteen's creation, and after today, that a typed date may reach. */
export const DATE_RANGE_YEARS = { before: 1, after: 2 } as const;

/**
 * The dates a command may name: from a year before the canteen was created (or before today, when
 * that is unknown) to two years from today. Anything else is a typo ("1900-01-01", "3000").
 */
export function dateRange(cal: Calendar, now: Date): { from: string; to: string } {
  const today = localToday(now, cal.timezone);
  const key = `${today.toISODate()}|${cal.createdAt ?? ""}`;
  let range = ranges.get(key);
  if (!range) {
    // Calendar arithmetic on dates: in UTC, where luxon needs no timezone rules.
    const created = cal.createdAt ? DateTime.fromISO(cal.createdAt, { zone: "utc" }) : today;
    range = {
      from: created.minus({ years: DATE_RANGE_YEARS.before }).toISODate()!,
      to: today.plus({ years: DATE_RANGE_YEARS.after }).toISODate()!,
    };
    if (ranges.size >= 1_000) ranges.clear();
    ranges.set(key, range);
  }
  return range;
}

/** Date ranges by today's date and the canteen's creation date (see dateRange). */
const ranges = new Map<string, { from: string; to: string }>();

/** A word table with no prototype: typed words such as "constructor" or "__proto__" find nothing. */
export function wordTable(entries: Record<string, number>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, entries);
}

const WEEKDAYS = wordTable({
  monday: 1,
  mon: 1,
  lundi: 1,
  lun: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  mardi: 2,
  mar: 2,
  wednesday: 3,
  wed: 3,
  mercredi: 3,
  mer: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  jeudi: 4,
  jeu: 4,
  friday: 5,
  fri: 5,
  vendredi: 5,
  ven: 5,
  saturday: 6,
  sat: 6,
  samedi: 6,
  sam: 6,
  sunday: 7,
  sun: 7,
  dimanche: 7,
  dim: 7,
});

const MONTHS = wordTable({
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fev: 2,
  fevr: 2,
  march: 3,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
});

/** The ISO weekday a typed word names ("jeu", "thurs", "vendredi"), the one table of weekday words. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS[word];
}

/** The month (1–12) a typed, folded word names ("nov", "decembre"), the one table of month words. */
export function monthOf(word: string): number | undefined {
  return MONTHS[word];
}

/** "10h", "10h30", "9:05", "09:30" → "HH:MM". */
export function parseTime(s: string): string | undefined {
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(fold(s));
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

/** "lun-ven", "mon tue thu", "mar-jeu", "tues-thurs" → ISO weekdays, sorted. */
export function parseDays(s: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of fold(s)
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    const range = /^([a-z]+)-([a-z]+)$/.exec(part);
    if (range) {
      const [a, b] = [WEEKDAYS[range[1]!], WEEKDAYS[range[2]!]];
      if (!a || !b || a > b) return undefined;
      for (let d = a; d <= b; d++) out.add(d);
    } else if (WEEKDAYS[part]) out.add(WEEKDAYS[part]!);
    else return undefined;
  }
  return out.size > 0 ? [...out].sort() : undefined;
}

const TODAY = new Set(["today", "aujourd'hui", "aujourdhui", "auj", "ajd"]);
const TOMORROW = new Set(["tomorrow", "tmrw", "demain"]);
const AFTER_TOMORROW = new Set(["apres-demain", "apresdemain"]);
const NEXT = new Set(["next", "prochain", "prochaine"]);
const THIS = new Set(["this", "ce", "cette"]);

// Luxon's timezone arithmetic is slow and one command asks the same questions many times;
// DateTimes are immutable, so the latest "now" and recent local instants are kept.
let lastNow: { at: number; timezone: string; local: DateTime } | undefined;
const instants = new Map<string, DateTime>();

/** "Now" in the canteen's timezone. */
export function localNow(now: Date, timezone: string): DateTime {
  if (lastNow?.at !== now.getTime() || lastNow.timezone !== timezone) {
    lastNow = { at: now.getTime(), timezone, local: DateTime.fromJSDate(now, { zone: timezone }) };
  }
  return lastNow.local;
}

let lastToday: { date: string; local: DateTime; day: DateTime } | undefined;

/**
 * Today's local date in the canteen's timezone, as midnight UTC: a calendar date whose
 * arithmetic (plus days, weeks, years; weekday; start of week) needs no timezone rules, which
 * make luxon slow. Only dates come out of it, never instants.
 */
function localToday(now: Date, timezone: string): DateTime {
  const local = localNow(now, timezone);
  if (lastToday?.local !== local) {
    const date = local.toISODate()!;
    lastToday = { date, local, day: lastToday?.date === date ? lastToday.day : DateTime.fromISO(date, { zone: "utc" }) };
  }
  return lastToday.day;
}

/** The instant a local date and "HH:MM" time happen in a timezone (DST gaps move forward). */
export function atLocal(date: string, time: string, timezone: string): DateTime {
  const key = `${date} ${time} ${timezone}`;
  let instant = instants.get(key);
  if (!instant) {
    const [h, m] = time.split(":").map(Number);
    instant = DateTime.fromISO(date, { zone: timezone }).set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
    if (instants.size >= 10_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

/** True once a service's lunch has started: it can no longer be signed up for. */
export function isPast(date: string, cal: Calendar, now: Date): boolean {
  return localNow(now, cal.timezone) >= atLocal(date, cal.lunchTime, cal.timezone);
}

/** The first date on or after `from` (a local DateTime) that falls on the ISO weekday. */
function onOrAfter(from: DateTime, weekday: number): DateTime {
  return from.plus({ days: (weekday - from.weekday + 7) % 7 });
}

function check(d: DateTime, cal: Calendar, now: Date): DayResult {
  const date = d.toISODate()!;
  const range = dateRange(cal, now);
  if (date < range.from) return { ok: false, reason: "tooEarly", date, limit: range.from };
  if (date > range.to) return { ok: false, reason: "tooLate", date, limit: range.to };
  if (isPast(date, cal, now)) return { ok: false, reason: "past", date };
  if (!cal.openDays.includes(d.weekday)) return { ok: false, reason: "closed", date };
  return { ok: true, date };
}

/** A typed day, month and maybe year as a calendar date (midnight UTC, as `today` from localToday). */
function explicitDate(y: number | undefined, m: number, d: number, today: DateTime): DateTime | undefined {
  let dt = DateTime.fromObject({ year: y ?? today.year, month: m, day: d }, { zone: today.zone });
  if (!dt.isValid) return undefined;
  // A day/month without a year means the next one to come, so "05/01" in December is January.
  if (y === undefined && dt < today) dt = dt.plus({ years: 1 });
  return dt;
}

/**
 * Resolves the words of a day expression. `words` are already folded (lower case, no accents).
 * A weekday means the next one to come (today if its lunch has not started); "next tuesday" /
 * "mardi prochain" means the Tuesday of next week.
 */
export function parseDay(words: string[], cal: Calendar, now: Date): DayResult {
  const today = localToday(now, cal.timezone);
  let ws = words.map(fold).filter((w) => w.length > 0);
  if (ws.length === 0) return { ok: false, reason: "unknown" };

  if (ws.length === 1 && TODAY.has(ws[0]!)) return check(today, cal, now);
  if (ws.length === 1 && TOMORROW.has(ws[0]!)) return check(today.plus({ days: 1 }), cal, now);
  if (ws.length === 1 && AFTER_TOMORROW.has(ws[0]!)) return check(today.plus({ days: 2 }), cal, now);
  if (ws.join(" ") === "day after tomorrow" || ws.join(" ") === "apres demain") {
    return check(today.plus({ days: 2 }), cal, now);
  }

  let next = false;
  if (ws.length === 2 && (NEXT.has(ws[0]!) || NEXT.has(ws[1]!))) {
    next = true;
    ws = NEXT.has(ws[0]!) ? [ws[1]!] : [ws[0]!];
  } else if (ws.length === 2 && THIS.has(ws[0]!)) {
    ws = [ws[1]!];
  }

  if (ws.length === 1) {
    const w = ws[0]!.replace(/\.$/, "");
    const weekday = WEEKDAYS[w];
    if (weekday !== undefined) {
      if (next)
        return check(
          today
            .startOf("week")
            .plus({ weeks: 1 })
            .plus({ days: weekday - 1 }),
          cal,
          now,
        );
      let d = onOrAfter(today, weekday);
      if (isPast(d.toISODate()!, cal, now)) d = d.plus({ weeks: 1 });
      return check(d, cal, now);
    }
    if (next) return { ok: false, reason: "unknown" };
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(w);
    if (iso) {
      const d = explicitDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), today);
      return d ? check(d, cal, now) : { ok: false, reason: "unknown" };
    }
    const slash = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(w);
    if (slash) {
      const a = Number(slash[1]);
      const b = Number(slash[2]);
      const y = slash[3] === undefined ? undefined : Number(slash[3].length === 2 ? `20${slash[3]}` : slash[3]);
      const [day, month] = cal.locale === "fr" ? [a, b] : [b, a];
      const d = explicitDate(y, month, day, today);
      return d ? check(d, cal, now) : { ok: false, reason: "unknown" };
    }
    return { ok: false, reason: "unknown" };
  }

  // "12 décembre", "december 12", "mardi 12 décembre", "12 dec 2026"
  const rest = ws.filter((w) => WEEKDAYS[w.replace(/\.$/, "")] === undefined);
  if (rest.length === 2 || rest.length === 3) {
    const [a, b, c] = rest.map((w) => w.replace(/\.$/, "").replace(/^(\d{1,2})(er|e|st|nd|rd|th)$/, "$1"));
    const year = c !== undefined && /^\d{4}$/.test(c) ? Number(c) : undefined;
    if (c !== undefined && year === undefined) return { ok: false, reason: "unknown" };
    const dayFirst = /^\d{1,2}$/.test(a!) ? { day: Number(a), month: MONTHS[b!] } : { day: Number(b), month: MONTHS[a!] };
    if (dayFirst.month !== undefined && Number.isInteger(dayFirst.day)) {
      const d = explicitDate(year, dayFirst.month, dayFirst.day, today);
      return d ? check(d, cal, now) : { ok: false, reason: "unknown" };
    }
  }
  return { ok: false, reason: "unknown" };
}

/** Days one sheet window spans: `/slots` shows the services of the next seven days. */
export const SHEET_WINDOW_DAYS = 7;

/** The furthest window `/slots +N` shows (about a year ahead). */
export const MAX_SHEET_WINDOW = 52;

/**
 * The dates of sheet window `k`: window 0 holds the open services whose lunch starts within the
 * next seven days from now (today's once its lunch has started is gone, the same weekday a week
 * later is in), whatever the day of the week; window k the seven days after window k-1.
 */
export function sheetDates(cal: Calendar, now: Date, k = 0): string[] {
  const n = localNow(now, cal.timezone);
  const from = n.plus({ days: SHEET_WINDOW_DAYS * k });
  const to = n.plus({ days: SHEET_WINDOW_DAYS * (k + 1) });
  const out: string[] = [];
  for (let d = from.startOf("day"); d <= to; d = d.plus({ days: 1 })) {
    if (!cal.openDays.includes(d.weekday)) continue;
    const date = d.toISODate()!;
    const lunch = atLocal(date, cal.lunchTime, cal.timezone);
    if (lunch > from && lunch <= to) out.push(date);
  }
  return out;
}

/** The sheet window (0 = the next seven days) that shows `date`; undefined once its lunch has started. */
export function sheetWindowOf(date: string, cal: Calendar, now: Date): number | undefined {
  const lunch = atLocal(date, cal.lunchTime, cal.timezone);
  const ahead = lunch.toMillis() - now.getTime();
  if (ahead <= 0) return undefined;
  // Seven local days last at least 167 hours (a DST week): nearer lunches are in window 0,
  // which spares the sign-up path luxon's slow timezone arithmetic.
  if (ahead <= 167 * 3_600_000) return 0;
  // Window k ends k+1 weeks of local time after now. Counted on the two wall clocks (each
  // instant plus its own UTC offset, both known already), the lunch is that far ahead in local
  // time; unless it lies within a few hours of a window's end, where a DST gap or overlap could
  // tip it, that count is the window, with no timezone arithmetic.
  const n = localNow(now, cal.timezone);
  const wall = ahead + (lunch.offset - n.offset) * 60_000;
  const weeks = wall / WEEK_MS;
  const nearest = Math.round(weeks);
  if (Math.abs(wall - nearest * WEEK_MS) > WALL_MARGIN_MS) return Math.ceil(weeks) - 1;
  // Seven local days last 168 hours give or take the hour of one DST change, however many weeks
  // apart: start from the window that bound allows and step to the right one (one or two steps,
  // not one per week ahead).
  let k = Math.max(0, Math.ceil((ahead - HOUR_MS) / WEEK_MS) - 1);
  while (k > 0 && lunch <= n.plus({ days: SHEET_WINDOW_DAYS * k })) k--;
  while (lunch > n.plus({ days: SHEET_WINDOW_DAYS * (k + 1) })) k++;
  return k;
}

const HOUR_MS = 3_600_000;
const WEEK_MS = SHEET_WINDOW_DAYS * 24 * HOUR_MS;
/** More than any DST gap or overlap (an hour; two at Antarctica/Troll): nearer a window's end, luxon decides. */
const WALL_MARGIN_MS = 3 * HOUR_MS;

/** The command showing sheet window `k`: "/slots", "/slots next", "/slots +3". */
export function sheetCommand(k: number): string {
  return k === 0 ? "/slots" : k === 1 ? "/slots next" : `/slots +${k}`;
}

/** True when `date` ("2027-01-04") falls in another year than `now`: the year must then be said. */
function otherYear(date: string, now: Date): boolean {
  return Number(date.slice(0, 4)) !== now.getUTCFullYear();
}

/**
 * A service date for people: "mardi 1er décembre" / "Tuesday 1 December", with the year when it is
 * not the current one ("mardi 12 décembre 2028").
 */
export function formatDate(date: string, locale: "fr" | "en", now: Date): string {
  return formatDay(DateTime.fromISO(date), locale, otherYear(date, now) ? "cccc d LLLL yyyy" : "cccc d LLLL");
}

/**
 * A Luxon format whose day of the month ("d") is written as the language does: French says
 * "1er janvier", never "1 janvier". Every date with a month name goes through here.
 */
export function formatDay(dt: DateTime, locale: "fr" | "en", format: string): string {
  const first = locale === "fr" && dt.day === 1 ? format.replace(/(^|\s)d(?=\s|$)/, "$1'1er'") : format;
  return dt.setLocale(intlLocale(locale)).toFormat(first);
}

/** A short service date for buttons: "mar. 1/12" / "Tue 1/12" ("mar. 12/12/28" in another year). */
export function formatShortDate(date: string, locale: "fr" | "en", now: Date): string {
  return DateTime.fromISO(date)
    .setLocale(intlLocale(locale))
    .toFormat(otherYear(date, now) ? "ccc d/L/yy" : "ccc d/L");
}

/** Weekday names for the "we are open on…" reply, in the canteen's language. */
export function weekdayNames(days: number[], locale: "fr" | "en"): string[] {
  const monday = DateTime.fromISO("2024-01-01").setLocale(intlLocale(locale));
  return [...days].sort((a, b) => a - b).map((d) => monday.plus({ days: d - 1 }).toFormat("cccc"));
}
