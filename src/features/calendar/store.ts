// Calendar feeds in the database: secret links (SHA-256 hashes of their tokens only), and what
// the feeds read — a person's sign-ups and cancellations, a canteen's recorded services.
import { DateTime } from "luxon";
import type { CalendarStore, FeedKind, ShiftRecord } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";

/**
 * Remembers, inside the transaction that deletes a sign-up, that it was given up, so feeds show
 * it as cancelled for a while. Called by the sheet store's release.
 */
export async function recordCancellation(tx: Tx, row: { canteenId: number; personId: number; date: string; role: string }): Promise<void> {
  // Cancellations a year older than this one are past any feed's window: forgotten here, so
  // feed reads stay read-only.
  const yearBefore = DateTime.fromISO(row.date).minus({ days: 366 }).toISODate()!;
  await tx.calendarCancellation.deleteMany({ where: { personId: row.personId, date: { lt: yearBefore } } });
  await tx.calendarCancellation.upsert({
    where: { canteenId_personId_date: { canteenId: row.canteenId, personId: row.personId, date: row.date } },
    create: row,
    update: { role: row.role, createdAt: new Date() },
  });
}

/** The calendar part of the Store. */
export function calendarStore({ prisma: db }: Database): CalendarStore {
  return {
    createCalendarFeeds: (feeds) =>
      atomic(db, async (tx) => {
        for (const f of feeds)
          await tx.calendarFeed.create({ data: { tokenHash: f.tokenHash, kind: f.kind, personId: f.personId, canteenId: f.canteenId } });
      }),

    calendarFeed: (tokenHash) =>
      atomic(db, async (tx) => {
        const f = await tx.calendarFeed.findUnique({ where: { tokenHash } });
        return f ? { kind: f.kind as FeedKind, personId: f.personId, canteenId: f.canteenId } : null;
      }),

    revokeCalendarFeeds: (personId) => atomic(db, async (tx) => (await tx.calendarFeed.deleteMany({ where: { personId } })).count),

    shiftsOf: (personId, from, keepCancelledFrom) =>
      atomic(db, async (tx) => {
        const live = await tx.signUp.findMany({
          where: { personId, service: { date: { gte: from } } },
          select: { role: true, status: true, service: { select: { canteenId: true, date: true } } },
        });
        const out: ShiftRecord[] = live.map((s) => ({
          canteenId: s.service.canteenId,
          date: s.service.date,
          role: s.role,
          status: s.status === "waitlist" ? "waitlist" : "confirmed",
        }));
        const held = new Set(out.map((s) => `${s.canteenId}|${s.date}`));
        const gone = await tx.calendarCancellation.findMany({
          where: { personId, date: { gte: from > keepCancelledFrom ? from : keepCancelledFrom } },
        });
        // A sign-up taken again after being given up is a live shift, not a cancelled one.
        for (const c of gone)
          if (!held.has(`${c.canteenId}|${c.date}`)) out.push({ canteenId: c.canteenId, date: c.date, role: c.role, status: "cancelled" });
        return out.sort((a, b) => a.date.localeCompare(b.date) || a.canteenId - b.canteenId);
      }),

    servicesBetween: (canteenId, from, to) =>
      atomic(db, async (tx) => {
        const rows = await tx.service.findMany({
          where: { canteenId, date: { gte: from, lte: to } },
          select: { date: true, menu: true, signUps: { where: { status: "confirmed" }, select: { role: true } } },
          orderBy: { date: "asc" },
        });
        return rows.map((r) => {
          const taken: Record<string, number> = {};
          for (const s of r.signUps) taken[s.role] = (taken[s.role] ?? 0) + 1;
          return { date: r.date, menu: r.menu, taken };
        });
      }),
  };
}
