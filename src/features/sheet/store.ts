// The sign-up sheet in the database. A confirmed sign-up holds seat 1..capacity and the pair
// (service, role, seat) is unique, so racing claims for the last place cannot both win: the
// loser's insert fails, its transaction is replayed and finds the role full.
import type { ClaimResult, ReleaseResult, SignUp } from "../../kernel/ports.ts";
import type { Database } from "../../store/database.ts";
import { signUpInclude, toSignUp } from "../../store/mappers.ts";
import { Prisma } from "../../store/generated/sqlite/client.ts";
import { list, peopleById } from "../../store/batched.ts";
import { queryRows } from "../../store/raw.ts";
import { atomic, Batcher, type Tx } from "../../store/tx.ts";
import type { Point } from "../../kernel/feature.ts";
import { CLOSED_IN_TX, SEAT_RELEASED } from "./points.ts";

/**
 * The service row of a date, created if needed and locked for this transaction on PostgreSQL
 * (`FOR UPDATE`), so changes to one service's sheet queue up: waitlist positions stay exact.
 * SQLite transactions are serialised already. The unique seat key still guards the places.
 */
export async function lockedService(tx: Tx, pg: boolean, canteenId: number, date: string, create: boolean): Promise<number | undefined> {
  const s = create
    ? await tx.service.upsert({
        where: { canteenId_date: { canteenId, date } },
        create: { canteenId, date },
        update: {},
        select: { id: true },
      })
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

/** One call of Store.claimSeat. */
type Claim = { canteenId: number; date: string; role: string; personId: number; capacity: number };

const claimBatchers = new WeakMap<Database, Batcher<Claim, ClaimResult>>();

/** See Store.claimSeat. Claims made at the same time share one transaction (see claimSeats). */
export function claimSeat(database: Database, input: Claim, offered: <T>(p: Point<T>) => T[] = () => []): Promise<ClaimResult> {
  let batcher = claimBatchers.get(database);
  if (!batcher) {
    batcher = new Batcher((inputs) => claimSeats(database, inputs, offered));
    claimBatchers.set(database, batcher);
  }
  return batcher.submit(input);
}

type ServiceRow = { id: number; canteenId: number; date: string };
type SeatRow = { id?: number; serviceId: number; role: string; personId: number; status: string; seat: number | null };

/** A sign-up row as the database gives it, with plain numbers. */
function seatRow(r: SeatRow): SeatRow {
  return {
    id: Number(r.id),
    serviceId: Number(r.serviceId),
    role: r.role,
    personId: Number(r.personId),
    status: r.status,
    seat: r.seat === null ? null : Number(r.seat),
  };
}

/**
 * The services of some (canteen, date) pairs, keyed "canteen|date" and created if needed, with
 * their sign-ups. On PostgreSQL the services are locked `FOR UPDATE` (in id order, so two batches
 * cannot deadlock) before their sign-ups are read, as lockedService does; a service created here
 * is not visible to anyone else until this transaction ends. SQLite transactions are serialised,
 * so one statement reads the services and their sign-ups together.
 */
async function sheetsOf(
  tx: Tx,
  pg: boolean,
  pairs: { canteenId: number; date: string }[],
): Promise<{ ids: Map<string, number>; rows: SeatRow[] }> {
  const wanted = new Map(pairs.map((p) => [`${p.canteenId}|${p.date}`, p]));
  const canteens = list([...new Set(pairs.map((p) => p.canteenId))]);
  const dates = list([...new Set(pairs.map((p) => p.date))]);
  const ids = new Map<string, number>();
  let rows: SeatRow[] = [];
  if (pg) {
    const found = await queryRows<ServiceRow>(
      tx,
      Prisma.sql`
      SELECT "id", "canteenId", "date" FROM "Service" WHERE "canteenId" IN (${canteens}) AND "date" IN (${dates}) ORDER BY "id" FOR UPDATE`,
    );
    for (const s of found) ids.set(`${s.canteenId}|${s.date}`, Number(s.id));
    if (found.length > 0) {
      rows = (
        await queryRows<SeatRow>(
          tx,
          Prisma.sql`
        SELECT "id", "serviceId", "role", "personId", "status", "seat" FROM "SignUp" WHERE "serviceId" IN (${list(found.map((f) => Number(f.id)))})`,
        )
      ).map(seatRow);
    }
  } else {
    const joined = await queryRows<SeatRow & { sid: number; canteenId: number; date: string }>(
      tx,
      Prisma.sql`
      SELECT s."id" AS "sid", s."canteenId", s."date", u."id", u."serviceId", u."role", u."personId", u."status", u."seat"
      FROM "Service" s LEFT JOIN "SignUp" u ON u."serviceId" = s."id"
      WHERE s."canteenId" IN (${canteens}) AND s."date" IN (${dates})`,
    );
    for (const r of joined) ids.set(`${r.canteenId}|${r.date}`, Number(r.sid));
    rows = joined.filter((r) => r.id !== null).map(seatRow);
  }
  const missing = [...wanted].filter(([key]) => !ids.has(key)).map(([, p]) => p);
  if (missing.length > 0) {
    // A service another instance creates meanwhile makes this insert fail: the batch is replayed.
    const now = new Date();
    const created = await queryRows<ServiceRow>(
      tx,
      Prisma.sql`
      INSERT INTO "Service" ("canteenId", "date", "createdAt")
      VALUES ${Prisma.join(missing.map((p) => Prisma.sql`(${p.canteenId}, ${p.date}, ${now})`))} RETURNING "id", "canteenId", "date"`,
    );
    for (const s of created) ids.set(`${s.canteenId}|${s.date}`, Number(s.id));
  }
  return { ids, rows };
}

/**
 * Claims in one transaction, deciding each in order exactly as claimSeat would one after
 * another, with a few statements for the whole batch (the services, their sign-ups, one insert,
 * the people) written in SQL both databases read, since Prisma's query builder costs more per
 * query and per row than the work itself. The unique seat key still guards every place: a claim
 * that lost a race with another instance fails the insert and the whole batch is replayed.
 */
export function claimSeats(
  { prisma, provider }: Database,
  inputs: Claim[],
  offered: <T>(p: Point<T>) => T[] = () => [],
): Promise<ClaimResult[]> {
  return atomic(prisma, async (tx) => {
    const { ids: sids, rows } = await sheetsOf(tx, provider === "postgres", inputs);
    // Read after the services are locked: a closure either finished before (seen here) or waits
    // for this transaction and then takes these sign-ups off with the others.
    const closed = new Set<string>();
    for (const closedNow of offered(CLOSED_IN_TX)) for (const k of await closedNow(tx, inputs)) closed.add(k);
    const dateOf = new Map([...sids].map(([key, id]) => [id, key.slice(key.indexOf("|") + 1)]));
    const byPerson = new Map<string, SeatRow>(rows.map((r) => [`${r.serviceId}|${r.personId}`, r]));
    const roles = new Map<string, { seats: (number | null)[]; waiting: number }>();
    const roleState = (k: string) => {
      const state = roles.get(k) ?? { seats: [], waiting: 0 };
      roles.set(k, state);
      return state;
    };
    for (const r of rows) {
      const state = roleState(`${r.serviceId}|${r.role}`);
      if (r.status === "confirmed") state.seats.push(r.seat);
      else state.waiting++;
    }

    // The capacity as it is now, inside the transaction: the one the command read may be stale
    // (a concurrent /postes raised it and promoted the waiting list meanwhile).
    const current = await currentCapacities(tx, [...new Set(inputs.map((i) => i.canteenId))]);
    const planned: SeatRow[] = [];
    const decided = inputs.map((given) => {
      if (closed.has(`${given.canteenId}|${given.date}`)) return { kind: "closed" as const, date: given.date };
      const input = { ...given, capacity: current.get(`${given.canteenId}|${given.role}`) ?? given.capacity };
      const serviceId = sids.get(`${input.canteenId}|${input.date}`)!;
      const mine = byPerson.get(`${serviceId}|${input.personId}`);
      if (mine) return { kind: "already" as const, row: mine };
      const state = roleState(`${serviceId}|${input.role}`);
      // Nobody jumps the queue: with people waiting, newcomers wait too.
      const seat = state.waiting === 0 && state.seats.length < input.capacity ? freeSeat(state.seats, input.capacity) : undefined;
      const row: SeatRow = {
        serviceId,
        role: input.role,
        personId: input.personId,
        status: seat ? "confirmed" : "waitlist",
        seat: seat ?? null,
      };
      planned.push(row);
      byPerson.set(`${serviceId}|${input.personId}`, row);
      if (seat) {
        state.seats.push(seat);
        return { kind: "confirmed" as const, row, taken: state.seats.length };
      }
      state.waiting++;
      return { kind: "waitlist" as const, row, position: state.waiting };
    });

    if (planned.length > 0) {
      const now = new Date();
      const created = await queryRows<{ id: number; serviceId: number; personId: number }>(
        tx,
        Prisma.sql`
        INSERT INTO "SignUp" ("serviceId", "role", "personId", "status", "seat", "createdAt")
        VALUES ${Prisma.join(planned.map((r) => Prisma.sql`(${r.serviceId}, ${r.role}, ${r.personId}, ${r.status}, ${r.seat}, ${now})`))}
        RETURNING "id", "serviceId", "personId"`,
      );
      const ids = new Map(created.map((c) => [`${c.serviceId}|${c.personId}`, Number(c.id)]));
      for (const row of planned) row.id = ids.get(`${row.serviceId}|${row.personId}`);
    }
    const personIds = [...new Set(decided.flatMap((d) => (d.kind === "closed" ? [] : [d.row.personId])))];
    const people = personIds.length > 0 ? await peopleById(tx, personIds) : new Map<number, never>();
    return decided.map((d): ClaimResult => {
      if (d.kind === "closed") return d;
      const signUp = toSignUp({
        ...d.row,
        id: d.row.id!,
        service: { date: dateOf.get(d.row.serviceId)! },
        person: people.get(d.row.personId)!,
      });
      if (d.kind === "already") return { kind: "already", signUp };
      return d.kind === "confirmed" ? { kind: "confirmed", signUp, taken: d.taken } : { kind: "waitlist", signUp, position: d.position };
    });
  });
}

/** Each role's capacity as stored now, by "canteenId|role". */
async function currentCapacities(tx: Tx, canteenIds: number[]): Promise<Map<string, number>> {
  // Raw SQL, as the rest of a claim: Prisma's query builder costs several times the query.
  const rows = await queryRows<{ canteenId: number; key: string; capacity: number }>(
    tx,
    Prisma.sql`
    SELECT "canteenId", "key", "capacity" FROM "SlotRole" WHERE "canteenId" IN (${list(canteenIds)})`,
  );
  return new Map(rows.map((r) => [`${Number(r.canteenId)}|${r.key}`, Number(r.capacity)]));
}

/** See Store.releaseSeat. */
export function releaseSeat(
  { prisma, provider }: Database,
  input: { canteenId: number; date: string; personId: number; capacity: (role: string) => number },
  offered: <T>(p: Point<T>) => T[] = () => [],
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
    for (const released of offered(SEAT_RELEASED))
      await released(tx, { canteenId: input.canteenId, personId: input.personId, date: input.date, role: mine.role });
    const now = (await currentCapacities(tx, [input.canteenId])).get(`${input.canteenId}|${mine.role}`);
    const promoted = mine.status === "confirmed" ? await promote(tx, sid, mine.role, now ?? input.capacity(mine.role)) : [];
    return { released: toSignUp(mine), promoted: promoted[0] ?? null };
  });
}

/** See Store.setCapacities. */
export function setCapacities(
  { prisma, provider }: Database,
  canteenId: number,
  capacities: Record<string, number>,
  fromDate: string,
): Promise<SignUp[]> {
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

/**
 * Takes everyone off one service's sheet inside `tx` (the date closed; the caller holds the
 * service's lock): each seat is released as /uncook releases it, so the calendar keeps the shift as
 * cancelled. Nobody is promoted: the whole service is gone. Returns the sign-ups taken off.
 */
export async function clearSheet(
  tx: Tx,
  released: { serviceId: number; canteenId: number; date: string },
  offered: <T>(p: Point<T>) => T[],
): Promise<SignUp[]> {
  const rows = await tx.signUp.findMany({ where: { serviceId: released.serviceId }, include: signUpInclude, orderBy: { id: "asc" } });
  if (rows.length === 0) return [];
  await tx.signUp.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  for (const r of rows)
    for (const seat of offered(SEAT_RELEASED))
      await seat(tx, { canteenId: released.canteenId, personId: r.personId, date: released.date, role: r.role });
  return rows.map(toSignUp);
}
