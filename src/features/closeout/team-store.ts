// The team a service really had, in the database: the TeamMember rows once a close-out marked
// someone, else the confirmed people of the sheet (who came, by default).
import type { Database } from "../../store/database.ts";
import { roleHoursOf } from "../../store/mappers.ts";
import { FORGOTTEN_NAME } from "../../store/person-hooks.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import type { CloseoutStore, TeamPerson } from "./ports.ts";
import { teamMinutes } from "./hours.ts";

const sameHelper = (a: { personId: number | null; name: string }, b: { personId: number | null; name: string }) =>
  a.personId !== null ? a.personId === b.personId : b.personId === null && a.name.toLowerCase() === b.name.toLowerCase();

/** The teams of a canteen's services on some dates (one query each for rows and sheets). */
export async function readTeams(tx: Tx, canteenId: number, dates: readonly string[]): Promise<Map<string, TeamPerson[]>> {
  const out = new Map<string, TeamPerson[]>();
  if (dates.length === 0) return out;
  const where = { canteenId, date: { in: [...dates] } };
  const marked = await tx.teamMember.findMany({
    where: { service: where },
    orderBy: { id: "asc" },
    select: { personId: true, name: true, role: true, came: true, helper: true, service: { select: { date: true } } },
  });
  for (const r of marked) {
    const { service, ...person } = r;
    out.set(service.date, [...(out.get(service.date) ?? []), person]);
  }
  const unmarked = dates.filter((d) => !out.has(d));
  if (unmarked.length === 0) return out;
  const sheet = await tx.signUp.findMany({
    where: { status: "confirmed", service: { canteenId, date: { in: unmarked } } },
    orderBy: { id: "asc" },
    select: { personId: true, role: true, person: { select: { displayName: true } }, service: { select: { date: true } } },
  });
  for (const s of sheet) {
    const person: TeamPerson = { personId: s.personId, name: s.person.displayName, role: s.role, came: true, helper: false };
    out.set(s.service.date, [...(out.get(s.service.date) ?? []), person]);
  }
  return out;
}

/** /impact's volunteer minutes of a canteen's closed services: each team × its roles' hours. */
export async function volunteerMinutes(tx: Tx, canteenId: number, dates: readonly string[]): Promise<ReadonlyMap<string, number>> {
  if (dates.length === 0) return new Map();
  const c = await tx.canteen.findUniqueOrThrow({
    where: { id: canteenId },
    select: { cookTime: true, lunchTime: true, endTime: true, roleHours: true },
  });
  const hours = { ...c, roleHours: roleHoursOf(c.roleHours) };
  const teams = await readTeams(tx, canteenId, dates);
  return new Map(dates.map((d) => [d, teamMinutes(hours, teams.get(d) ?? [])]));
}

/** The team part of the close-out store. */
export function teamStore(database: Database): Pick<CloseoutStore, "team" | "teams" | "markTeam" | "forgetNoShows"> {
  const db = database.prisma;
  return {
    team: (canteenId, date) => atomic(db, async (tx) => (await readTeams(tx, canteenId, [date])).get(date) ?? []),

    teams: (canteenId, dates) => atomic(db, (tx) => readTeams(tx, canteenId, dates)),

    markTeam: ({ canteenId, date, marks, at }) =>
      atomic(db, async (tx) => {
        const s = await tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
        // PostgreSQL: two closers at once apply their marks one after the other.
        if (database.provider === "postgres") await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${s.id} FOR UPDATE`;
        if ((await tx.teamMember.count({ where: { serviceId: s.id } })) === 0) {
          const sheet = (await readTeams(tx, canteenId, [date])).get(date) ?? [];
          if (sheet.length > 0) await tx.teamMember.createMany({ data: sheet.map((p) => ({ ...p, serviceId: s.id, at })) });
        }
        const rows = await tx.teamMember.findMany({ where: { serviceId: s.id }, orderBy: { id: "asc" } });
        for (const m of marks) {
          const row = rows.find((r) => sameHelper(r, m));
          if (m.kind === "helper") {
            if (row) await tx.teamMember.update({ where: { id: row.id }, data: { came: true, role: row.helper ? m.role : row.role, at } });
            else
              rows.push(
                await tx.teamMember.create({
                  data: { serviceId: s.id, personId: m.personId, name: m.name, role: m.role, helper: true, came: true, at },
                }),
              );
          } else if (row) {
            // A helper marked absent was named by mistake: they leave the team.
            if (row.helper && m.kind === "absent") {
              await tx.teamMember.delete({ where: { id: row.id } });
              rows.splice(rows.indexOf(row), 1);
            } else await tx.teamMember.update({ where: { id: row.id }, data: { came: m.kind === "present", at } });
          }
        }
        return (await readTeams(tx, canteenId, [date])).get(date) ?? [];
      }),

    forgetNoShows: (before) =>
      atomic(db, async (tx) => {
        const r = await tx.teamMember.updateMany({
          where: { came: false, personId: { not: null }, service: { date: { lt: before } } },
          data: { personId: null, name: FORGOTTEN_NAME },
        });
        return r.count;
      }),
  };
}
