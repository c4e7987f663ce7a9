// What a valid sign-up sheet looks like, checked straight in the database: a confirmed sign-up
// holds a seat in 1..capacity, seats are unique per role, nobody is on a service twice, no role
// holds more people than it takes, and nobody waits while a place is free.
import type { Database } from "../../../src/store/database.ts";

/** One sign-up row with what the checks need. */
export interface SheetRow {
  canteenId: number;
  date: string;
  serviceId: number;
  role: string;
  personId: number;
  status: string;
  seat: number | null;
  id: number;
}

/** Every sign-up row of the database, oldest first. */
export async function sheetRows(db: Database): Promise<SheetRow[]> {
  const rows = await db.prisma.signUp.findMany({
    include: { service: { select: { canteenId: true, date: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    canteenId: r.service.canteenId,
    date: r.service.date,
    serviceId: r.serviceId,
    role: r.role,
    personId: r.personId,
    status: r.status,
    seat: r.seat,
    id: r.id,
  }));
}

/** Capacity of each (canteen, role) now, from the database. */
export async function capacities(db: Database): Promise<Map<string, number>> {
  const roles = await db.prisma.slotRole.findMany();
  return new Map(roles.map((r) => [`${r.canteenId}/${r.key}`, r.capacity]));
}

/** How to judge capacities when a manager may have changed them during the run. */
export interface InvariantOptions {
  /**
   * The most people a role may hold confirmed. Default: its capacity now. When a manager lowered
   * a capacity, people already confirmed keep their places, so a run that changes capacities
   * passes the largest capacity the role ever had.
   */
  allowance?: (canteenId: number, role: string) => number | undefined;
  /** Services before this date are history: the waitlist rule is not checked there. */
  today?: string;
}

/** The broken invariants of a sheet, one readable line each; empty when the sheet is valid. */
export async function sheetViolations(db: Database, opts: InvariantOptions = {}): Promise<string[]> {
  const rows = await sheetRows(db);
  const caps = await capacities(db);
  const out: string[] = [];
  const seen = new Set<string>();
  const byRole = new Map<string, SheetRow[]>();
  for (const r of rows) {
    const where = `canteen ${r.canteenId} ${r.date} ${r.role}`;
    const once = `${r.serviceId}/${r.personId}`;
    if (seen.has(once)) out.push(`${where}: person ${r.personId} is on the service twice`);
    seen.add(once);
    if (r.status !== "confirmed" && r.status !== "waitlist") out.push(`${where}: sign-up ${r.id} has status ${r.status}`);
    if (r.status === "confirmed" && r.seat === null) out.push(`${where}: confirmed sign-up ${r.id} holds no seat`);
    if (r.status === "waitlist" && r.seat !== null) out.push(`${where}: waiting sign-up ${r.id} holds seat ${r.seat}`);
    const key = `${r.serviceId}/${r.role}`;
    byRole.set(key, [...(byRole.get(key) ?? []), r]);
  }
  for (const list of byRole.values()) {
    const { canteenId, date, role } = list[0]!;
    const where = `canteen ${canteenId} ${date} ${role}`;
    const capacity = caps.get(`${canteenId}/${role}`) ?? 0;
    const allowed = opts.allowance?.(canteenId, role) ?? capacity;
    const confirmed = list.filter((r) => r.status === "confirmed");
    const seats = confirmed.map((r) => r.seat!);
    if (new Set(seats).size !== seats.length) out.push(`${where}: a seat is held twice (${seats.join(",")})`);
    const outside = seats.filter((s) => s < 1 || s > Math.max(allowed, capacity));
    if (outside.length > 0) out.push(`${where}: seats ${outside.join(",")} outside 1..${Math.max(allowed, capacity)}`);
    if (confirmed.length > Math.max(allowed, capacity))
      out.push(`${where}: ${confirmed.length} confirmed for ${Math.max(allowed, capacity)} places`);
    const waiting = list.length - confirmed.length;
    if (waiting > 0 && confirmed.length < capacity && (!opts.today || date >= opts.today)) {
      out.push(`${where}: ${waiting} waiting while ${capacity - confirmed.length} place(s) are free`);
    }
  }
  return out;
}
