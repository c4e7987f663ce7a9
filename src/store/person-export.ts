// `/mesdonnees` · `/mydata`: everything Tablée holds about one person, table by table, for the
// person hook list's every model (a test fails when a hooked model has no export here). Secrets
// (hashes of tokens, codes, session ids) are never in it, only counted; survey answers are not
// tied to anyone, so only the number of questions answered is.
import type { PersonData } from "../features/mydata/ports.ts";
import type { Tx } from "./tx.ts";

/** What one model says about a person: its rows (without secrets), or only how many there are. */
type Exporter = (tx: Tx, personId: number, addresses: string[]) => Promise<{ count: number; rows?: object[] }>;

const rows = (list: object[]) => ({ count: list.length, rows: list });
const count = (n: number) => ({ count: n });

/** One exporter per model the person hooks know (src/store/person-hooks.ts). */
export const PERSON_EXPORTS: Readonly<Record<string, Exporter>> = {
  Identity: async (tx, personId) =>
    rows(
      await tx.identity.findMany({
        where: { personId },
        select: { platform: true, address: true, displayName: true, lastSeenAt: true, createdAt: true },
      }),
    ),
  Membership: async (tx, personId) =>
    rows(
      (
        await tx.membership.findMany({ where: { personId }, select: { role: true, createdAt: true, canteen: { select: { name: true } } } })
      ).map((m) => ({
        canteen: m.canteen.name,
        role: m.role,
        since: m.createdAt,
      })),
    ),
  NetworkManager: async (tx, personId) =>
    rows(
      (await tx.networkManager.findMany({ where: { personId }, select: { createdAt: true, network: { select: { name: true } } } })).map(
        (n) => ({ network: n.network.name, since: n.createdAt }),
      ),
    ),
  SignUp: async (tx, personId) =>
    rows(
      (
        await tx.signUp.findMany({
          where: { personId },
          select: { role: true, status: true, createdAt: true, service: { select: { date: true, canteen: { select: { name: true } } } } },
          orderBy: { service: { date: "asc" } },
        })
      ).map((s) => ({ canteen: s.service.canteen.name, date: s.service.date, role: s.role, status: s.status, at: s.createdAt })),
    ),
  Attendance: async (tx, personId) =>
    rows(
      (
        await tx.attendance.findMany({
          where: { personId },
          select: { eating: true, guests: true, updatedAt: true, service: { select: { date: true, canteen: { select: { name: true } } } } },
          orderBy: { service: { date: "asc" } },
        })
      ).map((a) => ({ canteen: a.service.canteen.name, date: a.service.date, eating: a.eating, guests: a.guests, at: a.updatedAt })),
    ),
  Replacement: async (tx, personId) =>
    rows(
      (
        await tx.replacement.findMany({
          where: { OR: [{ requesterId: personId }, { takerId: personId }] },
          select: {
            requesterId: true,
            role: true,
            status: true,
            createdAt: true,
            service: { select: { date: true, canteen: { select: { name: true } } } },
          },
        })
      ).map((r) => ({
        canteen: r.service.canteen.name,
        date: r.service.date,
        role: r.role,
        as: r.requesterId === personId ? "asked" : "took",
        status: r.status,
        at: r.createdAt,
      })),
    ),
  CalendarFeed: async (tx, personId) => count(await tx.calendarFeed.count({ where: { personId } })),
  CalendarCancellation: async (tx, personId) =>
    rows(
      (
        await tx.calendarCancellation.findMany({
          where: { personId },
          select: { date: true, role: true, canteen: { select: { name: true } } },
        })
      ).map((c) => ({
        canteen: c.canteen.name,
        date: c.date,
        role: c.role,
      })),
    ),
  BoardSession: async (tx, personId) => count(await tx.boardSession.count({ where: { personId } })),
  BoardLogin: async (tx, personId) => count(await tx.boardLogin.count({ where: { personId } })),
  LinkCode: async (tx, personId) => count(await tx.linkCode.count({ where: { personId } })),
  LunchMember: async (tx, personId) =>
    rows(
      (
        await tx.lunchMember.findMany({
          where: { personId },
          select: { team: true, pausedUntil: true, joinedAt: true, program: { select: { canteen: { select: { name: true } } } } },
        })
      ).map((m) => ({ canteen: m.program.canteen.name, team: m.team, pausedUntil: m.pausedUntil, since: m.joinedAt })),
    ),
  LunchAvoid: async (tx, personId) =>
    rows(
      (await tx.lunchAvoid.findMany({ where: { personId }, select: { avoid: { select: { displayName: true } } } })).map((a) => ({
        avoids: a.avoid.displayName,
      })),
    ),
  LunchSeat: async (tx, personId) =>
    rows(
      (await tx.lunchSeat.findMany({ where: { personId }, select: { status: true, team: true, round: { select: { date: true } } } })).map(
        (s) => ({
          date: s.round.date,
          status: s.status,
          team: s.team,
        }),
      ),
    ),
  // Only that they answered, never what: the answers were counted with others and name nobody.
  SurveyMark: async (tx, personId) => count(await tx.surveyMark.count({ where: { personId } })),
  ServiceChange: async (tx, personId) =>
    rows(
      (
        await tx.serviceChange.findMany({
          where: { personId },
          select: {
            field: true,
            oldValue: true,
            newValue: true,
            at: true,
            service: { select: { date: true, canteen: { select: { name: true } } } },
          },
        })
      ).map((c) => ({ canteen: c.service.canteen.name, date: c.service.date, field: c.field, from: c.oldValue, to: c.newValue, at: c.at })),
    ),
  Invite: async (tx, personId) => count(await tx.invite.count({ where: { createdBy: personId } })),
  NetworkInvite: async (tx, personId) => count(await tx.networkInvite.count({ where: { createdBy: personId } })),
  // Private messages to the person's accounts: how many, never their content.
  Delivery: async (tx, _personId, addresses) =>
    count(addresses.length === 0 ? 0 : await tx.delivery.count({ where: { targetKind: "person", target: { in: addresses } } })),
};

/** Everything about one person, read in one transaction. */
export async function exportPerson(tx: Tx, personId: number, now: Date): Promise<PersonData | null> {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { displayName: true, diets: true, allergies: true, locale: true, reportedLocale: true, createdAt: true },
  });
  if (!person) return null;
  const addresses = (await tx.identity.findMany({ where: { personId }, select: { address: true } })).map((i) => i.address);
  const tables: PersonData["tables"] = {};
  for (const [model, read] of Object.entries(PERSON_EXPORTS)) tables[model] = await read(tx, personId, addresses);
  return {
    exportedAt: now.toISOString(),
    person: {
      name: person.displayName,
      diets: person.diets === "" ? [] : person.diets.split(","),
      allergies: person.allergies === "" ? [] : person.allergies.split(","),
      language: person.locale,
      appLanguage: person.reportedLocale,
      since: person.createdAt.toISOString(),
    },
    tables,
  };
}
