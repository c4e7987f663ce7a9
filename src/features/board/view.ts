// What the web board shows a person, read through the core's own rules: only canteens the
// person belongs to, the sheet as /slots computes it, their shifts, menus, and for managers
// today's count. The web layer renders this; it never reads the store itself.
import { headcountOf, type Headcount } from "../sheet/index.ts";
import { closedDays, type ClosedDay } from "../../kernel/closed.ts";
import { calendarOf, type CoreDeps } from "../../kernel/context.ts";
import { localNow, sheetDates } from "../../kernel/days.ts";
import type { Canteen, Identity, MemberRole, ServiceInfo, SignUp } from "../../kernel/ports.ts";
import { inspectLoginLink, type LinkState } from "./login.ts";

/** One role on one service. */
export interface BoardRole {
  key: string;
  capacity: number;
  confirmed: { personId: number; name: string }[];
  waitlist: { personId: number; name: string }[];
  open: number;
}

/** One upcoming service. */
export interface BoardService {
  date: string;
  info: ServiceInfo;
  roles: BoardRole[];
  /** The viewer's own line on this service, if any. */
  mine: SignUp | null;
  /** Why the canteen is closed that day (a closure, a public holiday), or null when it serves. */
  closed: ClosedDay | null;
}

/** Everything one board page needs. */
export interface BoardView {
  canteen: Canteen;
  /** Every canteen the person belongs to (to switch between them). */
  canteens: Canteen[];
  me: { personId: number; name: string; role: MemberRole };
  services: BoardService[];
  /** The viewer's upcoming sign-ups in this canteen. */
  shifts: SignUp[];
  /**
   * Managers only: today's service and its poll count (null count: no service today), and the
   * covers served once it is closed (null: not closed yet).
   */
  today: { date: string; count: Headcount | null; served: number | null } | null;
}

/** The account the person used last: what the board acts as in the core. */
export async function latestIdentity(deps: Pick<CoreDeps, "store">, personId: number): Promise<Identity | null> {
  return (await deps.store.identitiesOf(personId))[0] ?? null;
}

/** The canteens a person belongs to (empty for someone unknown). */
export async function boardCanteens(deps: Pick<CoreDeps, "store">, personId: number): Promise<Canteen[]> {
  return (await deps.store.boardMemberships(personId)).map((m) => m.canteen);
}

/**
 * The board of one canteen as this person may see it; null when they are not a member of it
 * (the web answers 404, never saying whether the canteen exists). Without a canteen id, their first.
 */
export async function boardView(deps: CoreDeps, personId: number, canteenId: number | null): Promise<BoardView | null> {
  const memberships = await deps.store.boardMemberships(personId);
  const member = canteenId === null ? memberships[0] : memberships.find((m) => m.canteen.id === canteenId);
  if (!member) return null;
  const { canteen } = member;
  const canteens = memberships.map((m) => m.canteen);
  const now = deps.clock.now();
  const cal = calendarOf(canteen);
  const dates = [...sheetDates(cal, now, 0), ...sheetDates(cal, now, 1)];
  const [lines, infos] = await Promise.all([deps.store.sheet(canteen.id, dates), deps.store.services(canteen.id, dates)]);
  const closed = await closedDays(deps, canteen, dates);
  const services = dates.map((date, i): BoardService => ({
    date,
    info: infos[i]!,
    mine: lines.find((s) => s.date === date && s.personId === personId) ?? null,
    closed: closed.get(date) ?? null,
    roles: canteen.roles
      .filter((r) => r.capacity > 0)
      .map((r) => {
        const on = lines.filter((s) => s.date === date && s.role === r.key);
        const confirmed = on.filter((s) => s.status === "confirmed").map((s) => ({ personId: s.personId, name: s.name }));
        const waitlist = on.filter((s) => s.status === "waitlist").map((s) => ({ personId: s.personId, name: s.name }));
        return { key: r.key, capacity: r.capacity, confirmed, waitlist, open: Math.max(0, r.capacity - confirmed.length) };
      }),
  }));
  let today: BoardView["today"] = null;
  if (member.role === "manager") {
    const date = localNow(now, canteen.timezone).toISODate()!;
    const open = cal.openDays.includes(localNow(now, canteen.timezone).weekday);
    const served = open ? (await deps.store.closeRecord(canteen.id, date)).covers : null;
    today = { date, count: open ? headcountOf(await deps.store.answers(canteen.id, date)) : null, served };
  }
  return {
    canteen,
    canteens,
    me: { personId, name: member.name, role: member.role },
    services,
    shifts: lines.filter((s) => s.personId === personId),
    today,
  };
}

/** What a login link's page says: its state, and for a good one whom it logs in, in their canteen's language. */
export interface LinkView {
  state: LinkState["state"];
  name: string | null;
  canteen: Canteen | null;
}

/** Looks a login link up for its page, without using it. */
export async function describeLoginLink(deps: CoreDeps, token: string): Promise<LinkView> {
  const link = await inspectLoginLink(deps.store, token, deps.clock.now());
  if (link.state !== "valid") return { state: link.state, name: null, canteen: null };
  const canteens = await boardCanteens(deps, link.personId);
  const canteen = canteens.find((c) => c.id === link.canteenId) ?? canteens[0] ?? null;
  const name = canteen ? ((await deps.store.boardMember(canteen.id, link.personId))?.name ?? null) : null;
  return { state: "valid", name, canteen };
}
