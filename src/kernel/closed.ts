// Closed dates: a canteen may not serve on a date it usually opens (a closure its managers typed,
// a public holiday). The kernel only asks, at CLOSED_DAYS; a feature answers. Whatever plans,
// shows or takes a service on a date (the daily jobs, the sheet, sign-ups, the poll, calendars,
// figures) asks here first.
import { DateTime } from "luxon";
import type { CanteenContext, CoreDeps } from "./context.ts";
import { UserError } from "./context.ts";
import { formatDate, isPast, type Calendar } from "./days.ts";
import { point } from "./feature.ts";
import type { Canteen, Locale } from "./ports.ts";

/** Why a canteen does not serve on one date. */
export interface ClosedDay {
  date: string;
  /** The managers' words ("vacances d'été"), or null. */
  reason: string | null;
  /** The public holiday's name in each language, when the date is one. */
  holiday: Readonly<Record<Locale, string>> | null;
}

/** Which of `dates` a canteen is closed on, keyed by date (dates it never opens on are not asked). */
export type ClosedDays = (deps: Pick<CoreDeps, "store">, c: Canteen, dates: readonly string[]) => Promise<ReadonlyMap<string, ClosedDay>>;

/** Where a feature says which dates are closed (the closure feature: closures and public holidays). */
export const CLOSED_DAYS = point<ClosedDays>("kernel.closedDays");

/** The closed dates among `dates`, as every feature offering at CLOSED_DAYS sees them together. */
export async function closedDays(
  deps: Pick<CoreDeps, "store" | "offered">,
  c: Canteen,
  dates: readonly string[],
): Promise<Map<string, ClosedDay>> {
  const out = new Map<string, ClosedDay>();
  if (dates.length === 0) return out;
  for (const ask of deps.offered(CLOSED_DAYS)) for (const [d, why] of await ask(deps, c, dates)) if (!out.has(d)) out.set(d, why);
  return out;
}

/** Why a date is closed, in words: the managers' reason, else the holiday's name, else null. */
export function closedWhy(day: ClosedDay, locale: Locale): string | null {
  return day.reason ?? day.holiday?.[locale] ?? null;
}

/** How far ahead the next open service is looked for (a long summer break fits). */
const NEXT_OPEN_DAYS = 200;

/** The first date after `after` the canteen serves on and has not closed; undefined within NEXT_OPEN_DAYS. */
export async function nextOpenDate(
  deps: Pick<CoreDeps, "store" | "offered">,
  c: Canteen,
  cal: Calendar,
  after: string,
  now: Date,
): Promise<string | undefined> {
  const start = DateTime.fromISO(after, { zone: cal.timezone });
  const candidates: string[] = [];
  for (let i = 1; i <= NEXT_OPEN_DAYS; i++) {
    const d = start.plus({ days: i });
    const date = d.toISODate()!;
    if (cal.openDays.includes(d.weekday) && !isPast(date, cal, now)) candidates.push(date);
  }
  const closed = await closedDays(deps, c, candidates);
  return candidates.find((d) => !closed.has(d));
}

/**
 * Refuses a command about a closed date (/cook, /eat…) with the reason and the next open
 * service; does nothing on an open date.
 */
/**
 * Thrown by a store from inside a transaction that found its date closed meanwhile (a closure
 * raced it and won): nothing was written; the command says it is closed (refuseClosed again).
 */
export class ClosedMeanwhile extends Error {
  constructor(readonly date: string) {
    super(`closed meanwhile: ${date}`);
  }
}

export async function refuseClosed(ctx: CanteenContext, date: string): Promise<void> {
  const closed = (await closedDays(ctx, ctx.canteen, [date])).get(date);
  if (!closed) return;
  const next = await nextOpenDate(ctx, ctx.canteen, ctx.calendar, date, ctx.now);
  const why = closedWhy(closed, ctx.locale);
  throw new UserError(next ? "errors.closedDate" : "errors.closedDateNoNext", {
    date: formatDate(date, ctx.locale, ctx.now),
    why: why ? ` (${why})` : "",
    ...(next ? { next: formatDate(next, ctx.locale, ctx.now) } : {}),
  });
}
