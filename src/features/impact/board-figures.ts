// The figures the board's managers see (dashboard, funder report, CSV), read through the same
// rules and the same figures layer as /impact and /impact reseau: the records of a period, the
// figures of ./figures.ts, and the same figures month by month. Nothing computed twice.
import { DateTime } from "luxon";
import { calendarOf, type CoreDeps } from "../../kernel/context.ts";
import { dateRange, localNow } from "../../kernel/days.ts";
import { lastHeldDay } from "./commands.ts";
import { computeFigures, sumFigures, type CanteenRecords, type Figures } from "./figures.ts";
import { parsePeriod, periodInRange, type NamedPeriod } from "./period.ts";
import type { Canteen, MemberRole, Store } from "../../kernel/ports.ts";

/** A network as the store reads it (the network feature's port, through the whole Store). */
type Network = NonNullable<Awaited<ReturnType<Store["networkOfCanteen"]>>>;
import { boardCanteens } from "../board/index.ts";

/** How far back the dashboard lists services still to close. */
export const OPEN_LOOKBACK_DAYS = 365;

/** One month's figures ("2026-11"), computed from that month's records alone. */
export interface MonthFigures {
  month: string;
  figures: Figures;
}

/** A canteen's figures over a period, for its managers. */
export interface CanteenFigures {
  kind: "canteen";
  canteen: Canteen;
  canteens: Canteen[];
  me: { personId: number; name: string; role: MemberRole };
  period: NamedPeriod;
  records: CanteenRecords;
  figures: Figures;
  months: MonthFigures[];
  /** Held services of the last year not closed yet, oldest first: the close forms. */
  toClose: string[];
  /** The team of each service to close (who was on its sheet, who was marked), for its form's toggles. */
  teams: ReadonlyMap<string, Awaited<ReturnType<Store["team"]>>>;
  /** The network of this canteen, when the person manages it (a link to its figures). */
  network: { id: number; name: string } | null;
}

/** A network's figures over a period, for its managers: the sum, a row per canteen (names only). */
export interface NetworkBoardFigures {
  kind: "network";
  canteen: Canteen;
  canteens: Canteen[];
  me: { personId: number; name: string; role: MemberRole };
  period: NamedPeriod;
  network: Network;
  perCanteen: { name: string; records: CanteenRecords; figures: Figures }[];
  figures: Figures;
  months: MonthFigures[];
}

/** Why the figures are not shown: not a member (404), not a manager (403), a period not understood (400). */
export type FiguresRefusal = { kind: "not-member" } | { kind: "not-manager"; canteen: Canteen } | { kind: "bad-period"; canteen: Canteen };

/** The months ("2026-11") that have held services among these dates, in order. */
function monthsOf(dates: Iterable<string>): string[] {
  return [...new Set([...dates].map((d) => d.slice(0, 7)))].sort();
}

function monthPeriod(month: string, period: NamedPeriod): { from: string; to: string } {
  const d = DateTime.fromISO(`${month}-01`);
  const from = d.toISODate()!;
  const to = d.endOf("month").toISODate()!;
  return { from: from < period.from ? period.from : from, to: to > period.to ? period.to : to };
}

async function membership(deps: CoreDeps, personId: number, canteenId: number, periodText: string) {
  const canteens = await boardCanteens(deps, personId);
  const canteen = canteens.find((c) => c.id === canteenId);
  if (!canteen) return { kind: "not-member" } as const;
  const member = (await deps.store.members(canteen.id)).find((m) => m.personId === personId);
  if (!member) return { kind: "not-member" } as const;
  const parsed = parsePeriod(periodText, localNow(deps.clock.now(), canteen.timezone).toISODate()!);
  // A period wholly outside the dates commands may name is refused like one not understood.
  const period = parsed && periodInRange(parsed, dateRange(calendarOf(canteen), deps.clock.now())) ? parsed : undefined;
  return { kind: "ok", canteen, canteens, member, period } as const;
}

/**
 * A canteen's figures for one of its managers over a period written as /impact reads it ("mois",
 * "annee", "2026-11", "tout"…). Volunteers see none: money and close-out are for managers.
 */
export async function canteenBoardFigures(
  deps: CoreDeps,
  personId: number,
  canteenId: number,
  periodText: string,
): Promise<CanteenFigures | FiguresRefusal> {
  const m = await membership(deps, personId, canteenId, periodText);
  if (m.kind !== "ok") return m;
  const { canteen, canteens, member, period } = m;
  if (member.role !== "manager") return { kind: "not-manager", canteen };
  if (!period) return { kind: "bad-period", canteen };
  const today = lastHeldDay({ now: deps.clock.now(), canteen });
  const records = await deps.store.impactRecords(canteen.id, period, today);
  const months = await Promise.all(
    monthsOf(records.services.map((s) => s.date)).map(async (month) => ({
      month,
      figures: computeFigures(await deps.store.impactRecords(canteen.id, monthPeriod(month, period), today)),
    })),
  );
  const lookback = DateTime.fromISO(today).minus({ days: OPEN_LOOKBACK_DAYS }).toISODate()!;
  const recent = await deps.store.impactRecords(canteen.id, { from: lookback, to: today }, today);
  const toClose = computeFigures(recent).services.openDates;
  const network = await deps.store.networkOfCanteen(canteen.id);
  const managesNetwork = network !== null && (await deps.store.networkManagers(network.id)).includes(personId);
  return {
    kind: "canteen",
    canteen,
    canteens,
    period,
    records,
    figures: computeFigures(records),
    months,
    toClose,
    teams: await deps.store.teams(canteen.id, toClose),
    me: { personId, name: member.name, role: member.role },
    network: managesNetwork ? { id: network.id, name: network.name } : null,
  };
}

/**
 * The network of a canteen, for a person who manages that network and belongs to the canteen:
 * the network's sum and a row per canteen, each canteen named, never its members or groups.
 */
export async function networkBoardFigures(
  deps: CoreDeps,
  personId: number,
  canteenId: number,
  periodText: string,
): Promise<NetworkBoardFigures | FiguresRefusal> {
  const m = await membership(deps, personId, canteenId, periodText);
  if (m.kind !== "ok") return m;
  const { canteen, canteens, member, period } = m;
  const network = await deps.store.networkOfCanteen(canteen.id);
  if (!network || !(await deps.store.networkManagers(network.id)).includes(personId)) return { kind: "not-manager", canteen };
  if (!period) return { kind: "bad-period", canteen };
  // The same "today" as `/impact reseau` in this canteen's chat.
  const today = localNow(deps.clock.now(), canteen.timezone).toISODate()!;
  const ids = network.canteens.map((c) => c.canteenId);
  const records = await deps.store.networkRecords(ids, period, today);
  const perCanteen = records.map((r, i) => ({ name: network.canteens[i]!.name, records: r, figures: computeFigures(r) }));
  const months = await Promise.all(
    monthsOf(records.flatMap((r) => r.services.map((s) => s.date))).map(async (month) => {
      const parts = (await deps.store.networkRecords(ids, monthPeriod(month, period), today)).map((r) => computeFigures(r));
      return {
        month,
        figures: sumFigures(
          parts,
          network.canteens.map((c) => c.name),
        ),
      };
    }),
  );
  return {
    kind: "network",
    canteen,
    canteens,
    period,
    network,
    months,
    me: { personId, name: member.name, role: member.role },
    perCanteen,
    figures: sumFigures(
      perCanteen.map((c) => c.figures),
      perCanteen.map((c) => c.name),
    ),
  };
}
