// Lunch rounds, tables and seats in the database. A round is unique per (programme, date), and
// a person has one seat per round, so forming a round twice or seating someone twice fails in
// the database itself. Seats are booked into the service's headcount in the same transaction.
import type { LunchProgram, LunchRound, LunchSeat, LunchSeatStatus, LunchStore } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic, type Tx } from "../../store/tx.ts";

/** What to load with a programme so it maps with `toProgram`. */
export const programInclude = { group: { select: { address: true, title: true } } } as const;

/** What to load with a person for names and mentions. */
export const lunchPersonInclude = { select: { displayName: true, identities: { select: { address: true } } } } as const;

type ProgramRow = {
  id: number;
  canteenId: number;
  groupId: number;
  weekday: number;
  tableSize: number;
  closeTime: string;
  avoidRounds: number;
  active: boolean;
  group: { address: string; title: string | null };
};

/** A programme row with its group. */
export function toProgram(r: ProgramRow): LunchProgram {
  return {
    id: r.id,
    canteenId: r.canteenId,
    groupId: r.groupId,
    groupAddress: r.group.address,
    groupTitle: r.group.title,
    weekday: r.weekday,
    tableSize: r.tableSize,
    closeTime: r.closeTime,
    avoidRounds: r.avoidRounds,
    active: r.active,
  };
}

const roundInclude = {
  tables: { orderBy: { number: "asc" }, include: { seats: { orderBy: { id: "asc" }, include: { person: lunchPersonInclude } } } },
} as const;

type SeatRow = {
  id: number;
  personId: number;
  team: string | null;
  status: string;
  person: { displayName: string; identities: { address: string }[] };
};

function toSeat(s: SeatRow): LunchSeat {
  return {
    id: s.id,
    personId: s.personId,
    name: s.person.displayName,
    team: s.team,
    status: s.status as LunchSeatStatus,
    addresses: s.person.identities.map((i) => i.address),
  };
}

type RoundRow = {
  id: number;
  programId: number;
  date: string;
  status: string;
  participants: number;
  tables: { id: number; number: number; icebreaker: number; seats: SeatRow[] }[];
};

function toRound(r: RoundRow): LunchRound {
  return {
    id: r.id,
    programId: r.programId,
    date: r.date,
    status: r.status as LunchRound["status"],
    participants: r.participants,
    tables: r.tables.map((t) => ({ id: t.id, number: t.number, icebreaker: t.icebreaker, seats: t.seats.map(toSeat) })),
  };
}

async function loadRound(tx: Tx, id: number): Promise<LunchRound> {
  return toRound(await tx.lunchRound.findUniqueOrThrow({ where: { id }, include: roundInclude }));
}

async function serviceId(tx: Tx, canteenId: number, date: string): Promise<number> {
  const s = await tx.service.upsert({
    where: { canteenId_date: { canteenId, date } },
    create: { canteenId, date },
    update: {},
    select: { id: true },
  });
  return s.id;
}

/** Books people as eating at a service, keeping the guests of those who already said yes. */
async function book(tx: Tx, canteenId: number, date: string, personIds: number[]): Promise<void> {
  const sid = await serviceId(tx, canteenId, date);
  const known = await tx.attendance.findMany({
    where: { serviceId: sid, personId: { in: personIds } },
    select: { id: true, personId: true, eating: true },
  });
  const has = new Set(known.map((a) => a.personId));
  const declined = known.filter((a) => !a.eating).map((a) => a.id);
  if (declined.length > 0) await tx.attendance.updateMany({ where: { id: { in: declined } }, data: { eating: true, guests: 0 } });
  const fresh = personIds.filter((p) => !has.has(p));
  if (fresh.length > 0)
    await tx.attendance.createMany({ data: fresh.map((personId) => ({ serviceId: sid, personId, eating: true, guests: 0 })) });
}

type RoundStore = Pick<
  LunchStore,
  "lunchHistory" | "createLunchRound" | "lunchRound" | "lunchRoundOfTable" | "lunchRounds" | "confirmLunchSeat" | "dropLunchSeat"
>;

