// How the kitchen records follow a person: their readings, actions and cleaning tasks done move with /link, keep their
// values but lose their name with /forget me (the register shows "a former volunteer"), and
// /mydata lists them.
import type { AppPersonTable } from "../../shells.ts";
import { keep, rows } from "../../store/person-hooks.ts";

/** The hygiene tables that refer to a person. */
export const hygienePersonTables: readonly AppPersonTable[] = [
  {
    model: "HygieneReading",
    merge: async (tx, from, to) => {
      await tx.hygieneReading.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.hygieneReading.updateMany({ where: { actionPersonId: from }, data: { actionPersonId: to } });
    },
    // The register is kept (an inspector asks for it): the values stay, the person's id and name go.
    forget: async (tx, f) => {
      await tx.hygieneReading.updateMany({ where: { personId: f.personId }, data: { personId: null, name: "" } }).then(keep);
      await tx.hygieneReading
        .updateMany({ where: { actionPersonId: f.personId }, data: { actionPersonId: null, actionName: "" } })
        .then(keep);
    },
    export: async (tx, personId) =>
      rows(
        (
          await tx.hygieneReading.findMany({
            where: { OR: [{ personId }, { actionPersonId: personId }] },
            orderBy: { at: "asc" },
            select: {
              date: true,
              at: true,
              value: true,
              within: true,
              personId: true,
              action: true,
              actionPersonId: true,
              equipment: { select: { name: true } },
              canteen: { select: { name: true } },
            },
          })
        ).map((r) => ({
          canteen: r.canteen.name,
          equipment: r.equipment.name,
          date: r.date,
          at: r.at,
          ...(r.personId === personId ? { reading: r.value, withinLimits: r.within } : {}),
          ...(r.actionPersonId === personId ? { correctiveAction: r.action } : {}),
        })),
      ),
  },
  {
    model: "HygieneDishRecord",
    merge: async (tx, from, to) => {
      await tx.hygieneDishRecord.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.hygieneDishRecord.updateMany({ where: { actionPersonId: from }, data: { actionPersonId: to } });
    },
    // Like readings: the record stays, the person's id and name go.
    forget: async (tx, f) => {
      await tx.hygieneDishRecord.updateMany({ where: { personId: f.personId }, data: { personId: null, name: "" } }).then(keep);
      await tx.hygieneDishRecord
        .updateMany({ where: { actionPersonId: f.personId }, data: { actionPersonId: null, actionName: "" } })
        .then(keep);
    },
    export: async (tx, personId) =>
      rows(
        (
          await tx.hygieneDishRecord.findMany({
            where: { OR: [{ personId }, { actionPersonId: personId }] },
            orderBy: { startAt: "asc" },
            select: {
              kind: true,
              dish: true,
              date: true,
              startAt: true,
              startValue: true,
              value: true,
              at: true,
              within: true,
              personId: true,
              action: true,
              actionPersonId: true,
              canteen: { select: { name: true } },
            },
          })
        ).map((r) => ({
          canteen: r.canteen.name,
          kind: r.kind,
          dish: r.dish,
          date: r.date,
          ...(r.personId === personId
            ? { startedAt: r.startAt, start: r.startValue, end: r.value, endedAt: r.at, withinLimits: r.within }
            : {}),
          ...(r.actionPersonId === personId ? { correctiveAction: r.action } : {}),
        })),
      ),
  },
  {
    model: "HygieneCleaningDone",
    merge: async (tx, from, to) => {
      await tx.hygieneCleaningDone.updateMany({ where: { personId: from }, data: { personId: to } });
    },
    // The cleaning log is kept: the task and date stay, the person's id and name go.
    forget: async (tx, f) => {
      await tx.hygieneCleaningDone.updateMany({ where: { personId: f.personId }, data: { personId: null, name: "" } }).then(keep);
    },
    export: async (tx, personId) =>
      rows(
        (
          await tx.hygieneCleaningDone.findMany({
            where: { personId },
            orderBy: { at: "asc" },
            select: { date: true, at: true, task: { select: { name: true } }, canteen: { select: { name: true } } },
          })
        ).map((r) => ({ canteen: r.canteen.name, cleaningTask: r.task.name, date: r.date, doneAt: r.at })),
      ),
  },
  {
    model: "HygieneTraining",
    merge: async (tx, from, to) => {
      await tx.hygieneTraining.updateMany({ where: { personId: from }, data: { personId: to } });
    },
    // The training register is kept: the day stays, the person's id and name go.
    forget: async (tx, f) => {
      await tx.hygieneTraining.updateMany({ where: { personId: f.personId }, data: { personId: null, name: "" } }).then(keep);
    },
    export: async (tx, personId) =>
      rows(
        (await tx.hygieneTraining.findMany({ where: { personId }, select: { day: true, canteen: { select: { name: true } } } })).map(
          (r) => ({ canteen: r.canteen.name, hygieneTraining: r.day }),
        ),
      ),
  },
];
