// /cloturer · /close: record a service's covers, takings and spent; show its record and history.
// Managers and that day's head cook may close; a bad value changes nothing.
import { DateTime } from "luxon";
import type { Answer, CanteenContext, HandlerResult } from "../context.ts";
import { UserError } from "../context.ts";
import { formatDate, localNow } from "../days.ts";
import { fold } from "../text.ts";
import type { CommandSpec } from "../commands/registry.ts";
import { parseCloseArgs, parsePastDay } from "./parse.ts";
import type { CloseRecord } from "./ports.ts";
import { renderRecord, renderSharedRecord } from "./render.ts";

/** The head-cook role key: that day's head cook may close the service. */
export const HEAD_COOK_ROLE = "headcook";

/** Today's service when today is an opening day, else the most recent one not closed. */
async function defaultDay(ctx: CanteenContext, today: string): Promise<string> {
  const d = DateTime.fromISO(today);
  if (ctx.canteen.openDays.includes(d.weekday)) return today;
  const open = await ctx.store.latestOpenService(ctx.canteen.id, today);
  if (open) return open;
  for (let back = 1; back <= 7; back++) {
    const p = d.minus({ days: back });
    if (ctx.canteen.openDays.includes(p.weekday)) return p.toISODate()!;
  }
  return today;
}

/** True for managers and for the confirmed head cook of `date`. */
export async function mayClose(ctx: CanteenContext, date: string): Promise<boolean> {
  if (ctx.member.role === "manager") return true;
  const sheet = await ctx.store.sheet(ctx.canteen.id, [date]);
  return sheet.some((s) => s.personId === ctx.member.personId && s.role === HEAD_COOK_ROLE && s.status === "confirmed");
}

async function close(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const { dayWords, values } = parseCloseArgs(ctx, args);
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const words = dayWords.map(fold);
  let date: string;
  if (words.length === 1 && ["hier", "yesterday"].includes(words[0]!)) date = DateTime.fromISO(today).minus({ days: 1 }).toISODate()!;
  else date = words.length > 0 ? parsePastDay(ctx, dayWords) : await defaultDay(ctx, today);
  if (!(await mayClose(ctx, date))) throw new UserError("closeout.notAllowed", { date: formatDate(date, ctx.locale) });
  const showHistory = ctx.member.role === "manager";
  if (Object.keys(values).length === 0) return answer(ctx, await ctx.store.closeRecord(ctx.canteen.id, date), false, showHistory);
  // The reminder's one-press button never overwrites covers someone already recorded: a
  // correction is typed on purpose.
  if (ctx.event.action && values.covers !== undefined) {
    const current = await ctx.store.closeRecord(ctx.canteen.id, date);
    if (current.covers !== null && current.covers !== values.covers) {
      throw new UserError("closeout.alreadyClosed", { date: formatDate(date, ctx.locale), covers: current.covers });
    }
  }
  const record = await ctx.store.recordClose({
    canteenId: ctx.canteen.id,
    date,
    values,
    currency: ctx.canteen.currency,
    actor: { personId: ctx.member.personId, name: ctx.member.name },
    at: ctx.now,
  });
  return answer(ctx, record, true, false);
}

/**
 * Amounts and the history of changes are for whoever closes (a manager, the day's head cook):
 * the whole record reaches them alone, in their language; the group reads the covers only.
 */
function answer(ctx: CanteenContext, record: CloseRecord, saved: boolean, history: boolean): Answer {
  const mine = ctx.event.chat.private ? ctx : { ...ctx, ...ctx.me };
  return { replies: [renderRecord(mine, record, { saved, history })], shared: [renderSharedRecord(ctx, record, saved)] };
}

export const closeoutCommands: CommandSpec[] = [
  {
    key: "close",
    names: { en: ["close", "closeout"], fr: ["cloturer", "cloture", "clore"] },
    audience: "managers",
    params: [{ kind: "text" }],
    needsCanteen: true,
    run: close,
  },
];