/** The rounds, tables and seats part of the lunch store. */
export function lunchRoundStore({ prisma: db, provider }: Database): RoundStore {
  return {
    lunchHistory: (programId, beforeDate, rounds) =>
      atomic(db, async (tx) => {
        if (rounds <= 0) return [];
        const rows = await tx.lunchRound.findMany({
          where: { programId, status: "formed", date: { lt: beforeDate } },
          orderBy: { date: "desc" },
          take: rounds,
          select: { tables: { select: { seats: { where: { status: { not: "dropped" } }, select: { personId: true } } } } },
        });
        return rows.flatMap((r) => r.tables.map((t) => t.seats.map((s) => s.personId)));
      }),

    // Two instances forming the same round: the loser's insert breaks (programme, date), its
    // unit of work is replayed and returns the winner's round.
    createLunchRound: (input) =>
      atomic(db, async (tx) => {
        const existing = await tx.lunchRound.findUnique({ where: { programId_date: { programId: input.programId, date: input.date } } });
        if (existing) return { round: await loadRound(tx, existing.id), created: false };
        const round = await tx.lunchRound.create({
          data: {
            programId: input.programId,
            date: input.date,
            participants: input.participants,
            formedAt: input.at,
            status: input.tables.length > 0 ? "formed" : "skipped",
          },
        });
        if (input.tables.length > 0) {
          await tx.lunchTable.createMany({
            data: input.tables.map((t, i) => ({ roundId: round.id, number: i + 1, icebreaker: t.icebreaker })),
          });
          const tables = await tx.lunchTable.findMany({ where: { roundId: round.id }, orderBy: { number: "asc" }, select: { id: true } });
          await tx.lunchSeat.createMany({
            data: input.tables.flatMap((t, i) =>
              t.people.map((p) => ({ roundId: round.id, tableId: tables[i]!.id, personId: p.personId, team: p.team })),
            ),
          });
          await book(
            tx,
            input.canteenId,
            input.date,
            input.tables.flatMap((t) => t.people.map((p) => p.personId)),
          );
        }
        return { round: await loadRound(tx, round.id), created: true };
      }),

    lunchRound: (programId, date) =>
      atomic(db, async (tx) => {
        const r = await tx.lunchRound.findUnique({ where: { programId_date: { programId, date } }, include: roundInclude });
        return r ? toRound(r) : null;
      }),

    lunchRoundOfTable: (tableId) =>
      atomic(db, async (tx) => {
        const t = await tx.lunchTable.findUnique({
          where: { id: tableId },
          select: { round: { include: { ...roundInclude, program: { include: programInclude } } } },
        });
        return t ? { program: toProgram(t.round.program), round: toRound(t.round) } : null;
      }),

    lunchRounds: (programId) =>
      atomic(db, async (tx) =>
        (await tx.lunchRound.findMany({ where: { programId }, include: roundInclude, orderBy: { date: "asc" } })).map(toRound),
      ),

    confirmLunchSeat: (roundId, personId) =>
      atomic(db, async (tx) => {
        const n = await tx.lunchSeat.updateMany({
          where: { roundId, personId, status: { not: "dropped" } },
          data: { status: "confirmed" },
        });
        if (n.count !== 1) return null;
        return toSeat(
          await tx.lunchSeat.findUniqueOrThrow({
            where: { roundId_personId: { roundId, personId } },
            include: { person: lunchPersonInclude },
          }),
        );
      }),

    dropLunchSeat: ({ roundId, personId, plan }) =>
      atomic(db, async (tx) => {
        // Drop-outs of one round queue up on PostgreSQL (SQLite serialises writers already), so
        // each rebalancing plan sees the tables as the previous one left them.
        if (provider === "postgres") await tx.$queryRaw`SELECT "id" FROM "LunchRound" WHERE "id" = ${roundId} FOR UPDATE`;
        const seat = await tx.lunchSeat.findUnique({ where: { roundId_personId: { roundId, personId } } });
        if (!seat) return { kind: "not-seated" } as const;
        if (seat.status === "dropped") return { kind: "already" } as const;
        await tx.lunchSeat.update({ where: { id: seat.id }, data: { status: "dropped" } });
        const round = await tx.lunchRound.findUniqueOrThrow({
          where: { id: roundId },
          select: { date: true, program: { select: { canteenId: true } } },
        });
        const sid = await serviceId(tx, round.program.canteenId, round.date);
        await tx.attendance.upsert({
          where: { serviceId_personId: { serviceId: sid, personId } },
          create: { serviceId: sid, personId, eating: false, guests: 0 },
          update: { eating: false, guests: 0 },
        });
        const tables = await tx.lunchTable.findMany({
          where: { roundId },
          orderBy: { number: "asc" },
          select: {
            id: true,
            seats: { where: { status: { not: "dropped" } }, orderBy: { id: "asc" }, select: { personId: true, team: true } },
          },
        });
        const moves = plan({ tables: tables.map((t) => ({ id: t.id, people: t.seats })) }, seat.tableId);
        for (const m of moves) await tx.lunchSeat.updateMany({ where: { roundId, personId: m.personId }, data: { tableId: m.to } });
        return { kind: "dropped", tableId: seat.tableId, moves, round: await loadRound(tx, roundId) } as const;
      }),
  };
}
