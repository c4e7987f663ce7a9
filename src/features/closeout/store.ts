// Service close-out records and their history in the database (SQLite or PostgreSQL).
import type { CloseChange, CloseField, CloseoutStore, CloseRecord, TakingsMeans, TakingsSplit } from "./ports.ts";
import { CLOSE_FIELDS, TAKINGS_MEANS } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { teamStore } from "./team-store.ts";
import { knownSum, mergeParts } from "./parts.ts";
import { recordWaste, wasteOf } from "./waste-store.ts";

async function serviceRow(tx: Tx, canteenId: number, date: string) {
  return tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
}

async function recordOf(tx: Tx, canteenId: number, date: string): Promise<CloseRecord> {
  const s = await tx.service.findUnique({
    where: { canteenId_date: { canteenId, date } },
    include: { closeChanges: { orderBy: { id: "asc" } }, takingsSplit: true, waste: true },
  });
  const split = s?.takingsSplit;
  return {
    date,
    exists: s !== null,
    covers: s?.covers ?? null,
    takings: s?.takings ?? null,
    spent: s?.spent ?? null,
    currency: s?.currency ?? null,
    split: split ? { cash: split.cash, card: split.card, cheque: split.cheque } : null,
    waste: wasteOf(s?.waste ?? null),
    pollCovers: s?.pollCovers ?? null,
    forecast: s?.forecast ?? null,
    history: (s?.closeChanges ?? []).map((c) => ({
      at: c.at,
      actorName: c.actorName,
      field: c.field as CloseChange["field"],
      oldValue: c.oldValue,
      newValue: c.newValue,
    })),
  };
}

/** The values and split to record (see parts.ts; null: split unchanged). */
function withSplit(
  given: Partial<Record<CloseField, number>>,
  givenSplit: Partial<Record<TakingsMeans, number>>,
  recorded: TakingsSplit | null,
): { values: Partial<Record<CloseField, number>>; split: TakingsSplit | null } {
  const { total, parts } = mergeParts(TAKINGS_MEANS, given.takings, givenSplit, recorded);
  return { values: total === undefined ? given : { ...given, takings: total }, split: parts };
}

/** The sum of the known means of payment; null when none is known. */
export function splitTotal(split: TakingsSplit | Partial<Record<TakingsMeans, number | null>>): number | null {
  return knownSum(TAKINGS_MEANS.map((m) => split[m]));
}

/** The close-out part of the Store. */
export function closeoutStore(database: Database): CloseoutStore {
  const db = database.prisma;
  return {
    ...teamStore(database),
    closeRecord: (canteenId, date) => atomic(db, (tx) => recordOf(tx, canteenId, date)),

    recordClose: ({ canteenId, date, values: given, split: givenSplit = {}, waste = {}, currency, actor, at }) =>
      atomic(db, async (tx) => {
        const created = await serviceRow(tx, canteenId, date);
        // PostgreSQL: hold the row so a concurrent close reads our values as its "old" ones.
        if (database.provider === "postgres") await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${created.id} FOR UPDATE`;
        const s = await tx.service.findUniqueOrThrow({ where: { id: created.id }, include: { takingsSplit: true } });
        const { values, split } = withSplit(given, givenSplit, s.takingsSplit);
        const old: TakingsSplit = {
          cash: s.takingsSplit?.cash ?? null,
          card: s.takingsSplit?.card ?? null,
          cheque: s.takingsSplit?.cheque ?? null,
        };
        const changes = CLOSE_FIELDS.filter((f) => values[f] !== undefined && values[f] !== s[f]);
        if (changes.length > 0) {
          const money = values.takings !== undefined || values.spent !== undefined;
          await tx.service.update({
            where: { id: s.id },
            data: { ...Object.fromEntries(changes.map((f) => [f, values[f]])), ...(money ? { currency } : {}) },
          });
          await tx.serviceChange.createMany({
            data: changes.map((f) => ({
              serviceId: s.id,
              personId: actor.personId,
              actorName: actor.name,
              field: f,
              oldValue: s[f],
              newValue: values[f]!,
              at,
            })),
          });
        }
        const meansChanged = split ? TAKINGS_MEANS.filter((m) => split[m] !== old[m]) : [];
        if (split && meansChanged.length > 0) {
          const data = { cash: split.cash, card: split.card, cheque: split.cheque };
          if (TAKINGS_MEANS.every((m) => split[m] === null)) await tx.takingsSplit.deleteMany({ where: { serviceId: s.id } });
          else await tx.takingsSplit.upsert({ where: { serviceId: s.id }, create: { serviceId: s.id, ...data }, update: data });
          await tx.serviceChange.createMany({
            data: meansChanged.map((m) => ({
              serviceId: s.id,
              personId: actor.personId,
              actorName: actor.name,
              field: m,
              oldValue: old[m],
              newValue: split[m],
              at,
            })),
          });
        }
        await recordWaste(tx, s.id, waste, actor, at);
        return recordOf(tx, canteenId, date);
      }),

    keepForecast: (canteenId, date, pollCovers, forecast) =>
      atomic(db, async (tx) => {
        const s = await serviceRow(tx, canteenId, date);
        await tx.service.update({ where: { id: s.id }, data: { pollCovers, forecast } });
      }),

    closedHistory: (canteenId, before, limit) =>
      atomic(db, async (tx) => {
        const rows = await tx.service.findMany({
          where: { canteenId, date: { lt: before }, covers: { not: null }, pollCovers: { not: null } },
          orderBy: { date: "desc" },
          take: limit,
          select: { date: true, covers: true, pollCovers: true },
        });
        return rows.map((r) => ({ date: r.date, covers: r.covers!, pollCovers: r.pollCovers! }));
      }),

    latestOpenService: (canteenId, onOrBefore) =>
      atomic(db, async (tx) => {
        const r = await tx.service.findFirst({
          where: { canteenId, date: { lte: onOrBefore }, covers: null },
          orderBy: { date: "desc" },
          select: { date: true },
        });
        return r?.date ?? null;
      }),
  };
}
