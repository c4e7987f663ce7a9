// Closures in the database. A date is closed by a "closed" row, or by a public holiday without an
// "open" row. Closing locks each date's service as a sign-up does (creating it for the time of the
// transaction when there is none), so a sign-up racing the closure either is seen and taken off,
// or waits and then sees the closure (the sheet's CLOSED_IN_TX check): nobody stays on a closed date.
import type { ClosedDay } from "../../kernel/closed.ts";
import type { Point } from "../../kernel/feature.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { clearAnswers } from "../menu/index.ts";
import { clearSheet, lockedService } from "../sheet/index.ts";
import { holidayOn, holidaySetting, holidaysIn } from "./holidays.ts";
import type { ClosureRow, ClosureStore, Released } from "./ports.ts";

/** The closed dates of some canteens between two dates, by canteen then date (any weekday). */
export async function closedBetween(
  tx: Tx,
  canteenIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, Map<string, ClosedDay>>> {
  const out = new Map<number, Map<string, ClosedDay>>();
  if (canteenIds.length === 0 || from > to) return out;
  // One after the other: a transaction's statements share SQLite's one connection.
  const canteens = await tx.canteen.findMany({
    where: { id: { in: [...canteenIds] } },
    select: { id: true, holidays: true, timezone: true },
  });
  const rows = await tx.closure.findMany({
    where: { canteenId: { in: [...canteenIds] }, date: { gte: from, lte: to } },
    select: { canteenId: true, date: true, kind: true, reason: true },
  });
  for (const c of canteens) {
    const setting = holidaySetting(c);
    const mine = new Map<string, ClosedDay>();
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      for (const [date, name] of holidaysIn(setting, y))
        if (date >= from && date <= to) mine.set(date, { date, reason: null, holiday: name });
    }
    for (const r of rows.filter((x) => x.canteenId === c.id)) {
      if (r.kind === "open") mine.delete(r.date);
      else mine.set(r.date, { date: r.date, reason: r.reason, holiday: holidayOn(setting, r.date) ?? null });
    }
    out.set(c.id, mine);
  }
  return out;
}

/** The closed ones among some (canteen, date) pairs, as "canteenId|date" (the sheet's check inside a sign-up). */
export async function closedPairs(tx: Tx, asked: readonly { canteenId: number; date: string }[]): Promise<Set<string>> {
  if (asked.length === 0) return new Set();
  const dates = asked.map((a) => a.date).sort();
  const closed = await closedBetween(tx, [...new Set(asked.map((a) => a.canteenId))], dates[0]!, dates[dates.length - 1]!);
  return new Set(asked.filter((a) => closed.get(a.canteenId)?.has(a.date)).map((a) => `${a.canteenId}|${a.date}`));
}

/** The closure part of the Store. */
export function closureStore(database: Database, offered: <T>(p: Point<T>) => T[]): ClosureStore {
  const { prisma: db, provider } = database;
  const pg = provider === "postgres";

  /** Takes everyone off closed dates, in the caller's transaction: sign-ups and poll answers. */
  async function release(tx: Tx, canteenId: number, dates: readonly string[]): Promise<Released[]> {
    const released: Released[] = [];
    for (const date of dates) {
      const had = await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } });
      const serviceId = (await lockedService(tx, pg, canteenId, date, true))!;
      const off = await clearSheet(tx, { serviceId, canteenId, date }, offered);
      const answers = await clearAnswers(tx, serviceId, offered);
      // A service created only to hold the lock a racing sign-up waits on is removed again:
      // an empty service is no service (the figures count services).
      if (!had) await tx.service.deleteMany({ where: { id: serviceId, menu: null, covers: null } });
      for (const s of off) released.push({ personId: s.personId, name: s.name, date, role: s.role, answered: false });
      for (const a of answers) {
        const same = released.find((r) => r.date === date && r.personId === a.personId);
        if (same) same.answered = true;
        else released.push({ personId: a.personId, name: a.name, date, role: null, answered: true });
      }
    }
    return released;
  }

  return {
    closedDays: (canteenId, dates) =>
      atomic(db, async (tx) => {
        const out = new Map<string, ClosedDay>();
        if (dates.length === 0) return out;
        const sorted = [...dates].sort();
        const closed = (await closedBetween(tx, [canteenId], sorted[0]!, sorted[sorted.length - 1]!)).get(canteenId);
        for (const d of dates) {
          const why = closed?.get(d);
          if (why) out.set(d, why);
        }
        return out;
      }),

    closeDates: ({ canteenId, dates, reason }) =>
      atomic(db, async (tx) => {
        for (const date of dates)
          await tx.closure.upsert({
            where: { canteenId_date: { canteenId, date } },
            create: { canteenId, date, kind: "closed", reason },
            update: { kind: "closed", reason },
          });
        return release(tx, canteenId, dates);
      }),

    releaseDates: ({ canteenId, dates }) => atomic(db, (tx) => release(tx, canteenId, dates)),

    reopenDate: ({ canteenId, date }) =>
      atomic(db, async (tx) => {
        const c = await tx.canteen.findUniqueOrThrow({ where: { id: canteenId }, select: { holidays: true, timezone: true } });
        const row = await tx.closure.findUnique({ where: { canteenId_date: { canteenId, date } } });
        if (holidayOn(holidaySetting(c), date)) {
          if (row?.kind === "open") return false;
          await tx.closure.upsert({
            where: { canteenId_date: { canteenId, date } },
            create: { canteenId, date, kind: "open" },
            update: { kind: "open", reason: null },
          });
          return true;
        }
        if (row?.kind !== "closed") return false;
        await tx.closure.delete({ where: { id: row.id } });
        return true;
      }),

    closures: (canteenId, from, to) =>
      atomic(db, async (tx): Promise<ClosureRow[]> =>
        (await tx.closure.findMany({ where: { canteenId, date: { gte: from, lte: to } }, orderBy: { date: "asc" } })).map((r) => ({
          date: r.date,
          kind: r.kind === "open" ? "open" : "closed",
          reason: r.reason,
        })),
      ),
  };
}
