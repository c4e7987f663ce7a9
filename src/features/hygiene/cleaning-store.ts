// The cleaning plan in the database: tasks (never deleted: a removed one keeps its log) and the
// log of tasks done, one row per task and date, so a button pressed twice or redelivered counts once.
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { CLEANING_FREQUENCIES, type CleaningDone, type CleaningFrequency, type CleaningStore, type CleaningTask } from "./ports.ts";

type TaskRow = Awaited<ReturnType<Tx["hygieneCleaningTask"]["findFirstOrThrow"]>>;
type DoneRow = Awaited<ReturnType<Tx["hygieneCleaningDone"]["findFirstOrThrow"]>> & { task: { name: string } };

function taskOf(r: TaskRow): CleaningTask {
  const frequency = (CLEANING_FREQUENCIES as readonly string[]).includes(r.frequency) ? (r.frequency as CleaningFrequency) : "daily";
  return { id: r.id, name: r.name, key: r.key, frequency, weekday: r.weekday };
}

function doneOf(r: DoneRow): CleaningDone {
  return { taskId: r.taskId, task: r.task.name, date: r.date, at: r.at, by: { personId: r.personId, name: r.name } };
}

const WITH_TASK = { task: { select: { name: true } } } as const;

/** The cleaning part of the hygiene store. */
export function cleaningStore(database: Database): CleaningStore {
  const db = database.prisma;
  return {
    cleaningTasks: (canteenId) =>
      atomic(db, async (tx) =>
        (await tx.hygieneCleaningTask.findMany({ where: { canteenId, removedAt: null }, orderBy: { key: "asc" } })).map(taskOf),
      ),

    saveCleaningTask: ({ canteenId, name, key, frequency, weekday }) =>
      atomic(db, async (tx) => {
        const before = await tx.hygieneCleaningTask.findUnique({ where: { canteenId_key: { canteenId, key } } });
        const row = await tx.hygieneCleaningTask.upsert({
          where: { canteenId_key: { canteenId, key } },
          create: { canteenId, name, key, frequency, weekday },
          update: { name, frequency, weekday, removedAt: null },
        });
        return { task: taskOf(row), created: before === null || before.removedAt !== null };
      }),

    removeCleaningTask: (canteenId, key, at) =>
      atomic(db, async (tx) => {
        const { count } = await tx.hygieneCleaningTask.updateMany({ where: { canteenId, key, removedAt: null }, data: { removedAt: at } });
        return count > 0;
      }),

    // One unit of work: a concurrent press that wins the unique row makes this one replay and find it.
    markCleaningDone: ({ canteenId, taskId, date, at, by }) =>
      atomic(db, async (tx) => {
        const before = await tx.hygieneCleaningDone.findUnique({ where: { taskId_date: { taskId, date } }, include: WITH_TASK });
        if (before) return { done: doneOf(before), created: false };
        const task = await tx.hygieneCleaningTask.findFirst({ where: { id: taskId, canteenId, removedAt: null } });
        if (!task) return null;
        const r = await tx.hygieneCleaningDone.create({
          data: { canteenId, taskId, date, at, personId: by.personId, name: by.name },
          include: WITH_TASK,
        });
        return { done: doneOf(r), created: true };
      }),

    cleaningLog: (canteenId, from, to) =>
      atomic(db, async (tx) =>
        (
          await tx.hygieneCleaningDone.findMany({
            where: { canteenId, date: { gte: from, lte: to } },
            orderBy: [{ at: "asc" }, { id: "asc" }],
            include: WITH_TASK,
          })
        ).map(doneOf),
      ),
  };
}
