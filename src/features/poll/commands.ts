// The headcount poll: who eats, with how many guests. One answer per person and service,
// whichever app it comes from (a new answer replaces the old one, never adds to it).
import { z } from "zod";
import { countText, headcountOf, pollClosed } from "../sheet/index.ts";
import { ClosedMeanwhile, refuseClosed } from "../../kernel/closed.ts";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate } from "../../kernel/days.ts";
import { message } from "../../kernel/model.ts";
import { tokenize } from "../../kernel/text.ts";
import { nextService, splitDay } from "../menu/index.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";

/** Most guests one person may bring. */
export const MAX_GUESTS = 20;

const guestCount = z.coerce.number().int().min(0).max(MAX_GUESTS);

/** Reads "[day] [+N]"; "+guest" (the poll's button) adds one guest to the current answer. */
function parseAnswer(ctx: CanteenContext, args: string): { date: string; guests: number | "+1" | undefined } {
  const words = tokenize(args);
  let guests: number | "+1" | undefined;
  const rest: string[] = [];
  for (const w of words) {
    const plus = /^\+(\d+)$/.exec(w);
    if (w === "+guest" || w === "+invite" || w === "+invité") guests = "+1";
    else if (plus) {
      const n = guestCount.safeParse(plus[1]);
      if (!n.success) throw new UserError("poll.badGuests", { max: MAX_GUESTS });
      guests = n.data;
    } else rest.push(w);
  }
  if (rest.length === 0) return { date: nextService(ctx), guests };
  const split = splitDay(ctx, rest.join(" "));
  if (!split || split.rest.trim() !== "") throw new UserError("errors.usage", { usage: ctx.t("commands.eat.usage") });
  return { date: split.date, guests };
}

async function answer(ctx: CanteenContext, args: string, eating: boolean): Promise<HandlerResult> {
  const { date, guests } = parseAnswer(ctx, args);
  await refuseClosed(ctx, date);
  const service = await ctx.store.service(ctx.canteen.id, date);
  const d = formatDate(date, ctx.locale, ctx.now);
  if (pollClosed(ctx, service)) throw new UserError("poll.closed", { date: d, time: ctx.canteen.pollDeadline });
  const a = await ctx.store
    .answerPoll(ctx.canteen.id, date, ctx.member.personId, { eating, guests: eating ? (guests ?? 0) : 0 })
    .catch(async (e: unknown) => {
      // Closed while this answer waited for the service: say so as a closed date is said.
      if (e instanceof ClosedMeanwhile) await refuseClosed(ctx, date);
      throw e;
    });
  await ctx.outbox.touch(ctx.canteen.id, "announcement", { date });
  const total = headcountOf(await ctx.store.answers(ctx.canteen.id, date));
  const text = eating
    ? ctx.t("poll.eating", { name: ctx.member.name, date: d, count: a.guests })
    : ctx.t("poll.notEating", { name: ctx.member.name, date: d });
  const totalText = ctx.t("poll.total", { count: total.covers });
  // A poll button only needs a toast, in the presser's language: the announcement shows the new count.
  if (ctx.event.action) {
    const me = ctx.me;
    const dm = formatDate(date, me.locale, ctx.now);
    const mine = eating
      ? me.t("poll.eating", { name: ctx.member.name, date: dm, count: a.guests })
      : me.t("poll.notEating", { name: ctx.member.name, date: dm });
    return { replies: [], toast: `${mine} ${me.t("poll.total", { count: total.covers })}` };
  }
  return message().text(text).note(totalText).build();
}

async function headcount(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const date = args.trim() === "" ? nextService(ctx) : splitDay(ctx, args)?.date;
  if (!date) throw new UserError("errors.usage", { usage: ctx.t("commands.headcount.usage") });
  const count = headcountOf(await ctx.store.answers(ctx.canteen.id, date));
  return message()
    .text({ bold: formatDate(date, ctx.locale, ctx.now) })
    .text(countText(ctx, count))
    .build();
}

export const pollCommands: CommandSpec[] = [
  {
    key: "eat",
    names: { en: ["eat", "eating"], fr: ["manger", "jemange"] },
    params: [{ kind: "day" }, { kind: "guests" }],
    needsCanteen: true,
    run: (ctx, a) => answer(ctx, a, true),
  },
  {
    key: "noeat",
    names: { en: ["noeat", "noteating"], fr: ["pasmanger", "jemangepas"] },
    params: [{ kind: "day" }],
    needsCanteen: true,
    run: (ctx, a) => answer(ctx, a, false),
  },
  {
    key: "headcount",
    names: { en: ["headcount", "count"], fr: ["couverts", "effectif"] },
    params: [{ kind: "day" }],
    needsCanteen: true,
    run: headcount,
  },
];
