// The sheet's fairness rules in the database: a place handed to the first person waiting (the
// service locked, as every change of its sheet), and a person's shifts elsewhere on a date.
import type { Point } from "../../kernel/feature.ts";
import type { Database } from "../../store/database.ts";
import { signUpInclude, toSignUp } from "../../store/mappers.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import type { SignUp } from "../../kernel/ports.ts";
import type { SheetStore, ShiftElsewhere } from "./ports.ts";
import { SEAT_RELEASED } from "./points.ts";
import { lockedService } from "./store.ts";

/** A change that lost a race: its unit of work is replayed. */
const conflict = (what: string) => Object.assign(new Error(what), { code: "P2034" });

/**
 * Inside `tx`, with the service locked: gives `mine` (a confirmed place) to the first person
 * waiting for its role, on the same seat. Null, changing nothing, when nobody waits.
 */
export async function passToFirstWaiting(
  tx: Tx,
  mine: { id: number; serviceId: number; role: string; personId: number; seat: number | null },
  released: { canteenId: number; date: string },
  offered: <T>(p: Point<T>) => T[],
): Promise<SignUp | null> {
  const first = await tx.signUp.findFirst({
    where: { serviceId: mine.serviceId, role: mine.role, status: "waitlist" },
    orderBy: { id: "asc" },
  });
  if (!first) return null;
  const gone = await tx.signUp.deleteMany({ where: { id: mine.id, personId: mine.personId, status: "confirmed" } });
  if (gone.count !== 1) throw conflict("sign-up changed underneath");
  for (const seat of offered(SEAT_RELEASED)) await seat(tx, { ...released, personId: mine.personId, role: mine.role });
  const moved = await tx.signUp.updateMany({ where: { id: first.id, status: "waitlist" }, data: { status: "confirmed", seat: mine.seat } });
  if (moved.count !== 1) throw conflict("waitlist changed underneath");
  return toSignUp(await tx.signUp.findUniqueOrThrow({ where: { id: first.id }, include: signUpInclude }));
}

/** See SheetStore.handOver. */
export function handOver(
  { prisma, provider }: Database,
  input: { canteenId: number; date: string; personId: number },
  offered: <T>(p: Point<T>) => T[] = () => [],
): ReturnType<SheetStore["handOver"]> {
  return atomic(prisma, async (tx) => {
    const sid = await lockedService(tx, provider === "postgres", input.canteenId, input.date, false);
    if (sid === undefined) return null;
    const mine = await tx.signUp.findUnique({
      where: { serviceId_personId: { serviceId: sid, personId: input.personId } },
      include: signUpInclude,
    });
    if (!mine || mine.status !== "confirmed") return null;
    const promoted = await passToFirstWaiting(tx, mine, input, offered);
    return promoted ? { released: toSignUp(mine), promoted } : null;
  });
}

/** See SheetStore.shiftsElsewhere. */
export function shiftsElsewhere({ prisma }: Database, personId: number, date: string, canteenId: number): Promise<ShiftElsewhere[]> {
  return atomic(prisma, async (tx) => {
    const rows = await tx.signUp.findMany({
      where: { personId, service: { date, canteenId: { not: canteenId } } },
      select: {
        role: true,
        status: true,
        service: { select: { canteen: { select: { name: true, timezone: true, cookTime: true, lunchTime: true } } } },
      },
      orderBy: { id: "asc" },
    });
    return rows.map((r) => ({
      canteen: r.service.canteen.name,
      timezone: r.service.canteen.timezone,
      cookTime: r.service.canteen.cookTime,
      lunchTime: r.service.canteen.lunchTime,
      role: r.role,
      status: r.status as ShiftElsewhere["status"],
    }));
  });
}
