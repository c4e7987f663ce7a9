// The sign-up sheet in the database. A confirmed sign-up holds seat 1..capacity and the pair
// (service, role, seat) is unique, so racing claims for the last place cannot both win: the
// loser's insert fails, its transaction is replayed and finds the role full.
import type { ClaimResult, ReleaseResult, SignUp } from "../core/ports.ts";
import type { Database } from "./database.ts";
import { signUpInclude, toSignUp } from "./mappers.ts";
import { atomic, type Tx } from "./tx.ts";

/**
 * The service row of a date, created if needed and locked for this transaction on PostgreSQL
 * (`FOR UPDATE`), so changes to one service's sheet queue up: waitlist positions stay exact.
 * SQLite transactions are serialised already. The unique seat key still guards the places.
 */
async function lockedService(tx: Tx, pg: boolean, canteenId: number, date: string, create: boolean): Promise<number | undefined> {
  const s = create
    ? await tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {}, select: { id: true } })
    : await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } });
  if (s && pg) await tx.$queryRaw`SELECT "id" FROM "Service" WHERE "id" = ${s.id} FOR UPDATE`;
  return s?.id;
}

/** The lowest seat number in 1..capacity nobody holds, if any. */
function freeSeat(taken: (number | null)[], capacity: number): number | undefined {
  const held = new Set(taken);
  for (let seat = 1; seat <= capacity; seat++) if (!held.has(seat)) return seat;
  return undefined;
}

/**
 * Moves waiting people of one role into free seats, oldest first. The status condition on the
 * update makes two concurrent promotions of the same person impossible (the second one finds
 * nothing to update and its unit of work is replayed).
 */
export async function promote(tx: Tx, serviceIdValue: number, role: string, capacity: number): Promise<SignUp[]> {
  const rows = await tx.signUp.findMany({ where: { serviceId: serviceIdValue, role }, orderBy: { id: "asc" } });
  const confirmed = rows.filter((r) => r.status === "confirmed");
  const seats = confirmed.map((r) => r.seat);
  const out: SignUp[] = [];
  for (const w of rows.filter((r) => r.status === "waitlist")) {
    if (seats.length >= capacity) break;
    const seat = freeSeat(seats, capacity);
    if (seat === undefined) break;
    const n = await tx.signUp.updateMany({ where: { id: w.id, status: "waitlist" }, data: { status: "confirmed", seat } });
    if (n.count !== 1) throw Object.assign(new Error("waitlist changed underneath"), { code: "P2034" });
    seats.push(seat);
    out.push(toSignUp(await tx.signUp.findUniqueOrThrow({ where: { id: w.id }, include: signUpInclude })));
  }
  return out;
}

/** See Store.claimSeat. */
export function claimSeat(
  { prisma, provider }: Database,
  input: { canteenId: number; date: string; role: string; personId: number; capacity: number },
): Promise<ClaimResult> {
  return atomic(prisma, async (tx) => {
    const sid = (await lockedService(tx, provider === "postgres", input.canteenId, input.date, true))!;
    const mine = await tx.signUp.findUnique({
      where: { serviceId_personId: { serviceId: sid, personId: input.personId } },
      include: signUpInclude,
    });
    if (mine) return { kind: "already", signUp: toSignUp(mine) } as const;
    const rows = await tx.signUp.findMany({ where: { serviceId: sid, role: input.role }, select: { seat: true, status: true } });
    const confirmed = rows.filter((r) => r.status === "confirmed");
    const waiting = rows.length - confirmed.length;
    // Nobody jumps the queue: with people waiting, newcomers wait too.
    const seat = waiting === 0 && confirmed.length < input.capacity ? freeSeat(confirmed.map((r) => r.seat), input.capacity) : undefined;
    const created = await tx.signUp.create({
      data: { serviceId: sid, role: input.role, personId: input.personId, status: seat ? "confirmed" : "waitlist", seat: seat ?? null },
      include: signUpInclude,
    });
    return seat
      ? ({ kind: "confirmed", signUp: toSignUp(created), taken: confirmed.length + 1 } as const)
      : ({ kind: "waitlist", signUp: toSignUp(created), position: waiting + 1 } as const);
  });
}

/** See Store.releaseSeat. */
export function releaseSeat(
  { prisma, provider }: Database,
  input: { canteenId: number; date: string; personId: number; capacity: (role: string) => number },
): Promise<ReleaseResult> {
  return atomic(prisma, async (tx) => {
    const sid = await lockedService(tx, provider === "postgres", input.canteenId, input.date, false);
    if (sid === undefined) return { released: null, promoted: null };
    const mine = await tx.signUp.findUnique({
      where: { serviceId_personId: { serviceId: sid, personId: input.personId } },
      include: signUpInclude,
    });
    if (!mine) return { released: null, promoted: null };
    const gone = await tx.signUp.deleteMany({ where: { id: mine.id } });
    if (gone.count !== 1) return { released: null, promoted: null };
    const promoted = mine.status === "confirmed" ? await promote(tx, sid, mine.role, input.capacity(mine.role)) : [];
    return { released: toSignUp(mine), promoted: promoted[0] ?? null };
  });
}

/** See Store.setCapacities. */
export function setCapacities({ prisma, provider }: Database, canteenId: number, capacities: Record<string, number>, fromDate: string): Promise<SignUp[]> {
  return atomic(prisma, async (tx) => {
    const promoted: SignUp[] = [];
    for (const [key, capacity] of Object.entries(capacities)) {
      await tx.slotRole.update({ where: { canteenId_key: { canteenId, key } }, data: { capacity } });
      const services = await tx.service.findMany({
        where: { canteenId, date: { gte: fromDate }, signUps: { some: { role: key, status: "waitlist" } } },
        select: { id: true, date: true },
      });
      for (const s of services) {
        await lockedService(tx, provider === "postgres", canteenId, s.date, false);
        promoted.push(...(await promote(tx, s.id, key, capacity)));
      }
    }
    return promoted;
  });
}

/** See Store.sheet. */
export function sheet({ prisma }: Database, canteenId: number, dates: string[]): Promise<SignUp[]> {
  return atomic(prisma, async (tx) => {
    const rows = await tx.signUp.findMany({
      where: { service: { canteenId, date: { in: dates } } },
      include: signUpInclude,
      orderBy: { id: "asc" },
    });
    return rows.map(toSignUp);
  });
}
