// Everything a canteen owns, read straight from the database as plain JSON, so a test can say
// "this command changed nothing" by comparing two snapshots. Timestamps that merely record that
// someone spoke (last seen, created at) are left out.
import type { Database } from "../../../src/store/database.ts";

/** A canteen's settings, roles, groups, members, services, sheet, poll answers and invites. */
export async function canteenState(db: Database, canteenId: number): Promise<string> {
  const p = db.prisma;
  const canteen = await p.canteen.findUnique({ where: { id: canteenId }, omit: { createdAt: true } });
  const roles = await p.slotRole.findMany({ where: { canteenId }, orderBy: { key: "asc" } });
  const groups = await p.group.findMany({ where: { canteenId }, omit: { createdAt: true }, orderBy: { id: "asc" } });
  const members = await p.membership.findMany({
    where: { canteenId },
    select: { personId: true, role: true },
    orderBy: { personId: "asc" },
  });
  const services = await p.service.findMany({ where: { canteenId }, omit: { createdAt: true }, orderBy: { date: "asc" } });
  const ids = services.map((s) => s.id);
  const signUps = await p.signUp.findMany({ where: { serviceId: { in: ids } }, omit: { createdAt: true }, orderBy: { id: "asc" } });
  const answers = await p.attendance.findMany({ where: { serviceId: { in: ids } }, omit: { updatedAt: true }, orderBy: { id: "asc" } });
  const invites = await p.invite.findMany({ where: { canteenId }, orderBy: { id: "asc" } });
  return JSON.stringify({ canteen, roles, groups, members, services, signUps, answers, invites }, null, 1);
}
