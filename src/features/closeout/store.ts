// Service close-out records and their history in the database (SQLite or PostgreSQL).
import type { CloseField, CloseoutStore, CloseRecord, TakingsMeans, TakingsSplit } from "./ports.ts";
import { CLOSE_FIELDS, TAKINGS_MEANS } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { teamStore } from "./team-store.ts";

async function serviceRow(tx: Tx, canteenId: number, date: string) {
  return tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
}

async function recordOf(tx: Tx, canteenId: number, date: string): Promise<CloseRecord> {
  const s = await tx.service.findUnique({
    where: { canteenId_date: { canteenId, date } },
    include: { closeChanges: { orderBy: { id: "asc" } }, takingsSplit: true },
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
    pollCovers: s?.pollCovers ?? null,
    forecast: s?.forecast ?? null,
    history: (s?.closeChanges ?? []).map((c) => ({
      at: c.at,
      actorName: c.actorName,
      field: c.field as CloseField | TakingsMeans,
      oldValue: c.oldValue,
      newValue: c.newValue,
    })),
  };
}

/**
 * The values and split to record: means given merge with the recorded ones and make the takings
 * their sum; takings given alone that differ from a recorded split clear it (null: split unchanged).
 */
function withSplit(
  given: Partial<Record<CloseField, number>>,
  givenSplit: Partial<Record<TakingsMeans, number>>,
  recorded: { cash: number | null; card: number | null; cheque: number | null } | null,
): { values: Partial<Record<CloseField, number>>; split: TakingsSplit | null } {
  const old: TakingsSplit = { cash: recorded?.cash ?? null, card: recorded?.card ?? null, cheque: recorded?.cheque ?? null };
  if (TAKINGS_MEANS.some((m) => givenSplit[m] !== undefined)) {
    const split: TakingsSplit = {
      cash: givenSplit.cash ?? old.cash,
      card: givenSplit.card ?? old.card,
      cheque: givenSplit.cheque ?? old.cheque,
    };
    return { values: { ...given, takings: splitTotal(split)! }, split };
  }
  const total = splitTotal(old);
  if (given.takings !== undefined && total !== null && total !== given.takings)
    return { values: given, split: { cash: null, card: null, cheque: null } };
  return { values: given, split: null };
}

/** The sum of the known means of payment; null when none is known. */
export function splitTotal(split: TakingsSplit | Partial<Record<TakingsMeans, number | null>>): number | null {
  const known = TAKINGS_MEANS.map((m) => split[m]).filter((v): v is number => v !== null && v !== undefined);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** The close-out part of the Store. */
export function closeoutStore(database: Database): CloseoutStore {
  const db = database.prisma;
  return {
    ...teamStore(database),
    closeRecord: (canteenId, date) => atomic(db, (tx) => recordOf(tx, canteenId, date)),

    recordClose: ({ canteenId, date, values: given, split: givenSplit = {}, currency, actor, at }) =>
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
