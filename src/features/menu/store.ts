// Menus, headcount polls and profiles in the database.
import { ALLERGENS, DIETS, keysOf } from "../../kernel/food.ts";
import type { Answer, Profile, ServiceInfo } from "../../kernel/ports.ts";
import { ANSWERS_CLEARED, MORE_ANSWERS } from "./points.ts";
import type { MenuStore } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { ClosedMeanwhile } from "../../kernel/closed.ts";
import type { Point } from "../../kernel/feature.ts";
import { CLOSED_IN_TX, lockedService } from "../sheet/index.ts";

async function serviceRow(tx: Tx, canteenId: number, date: string) {
  return tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
}

function toProfile(p: { diets: string; allergies: string }): Profile {
  return { diets: keysOf(p.diets, DIETS), allergies: keysOf(p.allergies, ALLERGENS) };
}

/** A service row as the core sees it (an empty one when nothing is recorded). */
function infoOf(
  date: string,
  s: { menu: string | null; menuDiets: string; menuAllergens: string; pollClosedAt: Date | null } | null,
): ServiceInfo {
  return {
    date,
    menu: s?.menu ?? null,
    diets: keysOf(s?.menuDiets ?? "", DIETS),
    allergens: keysOf(s?.menuAllergens ?? "", ALLERGENS),
    pollClosedAt: s?.pollClosedAt ?? null,
  };
}

/** The service, poll and profile part of the Store. */
export function serviceStore({ prisma: db, provider }: Database, offered: <T>(p: Point<T>) => T[] = () => []): MenuStore {
  const pg = provider === "postgres";
  return {
    service: (canteenId, date) =>
      atomic(db, async (tx): Promise<ServiceInfo> =>
        infoOf(date, await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } } })),
      ),

    // One query, no transaction: a single read is consistent on its own.
    services: async (canteenId, dates) => {
      const rows = dates.length === 0 ? [] : await db.service.findMany({ where: { canteenId, date: { in: dates } } });
      return dates.map((date) => infoOf(date, rows.find((r) => r.date === date) ?? null));
    },

    setMenu: (canteenId, date, menu) =>
      atomic(db, async (tx) => {
        const s = await serviceRow(tx, canteenId, date);
        await tx.service.update({
          where: { id: s.id },
          data: { menu: menu.text, menuDiets: menu.diets.join(","), menuAllergens: menu.allergens.join(",") },
        });
      }),

    setMenuAllergens: (canteenId, date, allergens) =>
      atomic(db, async (tx) => {
        const s = await serviceRow(tx, canteenId, date);
        await tx.service.update({ where: { id: s.id }, data: { menuAllergens: allergens.join(",") } });
      }),

    closePoll: (canteenId, date, at) =>
      atomic(db, async (tx) => {
        const s = await serviceRow(tx, canteenId, date);
        const n = await tx.service.updateMany({ where: { id: s.id, pollClosedAt: null }, data: { pollClosedAt: at } });
        return n.count === 1;
      }),

    profile: (personId) => atomic(db, async (tx) => toProfile(await tx.person.findUniqueOrThrow({ where: { id: personId } }))),

    setProfile: (personId, patch) =>
      atomic(db, async (tx) => {
        const p = await tx.person.update({
          where: { id: personId },
          data: {
            ...(patch.diets ? { diets: patch.diets.join(",") } : {}),
            ...(patch.allergies ? { allergies: patch.allergies.join(",") } : {}),
          },
        });
        return toProfile(p);
      }),

    answerPoll: (canteenId, date, personId, answer) =>
      atomic(db, async (tx): Promise<Answer> => {
        // Locked as a sign-up locks it: a closure racing this answer either finished before
        // (seen here, nothing written) or waits and then takes the answer off with the others.
        const serviceId = (await lockedService(tx, pg, canteenId, date, true))!;
        for (const closedNow of offered(CLOSED_IN_TX))
          if ((await closedNow(tx, [{ canteenId, date }])).size > 0) throw new ClosedMeanwhile(date);
        const where = { serviceId_personId: { serviceId, personId } };
        const before = await tx.attendance.findUnique({ where });
        // "+1 guest" counts from the current answer, inside this transaction: no lost increments.
        const guests = answer.guests === "+1" ? Math.min(20, (before?.eating ? before.guests : 0) + 1) : answer.guests;
        const row = await tx.attendance.upsert({
          where,
          create: { serviceId, personId, eating: answer.eating, guests },
          update: { eating: answer.eating, guests },
          include: { person: true },
        });
        return { personId, name: row.person.displayName, eating: row.eating, guests: row.guests, ...toProfile(row.person) };
      }),

    answers: (canteenId, date) =>
      atomic(db, async (tx) => {
        const rows = await tx.attendance.findMany({
          where: { service: { canteenId, date } },
          include: { person: true },
          orderBy: { id: "asc" },
        });
        const answers: Answer[] = rows.map((r) => ({
          personId: r.personId,
          name: r.person.displayName,
          eating: r.eating,
          guests: r.guests,
          ...toProfile(r.person),
        }));
        const more = offered(MORE_ANSWERS);
        if (more.length === 0) return answers;
        const service = await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } });
        // One after the other: a transaction's statements share SQLite's one connection.
        if (service) for (const read of more) answers.push(...(await read(tx, service.id)));
        return answers;
      }),
  };
}

/**
 * Removes every poll answer of one service inside `tx` (the date closed), other features' too
 * (ANSWERS_CLEARED: the public page's); returns who of the people had answered.
 */
export async function clearAnswers(
  tx: Tx,
  serviceId: number,
  offered: <T>(p: Point<T>) => T[] = () => [],
): Promise<{ personId: number; name: string; eating: boolean }[]> {
  for (const clear of offered(ANSWERS_CLEARED)) await clear(tx, serviceId);
  const rows = await tx.attendance.findMany({
    where: { serviceId },
    select: { id: true, personId: true, eating: true, person: { select: { displayName: true } } },
    orderBy: { id: "asc" },
  });
  if (rows.length > 0) await tx.attendance.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  return rows.map((r) => ({ personId: r.personId, name: r.person.displayName, eating: r.eating }));
}
