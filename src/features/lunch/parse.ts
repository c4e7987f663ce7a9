// Reading lunch command arguments: pause durations
// ("2w", "10d", "2 semaines") and a manager's programme settings ("day thursday size 4 …").
import { UserError } from "../../kernel/context.ts";
import { parseDays, parseTime } from "../../kernel/days.ts";
import { weekdayNames } from "../../kernel/days.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import type { LunchSettings } from "./ports.ts";

/** Longest pause: a year. */
export const MAX_PAUSE_DAYS = 365;

const DAY_UNITS = new Set(["d", "j", "day", "days", "jour", "jours"]);
const WEEK_UNITS = new Set(["w", "s", "wk", "week", "weeks", "sem", "semaine", "semaines"]);

/** "2w", "10d", "2 semaines", "10 j" → days; undefined when it does not read as a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,3})\s*([a-z]+)$/.exec(fold(text).replace(/\s+/g, " "));
  if (!m) return undefined;
  const n = Number(m[1]);
  const days = DAY_UNITS.has(m[2]!) ? n : WEEK_UNITS.has(m[2]!) ? n * 7 : undefined;
  return days !== undefined && days >= 1 && days <= MAX_PAUSE_DAYS ? days : undefined;
}

/** Limits of the settings a manager may give. */
export const LUNCH_LIMITS = { size: { min: 3, max: 10 }, repeats: { min: 0, max: 12 } } as const;

const SETTING_KEYS = {
  weekday: ["day", "weekday", "jour"],
  tableSize: ["size", "table", "taille"],
  closeTime: ["close", "closes", "cloture", "fermeture"],
  avoidRounds: ["repeats", "rounds", "repetitions", "tours"],
} as const;

function settingKey(word: string): keyof LunchSettings | undefined {
  const f = fold(word);
  return (Object.keys(SETTING_KEYS) as (keyof LunchSettings)[]).find((k) => (SETTING_KEYS[k] as readonly string[]).includes(f));
}

function whole(value: string, min: number, max: number, error: string): number {
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new UserError(error, { value, min, max });
  return n;
}

/**
 * Reads "day thursday size 4 close 17:00 repeats 4" (French words too, any order, any subset)
 * into a settings patch. The weekday must be one the canteen opens on.
 */
export function parseLunchSettings(args: string, openDays: number[], locale: "fr" | "en"): Partial<LunchSettings> {
  const words = tokenize(args);
  if (words.length === 0 || words.length % 2 !== 0) throw new UserError("lunch.settings.usage");
  const patch: Partial<LunchSettings> = {};
  for (let i = 0; i < words.length; i += 2) {
    const [word, value] = [words[i]!, words[i + 1]!];
    const key = settingKey(word);
    if (key === "weekday") {
      const days = parseDays(value);
      if (!days || days.length !== 1) throw new UserError("lunch.settings.badDay", { value });
      if (!openDays.includes(days[0]!))
        throw new UserError("lunch.settings.closedDay", { value, open: weekdayNames(openDays, locale).join(", ") });
      patch.weekday = days[0]!;
    } else if (key === "tableSize") {
      patch.tableSize = whole(value, LUNCH_LIMITS.size.min, LUNCH_LIMITS.size.max, "lunch.settings.badSize");
    } else if (key === "closeTime") {
      const time = parseTime(value);
      if (!time) throw new UserError("lunch.settings.badTime", { value });
      patch.closeTime = time;
    } else if (key === "avoidRounds") {
      patch.avoidRounds = whole(value, LUNCH_LIMITS.repeats.min, LUNCH_LIMITS.repeats.max, "lunch.settings.badRepeats");
    } else {
      throw new UserError("lunch.settings.unknownKey", { key: word });
    }
  }
  return patch;
}
