// Periods of /impact: "mois" (default), "mois dernier", "annee", "2026", "2026-11", "novembre",
// "tout" — "month", "last month", "year", "all". Local calendar dates, both ends included.
import { DateTime } from "luxon";
import { monthOf } from "../../kernel/days.ts";
import { fold } from "../../kernel/text.ts";
import type { Period } from "./ports.ts";

/** A named period: its dates and what kind it is (for the title). */
export interface NamedPeriod extends Period {
  kind: "month" | "year" | "all";
}

/** The first day any figure can have (the "all" period starts here). */
export const BEGINNING = "2000-01-01";

const month = (d: DateTime): NamedPeriod => ({ kind: "month", from: d.startOf("month").toISODate()!, to: d.endOf("month").toISODate()! });
const year = (y: number): NamedPeriod => ({ kind: "year", from: `${y}-01-01`, to: `${y}-12-31` });

/**
 * True when a period reaches the dates commands may name (see dateRange): "all" always does; a
 * year or month wholly before or after them is a typo.
 */
export function periodInRange(p: Period & { kind?: NamedPeriod["kind"] }, range: { from: string; to: string }): boolean {
  return p.kind === "all" || (p.to >= range.from && p.from <= range.to);
}

/** Reads a period in French or English at `today` (local ISO date); undefined when it is not one. */
export function parsePeriod(text: string, today: string): NamedPeriod | undefined {
  const t = DateTime.fromISO(today);
  const s = fold(text).replace(/\s+/g, " ").trim();
  if (s === "" || s === "mois" || s === "month" || s === "ce mois" || s === "this month") return month(t);
  if (["mois dernier", "le mois dernier", "last month", "mois precedent"].includes(s)) return month(t.minus({ months: 1 }));
  if (["annee", "an", "cette annee", "year", "this year"].includes(s)) return year(t.year);
  if (["annee derniere", "last year"].includes(s)) return year(t.year - 1);
  if (["tout", "total", "all", "all time", "depuis le debut"].includes(s)) return { kind: "all", from: BEGINNING, to: today };
  const y = /^(\d{4})$/.exec(s);
  if (y) return Number(y[1]) >= 2000 && Number(y[1]) <= 2100 ? year(Number(y[1])) : undefined;
  const ym = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (ym) {
    const d = DateTime.fromObject({ year: Number(ym[1]), month: Number(ym[2]), day: 1 });
    return d.isValid && d.year >= 2000 && d.year <= 2100 ? month(d) : undefined;
  }
  const named = /^([a-z]+)(?: (\d{4}))?$/.exec(s);
  const m = named ? monthOf(named[1]!) : undefined;
  if (named && m !== undefined) {
    // A month without a year is the latest one so far ("novembre" in February is last November).
    const yr = named[2] ? Number(named[2]) : m <= t.month ? t.year : t.year - 1;
    if (yr < 2000 || yr > 2100) return undefined;
    return month(DateTime.fromObject({ year: yr, month: m, day: 1 }));
  }
  return undefined;
}
