// The kitchen's forecast: the poll's covers plus the usual walk-ins (people who eat without
// answering the poll). It is an estimate, and says so; with too little history it says that too.
import { DateTime } from "luxon";
import type { PastService } from "./ports.ts";

/** Same-weekday closed services the walk-ins are taken from, and the fewest that make a forecast. */
export const FORECAST_WINDOW = 8;
export const FORECAST_MIN_HISTORY = 3;
/** How many closed services (any weekday) are read to find FORECAST_WINDOW on the same weekday. */
export const HISTORY_READ = 8 * 7;

/** A forecast of covers: null values when there is not enough history. */
export interface Forecast {
  pollCovers: number;
  /** Poll covers + median walk-ins; null below FORECAST_MIN_HISTORY services. */
  covers: number | null;
  /** The range the walk-ins gave (poll + min … poll + max). */
  low: number | null;
  high: number | null;
  /** Services the walk-ins come from. */
  basis: number;
}

/** Median of a non-empty list (the lower middle for an even count, so it stays a whole number of people). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/** The forecast for `date` from past closed services (any order; filtered to the same weekday). */
export function forecastCovers(date: string, pollCovers: number, history: readonly PastService[]): Forecast {
  const weekday = DateTime.fromISO(date).weekday;
  const same = history
    .filter((h) => h.date < date && DateTime.fromISO(h.date).weekday === weekday)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, FORECAST_WINDOW);
  if (same.length < FORECAST_MIN_HISTORY) return { pollCovers, covers: null, low: null, high: null, basis: same.length };
  const walkIns = same.map((h) => h.covers - h.pollCovers);
  return {
    pollCovers,
    covers: Math.max(0, pollCovers + median(walkIns)),
    low: Math.max(0, pollCovers + Math.min(...walkIns)),
    high: Math.max(0, pollCovers + Math.max(...walkIns)),
    basis: same.length,
  };
}
