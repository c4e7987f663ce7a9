// When lunch rounds are formed: at a programme's close time, the day before its weekday. One job
// per canteen, date and close time ("lunch@17:00") forms the rounds of every programme due then,
// so the scheduler's (canteen, date, kind) key makes each of them run exactly once.
import { DateTime } from "luxon";
import { atLocal } from "../../kernel/days.ts";
import type { Canteen } from "../../kernel/ports.ts";
import type { LunchProgram, LunchSchedule } from "./ports.ts";

/** Job kind of the lunch rounds closing at a local time: "lunch@17:00". */
export type LunchJobKind = `lunch@${string}`;

/** True for a lunch job kind. */
export function isLunchJob(kind: string): kind is LunchJobKind {
  return kind.startsWith("lunch@");
}

/** The close time a lunch job kind stands for. */
export function closeTimeOf(kind: LunchJobKind): string {
  return kind.slice("lunch@".length);
}

/** A planned lunch job, shaped like the rhythm's other jobs. */
export interface PlannedLunchJob {
  kind: LunchJobKind;
  date: string;
  runAt: Date;
  /** Seats only help the kitchen until its headcount closes. */
  deadline: Date;
}

/** The lunch jobs of one canteen and service date, from the active programmes' schedules. */
export function lunchJobs(c: Canteen, date: string, schedules: readonly LunchSchedule[]): PlannedLunchJob[] {
  const day = DateTime.fromISO(date, { zone: c.timezone });
  if (!c.openDays.includes(day.weekday)) return [];
  const eve = day.minus({ days: 1 }).toISODate()!;
  const times = [...new Set(schedules.filter((s) => s.canteenId === c.id && s.weekday === day.weekday).map((s) => s.closeTime))].sort();
  return times.map((time) => ({
    kind: `lunch@${time}` as const,
    date,
    runAt: atLocal(eve, time, c.timezone).toJSDate(),
    deadline: atLocal(date, c.pollDeadline, c.timezone).toJSDate(),
  }));
}

/** The next lunch of a programme whose sign-up is still open, with the instant it closes. */
export function nextLunch(
  p: Pick<LunchProgram, "weekday" | "closeTime">,
  c: Canteen,
  now: Date,
): { date: string; closes: DateTime } | null {
  const today = DateTime.fromJSDate(now, { zone: c.timezone }).startOf("day");
  for (let i = 0; i <= 14; i++) {
    const day = today.plus({ days: i });
    if (day.weekday !== p.weekday || !c.openDays.includes(day.weekday)) continue;
    const date = day.toISODate()!;
    const closes = atLocal(day.minus({ days: 1 }).toISODate()!, p.closeTime, c.timezone);
    if (closes.toMillis() > now.getTime()) return { date, closes };
  }
  return null;
}
