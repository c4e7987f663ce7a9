// Service close-out records and their history in the database (SQLite or PostgreSQL).
import type { CloseField, CloseoutStore, CloseRecord } from "./ports.ts";
import { CLOSE_FIELDS } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { teamStore } from "./team-store.ts";

async function serviceRow(tx: Tx, canteenId: number, date: string) {
  return tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
}

async function recordOf(tx: Tx, canteenId: number, date: string): Promise<CloseRecord> {
  const s = await tx.service.findUnique({
    where: { canteenId_date: { canteenId, date } },
    include: { closeChanges: { orderBy: { id: "asc" } } },
  });
  return {
    date,
    exists: s !== null,
    covers: s?.covers ?? null,
    takings: s?.takings ?? null,
    spent: s?.spent ?? null,
    currency: s?.currency ?? null,
    pollCovers: s?.pollCovers ?? null,
    forecast: s?.forecast ?? null,
    history: (s?.closeChanges ?? []).map((c) => ({
      at: c.at,
      actorName: c.actorName,
      field: c.field as CloseField,
      oldValue: c.oldValue,
      newValue: c.newValue,
    })),
  };
}

/** The close-out part of the Store. */
export function closeoutStore(database: Database): CloseoutStore {
  const db = database.prisma;
  return {
    ...teamStore(database),
    closeRecord: (canteenId, date) => atomic(db, (tx) => recordOf(tx, canteenId, date)),

    recordClose: ({ canteenId, date, values, currency, actor, at }) =>
      atomic(db, async (tx) => {
        const created = await serviceRow(tx, canteenId, date);
        // PostgreSQL: hold the row so a concurrent close reads our values as its "old" ones.
        if (database.provider === "postgres") await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${created.id} FOR UPDATE`;
        const s = await tx.service.findUniqueOrThrow({ where: { id: created.id } });
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
