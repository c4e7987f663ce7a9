// /cloturer · /close: record a service's covers, takings and spent; show its record and history.
// Managers and that day's head cook may close; a bad value changes nothing.
import { DateTime } from "luxon";
import { closedDays } from "../../kernel/closed.ts";
import type { Answer, CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, localNow } from "../../kernel/days.ts";
import { fold } from "../../kernel/text.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { parseCloseArgs, parsePastDay, type CloseArgs } from "./parse.ts";
import { splitTotal } from "./store.ts";
import { formatKg, formatMoney } from "../../kernel/amounts.ts";
import { disagreement } from "./parts.ts";
import { WASTE_PARTS } from "./ports.ts";
import type { CloseRecord } from "./ports.ts";
import { renderRecord, renderSharedRecord } from "./render.ts";
import { splitTeamClauses, teamMarks } from "./attendance.ts";
import type { TeamPerson } from "./ports.ts";
import { teamPart, withTeam } from "./team-render.ts";

/** Today's service when today is an opening day, else the most recent one not closed. */
async function defaultDay(ctx: CanteenContext, today: string): Promise<string> {
  const d = DateTime.fromISO(today);
  // A closed date (a closure, a public holiday) is never a service to close.
  const week = Array.from({ length: 8 }, (_, back) => d.minus({ days: back }).toISODate()!);
  const closed = await closedDays(ctx, ctx.canteen, week);
  if (ctx.canteen.openDays.includes(d.weekday) && !closed.has(today)) return today;
  const open = await ctx.store.latestOpenService(ctx.canteen.id, today);
  if (open && !closed.has(open)) return open;
  for (let back = 1; back <= 7; back++) {
    const p = d.minus({ days: back });
    if (ctx.canteen.openDays.includes(p.weekday) && !closed.has(p.toISODate()!)) return p.toISODate()!;
  }
  return today;
}

/** The service `/close` is about, and the values given: "hier", a past day, else the default day. */
async function closeTarget(ctx: CanteenContext, args: string): Promise<{ date: string } & Pick<CloseArgs, "values" | "split" | "waste">> {
  const { dayWords, values, split, waste } = parseCloseArgs(ctx, args);
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const words = dayWords.map(fold);
  if (words.length === 1 && ["hier", "yesterday"].includes(words[0]!))
    return { date: DateTime.fromISO(today).minus({ days: 1 }).toISODate()!, values, split, waste };
  return { date: words.length > 0 ? parsePastDay(ctx, dayWords) : await defaultDay(ctx, today), values, split, waste };
}

async function close(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  // Who came (`absent lea`, `aide Sam`) is read apart; the rest is the day and the values.
  const { rest, clauses } = splitTeamClauses(args);
  const { date, values, split, waste } = await closeTarget(ctx, rest);
  const showHistory = ctx.member.role === "manager";
  // Every name is checked against the team before anything is saved.
  const marks = clauses.length > 0 ? await teamMarks(ctx, await ctx.store.team(ctx.canteen.id, date), clauses) : [];
  const changes = Object.keys(values).length > 0 || Object.keys(split).length > 0 || Object.keys(waste).length > 0;
  if (!changes && marks.length === 0) {
    return answer(ctx, await ctx.store.closeRecord(ctx.canteen.id, date), false, showHistory, await ctx.store.team(ctx.canteen.id, date));
  }
  // The reminder's one-press button never overwrites covers someone already recorded: a
  // correction is typed on purpose.
  if (ctx.event.action && values.covers !== undefined) {
    const current = await ctx.store.closeRecord(ctx.canteen.id, date);
    if (current.covers !== null && current.covers !== values.covers) {
      throw new UserError("closeout.alreadyClosed", { date: formatDate(date, ctx.locale, ctx.now), covers: current.covers });
    }
  }
  if (values.takings !== undefined && Object.keys(split).length > 0) await checkSplit(ctx, date, values.takings, split);
  if (waste.waste !== undefined) await checkWaste(ctx, date, waste);
  const record = !changes
    ? await ctx.store.closeRecord(ctx.canteen.id, date)
    : await ctx.store.recordClose({
        canteenId: ctx.canteen.id,
        date,
        values,
        split,
        waste,
        currency: ctx.canteen.currency,
        actor: { personId: ctx.member.personId, name: ctx.member.name },
        at: ctx.now,
      });
  const team =
    marks.length > 0
      ? await ctx.store.markTeam({ canteenId: ctx.canteen.id, date, marks, at: ctx.now })
      : await ctx.store.team(ctx.canteen.id, date);
  return answer(ctx, record, true, false, team);
}

/** Takings typed with a split must be its sum (with the means already recorded): else nothing changes. */
async function checkSplit(ctx: CanteenContext, date: string, takings: number, split: CloseArgs["split"]): Promise<void> {
  const recorded = (await ctx.store.closeRecord(ctx.canteen.id, date)).split;
  const sum = splitTotal({ ...(recorded ?? {}), ...split })!;
  if (sum === takings) return;
  const money = (n: number) => formatMoney(n, ctx.canteen.currency, ctx.locale);
  throw new UserError("closeout.splitMismatch", { takings: money(takings), sum: money(sum) });
}

/** A waste total typed with parts must be their sum (with the parts already recorded): else nothing changes. */
async function checkWaste(ctx: CanteenContext, date: string, waste: CloseArgs["waste"]): Promise<void> {
  const recorded = (await ctx.store.closeRecord(ctx.canteen.id, date)).waste;
  if (!WASTE_PARTS.some((p) => waste[p] !== undefined)) return;
  const sum = disagreement(WASTE_PARTS, waste.waste!, waste, recorded);
  if (sum !== null)
    throw new UserError("closeout.wasteMismatch", { waste: formatKg(waste.waste!, ctx.locale), sum: formatKg(sum, ctx.locale) });
}

/**
 * Amounts, the history of changes and the team (who did not come) are for whoever closes (a
 * manager, the day's head cook): they reach them alone, in their language; the group reads the
 * covers only.
 */
function answer(ctx: CanteenContext, record: CloseRecord, saved: boolean, history: boolean, team: readonly TeamPerson[]): Answer {
  const mine = ctx.event.chat.private ? ctx : { ...ctx, ...ctx.me };
  // The day's head cook marks who did not come, but only managers read their names.
  const hide = ctx.member.role === "manager" ? {} : { hideNoShows: "not-manager" as const };
  const own = withTeam(renderRecord(mine, record, { saved, history }), teamPart(mine, record.date, team, record.covers !== null, hide));
  return { replies: [own], shared: [renderSharedRecord(ctx, record, saved)] };
}

export const closeoutCommands: CommandSpec[] = [
  {
    key: "close",
    names: { en: ["close", "closeout"], fr: ["cloturer", "cloture", "clore"] },
    audience: "managers",
    params: [{ kind: "text" }],
    needsCanteen: true,
    // Managers, and the confirmed head cook of the service being closed.
    who: "headCookOrManagers",
    dayOf: async (ctx, args) => (await closeTarget(ctx, splitTeamClauses(args).rest)).date,
    run: close,
  },
];
