// One canteen's records over a period, for /impact: a handful of queries bounded by the period's
// dates (indexed by (canteenId, date)), so old history does not slow today's report.
import type { CanteenRecords, ServiceRecord } from "./figures.ts";
import type { ImpactStore, Period } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import type { Point } from "../../kernel/feature.ts";
import { NOT_HELD, VOLUNTEER_MINUTES } from "./points.ts";

/** People active at the canteen (ate, cooked, sat at a lunch table) in a date range. */
async function activePeople(
  tx: Tx,
  canteenId: number,
  range: { gte?: string; lt?: string; lte?: string },
  among?: number[],
): Promise<Set<number>> {
  const person = among ? { personId: { in: among } } : {};
  const [ate, cooked, seated] = await Promise.all([
    tx.attendance.findMany({
      where: { eating: true, ...person, service: { canteenId, date: range } },
      select: { personId: true },
      distinct: ["personId"],
    }),
    tx.signUp.findMany({
      where: { status: "confirmed", ...person, service: { canteenId, date: range } },
      select: { personId: true },
      distinct: ["personId"],
    }),
    tx.lunchSeat.findMany({
      where: { status: { not: "dropped" }, ...person, round: { date: range, program: { canteenId } } },
      select: { personId: true },
      distinct: ["personId"],
    }),
  ]);
  return new Set([...ate, ...cooked, ...seated].map((r) => r.personId));
}

/** The impact part of the Store. */
export function impactStore({ prisma: db }: Database, offered: <T>(p: Point<T>) => T[] = () => []): ImpactStore {
  return {
    impactRecords: (canteenId, period: Period, today) =>
      atomic(db, async (tx): Promise<CanteenRecords> => {
        const to = period.to < today ? period.to : today;
        const inPeriod = { gte: period.from, lte: to };
        const canteen = await tx.canteen.findUniqueOrThrow({
          where: { id: canteenId },
          select: {
            name: true,
            currency: true,
            ingredientCost: true,
            runningCost: true,
            hourValue: true,
            _count: { select: { lunchPrograms: true } },
          },
        });
        const rows = await tx.service.findMany({
          where: { canteenId, date: inPeriod },
          select: {
            date: true,
            covers: true,
            takings: true,
            takingsSplit: { select: { cash: true, card: true, cheque: true } },
            waste: { select: { waste: true } },
            spent: true,
            forecast: true,
            pollCovers: true,
            surveyCounts: { select: { question: true, answer: true, count: true } },
          },
          orderBy: { date: "asc" },
        });
        // A closed date (a closure, a public holiday) is not a service held, nor one to close.
        const notHeld = new Set<string>();
        for (const closed of offered(NOT_HELD)) for (const d of await closed(tx, canteenId, period.from, to)) notHeld.add(d);
        // Volunteer hours are known for closed services only (unknown is never zero).
        const closedDates = rows.filter((r) => !notHeld.has(r.date) && r.covers !== null).map((r) => r.date);
        const minutes = new Map<string, number>();
        for (const read of offered(VOLUNTEER_MINUTES)) for (const [d, n] of await read(tx, canteenId, closedDates)) minutes.set(d, n);
        const services: ServiceRecord[] = rows
          .filter((r) => !notHeld.has(r.date))
          .map((r) => {
            const survey: Record<string, Record<string, number>> = {};
            for (const c of r.surveyCounts) (survey[c.question] ??= {})[c.answer] = c.count;
            return {
              date: r.date,
              closed: r.covers !== null,
              covers: r.covers,
              takings: r.takings,
              split: r.takingsSplit,
              waste: r.covers !== null ? (r.waste?.waste ?? null) : null,
              spent: r.spent,
              forecast: r.forecast,
              pollCovers: r.pollCovers,
              volunteerMinutes: r.covers !== null ? (minutes.get(r.date) ?? null) : null,
              survey,
            };
          });

        const cooks = await tx.signUp.findMany({
          where: { status: "confirmed", service: { canteenId, date: inPeriod } },
          select: { personId: true },
          distinct: ["personId"],
        });
        const cookIds = cooks.map((c) => c.personId);
        const cookedBefore = await tx.signUp.findMany({
          where: { status: "confirmed", personId: { in: cookIds }, service: { canteenId, date: { lt: period.from } } },
          select: { personId: true },
          distinct: ["personId"],
        });

        const active = [...(await activePeople(tx, canteenId, inPeriod))];
        const before = await activePeople(tx, canteenId, { lt: period.from }, active);

        let lunch: CanteenRecords["lunch"] = null;
        if (canteen._count.lunchPrograms > 0) {
          const rounds = await tx.lunchRound.findMany({
            where: { status: "formed", date: inPeriod, program: { canteenId } },
            select: { _count: { select: { tables: true } }, seats: { where: { status: { not: "dropped" } }, select: { id: true } } },
          });
          lunch = {
            rounds: rounds.length,
            tables: rounds.reduce((n, r) => n + r._count.tables, 0),
            seats: rounds.reduce((n, r) => n + r.seats.length, 0),
          };
        }
        return {
          canteenId,
          canteenName: canteen.name,
          currency: canteen.currency,
          ingredientCost: canteen.ingredientCost,
          runningCost: canteen.runningCost,
          hourValue: canteen.hourValue,
          services,
          volunteers: cookIds.length,
          newVolunteers: cookIds.length - cookedBefore.length,
          newcomers: active.filter((p) => !before.has(p)).length,
          lunch,
        };
      }),
  };
}
