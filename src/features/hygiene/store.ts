// The kitchen records in the database: equipment (never deleted: a removed one keeps its
// readings), readings, and the corrective action attached to a reading out of limits.
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { dishStore } from "./dish-store.ts";
import { cleaningStore } from "./cleaning-store.ts";
import { trainingStore } from "./training.ts";
import { EQUIPMENT_KINDS, type Acted, type Equipment, type EquipmentKind, type HygieneStore, type Reading } from "./ports.ts";

type EquipmentRow = Awaited<ReturnType<Tx["hygieneEquipment"]["findFirstOrThrow"]>>;
type ReadingRow = Awaited<ReturnType<Tx["hygieneReading"]["findFirstOrThrow"]>> & { equipment: { name: string } };

function equipmentOf(r: EquipmentRow): Equipment {
  const kind = (EQUIPMENT_KINDS as readonly string[]).includes(r.kind) ? (r.kind as EquipmentKind) : "fridge";
  return { id: r.id, name: r.name, key: r.key, kind, min: r.min, max: r.max };
}

function readingOf(r: ReadingRow): Reading {
  return {
    id: r.id,
    equipmentId: r.equipmentId,
    equipment: r.equipment.name,
    date: r.date,
    at: r.at,
    value: r.value,
    min: r.min,
    max: r.max,
    within: r.within,
    by: { personId: r.personId, name: r.name },
    action:
      r.action !== null && r.actionAt !== null
        ? { text: r.action, at: r.actionAt, by: { personId: r.actionPersonId, name: r.actionName ?? "" } }
        : null,
  };
}

const WITH_EQUIPMENT = { equipment: { select: { name: true } } } as const;

/** The hygiene part of the Store. */
export function hygieneStore(database: Database): HygieneStore {
  const db = database.prisma;
  return {
    kitchenEquipment: (canteenId) =>
      atomic(db, async (tx) =>
        (await tx.hygieneEquipment.findMany({ where: { canteenId, removedAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }] })).map(
          equipmentOf,
        ),
      ),

    saveEquipment: ({ canteenId, name, key, kind, min, max }) =>
      atomic(db, async (tx) => {
        const before = await tx.hygieneEquipment.findUnique({ where: { canteenId_key: { canteenId, key } } });
        const row = await tx.hygieneEquipment.upsert({
          where: { canteenId_key: { canteenId, key } },
          create: { canteenId, name, key, kind, min, max },
          update: { name, kind, min, max, removedAt: null },
        });
        return { equipment: equipmentOf(row), created: before === null || before.removedAt !== null };
      }),

    removeEquipment: (canteenId, key, at) =>
      atomic(db, async (tx) => {
        const { count } = await tx.hygieneEquipment.updateMany({ where: { canteenId, key, removedAt: null }, data: { removedAt: at } });
        return count > 0;
      }),

    recordReading: ({ canteenId, equipment, date, at, value, within, by }) =>
      atomic(db, async (tx) =>
        readingOf(
          await tx.hygieneReading.create({
            data: {
              canteenId,
              equipmentId: equipment.id,
              date,
              at,
              value,
              min: equipment.min,
              max: equipment.max,
              within,
              personId: by.personId,
              name: by.name,
            },
            include: WITH_EQUIPMENT,
          }),
        ),
      ),

    temperatureReadings: (canteenId, from, to) =>
      atomic(db, async (tx) =>
        (
          await tx.hygieneReading.findMany({
            where: { canteenId, date: { gte: from, lte: to } },
            orderBy: [{ at: "asc" }, { id: "asc" }],
            include: WITH_EQUIPMENT,
          })
        ).map(readingOf),
      ),

    attachCorrectiveAction: ({ canteenId, since, text, at, by }) =>
      atomic(db, async (tx): Promise<Acted | null> => {
        const data = { action: text, actionAt: at, actionPersonId: by.personId, actionName: by.name };
        // The author's own first, then anyone's: the latest reading or dish record out of limits without an action.
        for (const mine of [{ personId: by.personId }, {}]) {
          const reading = await tx.hygieneReading.findFirst({
            where: { canteenId, within: false, action: null, at: { gte: since }, ...mine },
            orderBy: [{ at: "desc" }, { id: "desc" }],
            include: WITH_EQUIPMENT,
          });
          const dish = await tx.hygieneDishRecord.findFirst({
            where: { canteenId, within: false, action: null, OR: [{ at: { gte: since } }, { missedAt: { gte: since } }], ...mine },
            orderBy: [{ startAt: "desc" }, { id: "desc" }],
          });
          const dishAt = dish ? (dish.at ?? dish.missedAt ?? dish.startAt) : null;
          if (dish && dishAt && (!reading || dishAt > reading.at)) {
            await tx.hygieneDishRecord.update({ where: { id: dish.id }, data });
            return { subject: dish.dish, value: dish.value, date: dish.date, at: dishAt };
          }
          if (reading) {
            await tx.hygieneReading.update({ where: { id: reading.id }, data });
            return { subject: reading.equipment.name, value: reading.value, date: reading.date, at: reading.at };
          }
        }
        return null;
      }),

    ...dishStore(database),
    ...cleaningStore(database),
    ...trainingStore(database),
  };
}
