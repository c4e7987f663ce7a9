// Internal-link lunch programmes in the database: programmes, members, "don't pair me with".
// Rounds, tables and seats are in lunch-round-store.ts; `lunchStore` offers both.
import type { LunchMember, LunchStore } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { lunchPersonInclude, lunchRoundStore, programInclude, toProgram } from "./round-store.ts";
import { atomic } from "../../store/tx.ts";

type MemberRow = {
  programId: number;
  personId: number;
  team: string | null;
  pausedUntil: string | null;
  person: { displayName: string; identities: { address: string }[] };
};

function toMember(r: MemberRow): LunchMember {
  return {
    programId: r.programId,
    personId: r.personId,
    name: r.person.displayName,
    team: r.team,
    pausedUntil: r.pausedUntil,
    addresses: r.person.identities.map((i) => i.address),
  };
}

const memberInclude = { person: lunchPersonInclude } as const;

/** The lunch part of the Store. */
export function lunchStore(database: Database): LunchStore {
  const db = database.prisma;
  return {
    ...lunchRoundStore(database),

    lunchProgramOfGroup: (groupId) =>
      atomic(db, async (tx) => {
        const p = await tx.lunchProgram.findUnique({ where: { groupId }, include: programInclude });
        return p ? toProgram(p) : null;
      }),

    lunchProgram: (programId) =>
      atomic(db, async (tx) => {
        const p = await tx.lunchProgram.findUnique({ where: { id: programId }, include: programInclude });
        return p ? toProgram(p) : null;
      }),

    lunchProgramsOf: (personId, canteenId) =>
      atomic(db, async (tx) =>
        (
          await tx.lunchProgram.findMany({
            where: { canteenId, members: { some: { personId } } },
            include: programInclude,
            orderBy: { id: "asc" },
          })
        ).map(toProgram),
      ),

    // Two managers setting up at once: the loser's insert breaks the unique group key and is
    // replayed, finding the programme.
    setupLunchProgram: (canteenId, groupId, settings) =>
      atomic(db, async (tx) => {
        const existing = await tx.lunchProgram.findUnique({ where: { groupId } });
        if (existing) {
          const p = await tx.lunchProgram.update({ where: { id: existing.id }, data: { active: true }, include: programInclude });
          return { program: toProgram(p), created: false };
        }
        const p = await tx.lunchProgram.create({ data: { canteenId, groupId, ...settings }, include: programInclude });
        return { program: toProgram(p), created: true };
      }),

    updateLunchProgram: (programId, patch) =>
      atomic(db, async (tx) => toProgram(await tx.lunchProgram.update({ where: { id: programId }, data: patch, include: programInclude }))),

    lunchSchedules: () =>
      atomic(db, async (tx) =>
        tx.lunchProgram.findMany({
          where: { active: true },
          select: { canteenId: true, weekday: true, closeTime: true },
          orderBy: { id: "asc" },
        }),
      ),

    lunchProgramsDue: (canteenId, weekday, closeTime) =>
      atomic(db, async (tx) =>
        (
          await tx.lunchProgram.findMany({
            where: { canteenId, weekday, closeTime, active: true },
            include: programInclude,
            orderBy: { id: "asc" },
          })
        ).map(toProgram),
      ),

    joinLunch: (programId, personId, team) =>
      atomic(db, async (tx) => {
        const where = { programId_personId: { programId, personId } };
        const existing = await tx.lunchMember.findUnique({ where });
        const row = existing
          ? await tx.lunchMember.update({ where, data: team === undefined ? {} : { team }, include: memberInclude })
          : await tx.lunchMember.create({ data: { programId, personId, team: team ?? null }, include: memberInclude });
        return { member: toMember(row), joined: !existing };
      }),

    leaveLunch: (programId, personId) =>
      atomic(db, async (tx) => (await tx.lunchMember.deleteMany({ where: { programId, personId } })).count > 0),

    pauseLunch: (programId, personId, until) =>
      atomic(db, async (tx) => {
        const where = { programId_personId: { programId, personId } };
        if (!(await tx.lunchMember.findUnique({ where }))) return null;
        return toMember(await tx.lunchMember.update({ where, data: { pausedUntil: until }, include: memberInclude }));
      }),

    lunchMembers: (programId) =>
      atomic(db, async (tx) =>
        (await tx.lunchMember.findMany({ where: { programId }, include: memberInclude, orderBy: { id: "asc" } })).map(toMember),
      ),

    lunchParticipants: (programId, canteenId, date) =>
      atomic(db, async (tx) => {
        const members = await tx.lunchMember.findMany({
          where: { programId, OR: [{ pausedUntil: null }, { pausedUntil: { lt: date } }] },
          include: memberInclude,
          orderBy: { id: "asc" },
        });
        // People who said they will not eat that day, and people already seated by another
        // programme at this canteen on that day, sit this round out.
        const notEating = await tx.attendance.findMany({
          where: { service: { canteenId, date }, eating: false },
          select: { personId: true },
        });
        const elsewhere = await tx.lunchSeat.findMany({
          where: { status: { not: "dropped" }, round: { date, programId: { not: programId }, program: { canteenId } } },
          select: { personId: true },
        });
        const out = new Set([...notEating, ...elsewhere].map((r) => r.personId));
        return members.filter((m) => !out.has(m.personId)).map(toMember);
      }),

    setLunchAvoid: (personId, avoidId, avoid) =>
      atomic(db, async (tx) => {
        const where = { personId_avoidId: { personId, avoidId } };
        if (!avoid) return (await tx.lunchAvoid.deleteMany({ where: { personId, avoidId } })).count > 0;
        if (await tx.lunchAvoid.findUnique({ where })) return false;
        await tx.lunchAvoid.create({ data: { personId, avoidId } });
        return true;
      }),

    lunchAvoidsOf: (personId) =>
      atomic(db, async (tx) => {
        const rows = await tx.lunchAvoid.findMany({
          where: { personId },
          include: { avoid: { select: { displayName: true } } },
          orderBy: { id: "asc" },
        });
        return rows.map((r) => ({ personId: r.avoidId, name: r.avoid.displayName }));
      }),

    lunchAvoidPairs: (personIds) =>
      atomic(db, async (tx) => {
        if (personIds.length === 0) return [];
        const among = new Set(personIds);
        const rows = await tx.lunchAvoid.findMany({ where: { personId: { in: personIds } }, select: { personId: true, avoidId: true } });
        return rows.filter((r) => among.has(r.avoidId)).map((r): [number, number] => [r.personId, r.avoidId]);
      }),
  };
}
