// Dish records in the database: coolings (started, asked for their end, ended or found
// unanswered), core cooking and reheating temperatures. A cooling is claimed once for each step
// (`updateMany` on a still-unset column), so two instances sweeping at once ask and alert once.
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { DISH_KINDS, type DishKind, type DishRecord, type HygieneStore } from "./ports.ts";

type DishRow = Awaited<ReturnType<Tx["hygieneDishRecord"]["findFirstOrThrow"]>>;

/** A row as the port's record. */
export function dishOf(r: DishRow): DishRecord {
  const kind = (DISH_KINDS as readonly string[]).includes(r.kind) ? (r.kind as DishKind) : "core";
  return {
    id: r.id,
    canteenId: r.canteenId,
    kind,
    dish: r.dish,
    key: r.key,
    date: r.date,
    startValue: r.startValue,
    startAt: r.startAt,
    value: r.value,
    at: r.at,
    within: r.within,
    min: r.min,
    max: r.max,
    minutes: r.minutes,
    by: { personId: r.personId, name: r.name },
    promptedAt: r.promptedAt,
    missedAt: r.missedAt,
    action:
      r.action !== null && r.actionAt !== null
        ? { text: r.action, at: r.actionAt, by: { personId: r.actionPersonId, name: r.actionName ?? "" } }
        : null,
  };
}

type DishPart = Pick<
  HygieneStore,
  "startCooling" | "openCoolings" | "endCooling" | "recordDishTemperature" | "dishRecords" | "coolingsToAsk" | "coolingsUnanswered"
>;

/** Claims the open coolings matching `where`, setting `data` on each one still matching. */
async function claim(tx: Tx, where: object, data: object): Promise<DishRecord[]> {
  const found = await tx.hygieneDishRecord.findMany({ where, orderBy: { id: "asc" } });
  const out: DishRecord[] = [];
  for (const r of found) {
    const { count } = await tx.hygieneDishRecord.updateMany({ where: { ...where, id: r.id }, data });
    if (count > 0) out.push(dishOf(await tx.hygieneDishRecord.findUniqueOrThrow({ where: { id: r.id } })));
  }
  return out;
}

/** The dish records' part of the hygiene store. */
export function dishStore(database: Database): DishPart {
  const db = database.prisma;
  return {
    startCooling: ({ canteenId, dish, key, date, startValue, at, max, minutes, by }) =>
      atomic(db, async (tx) =>
        dishOf(
          await tx.hygieneDishRecord.create({
            data: {
              canteenId,
              kind: "cooling",
              dish,
              key,
              date,
              startValue,
              startAt: at,
              max,
              minutes,
              personId: by.personId,
              name: by.name,
            },
          }),
        ),
      ),

    openCoolings: (canteenId) =>
      atomic(db, async (tx) =>
        (await tx.hygieneDishRecord.findMany({ where: { canteenId, kind: "cooling", at: null }, orderBy: { startAt: "asc" } })).map(dishOf),
      ),

    endCooling: ({ id, value, at, within }) =>
      atomic(db, async (tx) => {
        const { count } = await tx.hygieneDishRecord.updateMany({ where: { id, at: null }, data: { value, at, within } });
        return count === 0 ? null : dishOf(await tx.hygieneDishRecord.findUniqueOrThrow({ where: { id } }));
      }),

    recordDishTemperature: ({ canteenId, kind, dish, key, date, value, at, min, within, by }) =>
      atomic(db, async (tx) =>
        dishOf(
          await tx.hygieneDishRecord.create({
            data: { canteenId, kind, dish, key, date, startAt: at, value, at, min, within, personId: by.personId, name: by.name },
          }),
        ),
      ),

    dishRecords: (canteenId, from, to) =>
      atomic(db, async (tx) =>
        (
          await tx.hygieneDishRecord.findMany({
            where: { canteenId, date: { gte: from, lte: to } },
            orderBy: [{ startAt: "asc" }, { id: "asc" }],
          })
        ).map(dishOf),
      ),

    coolingsToAsk: (startedBy, at) =>
      atomic(db, (tx) => claim(tx, { kind: "cooling", at: null, promptedAt: null, startAt: { lte: startedBy } }, { promptedAt: at })),

    coolingsUnanswered: (startedBy, at) =>
      atomic(db, (tx) =>
        claim(tx, { kind: "cooling", at: null, missedAt: null, startAt: { lte: startedBy } }, { missedAt: at, within: false }),
      ),
  };
}
