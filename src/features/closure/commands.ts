// /fermeture · /closure: closing the canteen on a date or a period, listing the closures to come,
// reopening a date (a public holiday too). Closing tells each person on those dates privately, in
// their language, and takes them off; the managers see who was told, the group that it is closed.
import { DateTime } from "luxon";
import { dayError } from "../../kernel/args.ts";
import { closedDays, closedWhy } from "../../kernel/closed.ts";
import type { Answer, CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, localNow, parseDay } from "../../kernel/days.ts";
import { viewFor } from "../../kernel/locale.ts";
import { message } from "../../kernel/model.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { roleLabel } from "../sheet/index.ts";
import type { HolidayName } from "./holidays.ts";
import type { Released } from "./ports.ts";

/** The longest period closed at once (a summer break fits). */
export const MAX_CLOSURE_DAYS = 100;
/** The longest reason. */
export const MAX_REASON = 200;
/** How far ahead the list of closures looks (and a holidays setting's change releases people). */
export const LIST_DAYS = 365;

const REOPEN_WORDS = new Set(["annuler", "cancel", "rouvrir", "reopen"]);
const RANGE_WORDS = new Set(["au", "a", "to", "until", "till", "-", "jusqu'au", "jusquau"]);
const FROM_WORDS = new Set(["du", "from", "le", "on"]);

/** A date from 1–3 words, even on a weekday the canteen does not open (a period's ends); undefined when no day. */
function looseDay(ctx: CanteenContext, words: string[]): string | undefined {
  const res = parseDay(words, ctx.calendar, ctx.now);
  if (res.ok) return res.date;
  if (res.reason === "unknown") return undefined;
  if (res.reason === "closed") return res.date;
  throw dayError(ctx, res, words.join(" "));
}

/** The longest leading day of `words` (3 words down to 1): its date and how many words it took. */
function leadingDay(ctx: CanteenContext, words: string[]): { date: string; used: number } | undefined {
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const date = looseDay(ctx, words.slice(0, k));
    if (date) return { date, used: k };
  }
  return undefined;
}

/** Reads "<day> [au <day>] [reason]": the first and last date and the reason. */
export function parseClosure(ctx: CanteenContext, args: string): { from: string; to: string; reason: string | null } {
  let words = tokenize(args);
  if (words.length > 1 && FROM_WORDS.has(fold(words[0]!))) words = words.slice(1);
  const first = leadingDay(ctx, words);
  if (!first) throw new UserError("errors.unknownDay", { day: words.slice(0, 3).join(" ") });
  let rest = words.slice(first.used);
  let to = first.date;
  if (rest.length > 1 && RANGE_WORDS.has(fold(rest[0]!))) {
    const last = leadingDay(ctx, rest.slice(1));
    if (!last) throw new UserError("errors.unknownDay", { day: rest.slice(1, 4).join(" ") });
    to = last.date;
    rest = rest.slice(1 + last.used);
  }
  const reason = rest.join(" ").trim();
  if (reason.length > MAX_REASON) throw new UserError("closure.errors.reasonTooLong", { max: MAX_REASON });
  const d = (x: string) => formatDate(x, ctx.locale, ctx.now);
  if (to < first.date) throw new UserError("closure.errors.backwards", { from: d(first.date), to: d(to) });
  const days = DateTime.fromISO(to).diff(DateTime.fromISO(first.date), "days").days + 1;
  if (days > MAX_CLOSURE_DAYS) throw new UserError("closure.errors.tooLong", { from: d(first.date), to: d(to), max: MAX_CLOSURE_DAYS });
  return { from: first.date, to, reason: reason === "" ? null : reason };
}

/** The dates from `from` to `to` (both included) the canteen opens on. */
export function openDatesBetween(ctx: CanteenContext, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(from); d.toISODate()! <= to; d = d.plus({ days: 1 })) {
    if (ctx.canteen.openDays.includes(d.weekday)) out.push(d.toISODate()!);
  }
  return out;
}

/** "le mardi 25 décembre" or "du lundi 3 août au vendredi 28 août", in `t`'s language. */
function datesText(v: Pick<CanteenContext, "t" | "locale" | "now">, from: string, to: string): string {
  const d = (x: string) => formatDate(x, v.locale, v.now);
  return from === to ? v.t("closure.closed.oneDate", { date: d(from) }) : v.t("closure.closed.rangeDates", { from: d(from), to: d(to) });
}

/**
 * Tells each person taken off privately, in their language (a holiday's name too); returns the
 * names of those without a chat account.
 */
export async function tellReleased(
  ctx: CanteenContext,
  released: Released[],
  from: string,
  to: string,
  reason: string | null | HolidayName,
): Promise<string[]> {
  const unreachable: string[] = [];
  const byPerson = new Map<number, Released[]>();
  for (const r of released) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
  for (const [personId, rows] of byPerson) {
    const [identity] = await ctx.store.identitiesOf(personId);
    if (!identity) {
      unreachable.push(rows[0]!.name);
      continue;
    }
    const v = await viewFor(ctx.store, ctx.canteen, ctx.now, personId);
    const why = typeof reason === "string" || reason === null ? reason : reason[v.locale];
    const m = message().text(
      v.t("closure.notice.closed", { canteen: ctx.canteen.name, dates: datesText(v, from, to), why: why ? ` (${why})` : "" }),
    );
    for (const r of rows) {
      const date = formatDate(r.date, v.locale, v.now);
      if (r.role) m.item(v.t("closure.notice.signUp", { role: roleLabel(v, r.role), date }));
      else m.item(v.t("closure.notice.answer", { date }));
    }
    await ctx.outbox.enqueue([
      {
        key: `closure:${ctx.canteen.id}:${from}:${to}:${personId}:${ctx.now.getTime()}`,
        canteenId: ctx.canteen.id,
        kind: "notice",
        subject: { date: rows[0]!.date, personId },
        target: { kind: "person", address: identity.address },
        payload: m.build(),
      },
    ]);
  }
  return unreachable;
}

/** Closes a date or a period: the managers' answer names who was told; the group's says it is closed. */
async function close(ctx: CanteenContext, args: string): Promise<Answer> {
  const { from, to, reason } = parseClosure(ctx, args);
  const dates = openDatesBetween(ctx, from, to);
  const d = (x: string) => formatDate(x, ctx.locale, ctx.now);
  if (dates.length === 0) {
    throw from === to
      ? new UserError("closure.errors.notOpen", { date: d(from) })
      : new UserError("closure.errors.noOpenDay", { from: d(from), to: d(to) });
  }
  const released = await ctx.store.closeDates({ canteenId: ctx.canteen.id, dates, reason });
  // Whatever was on those dates' sheets and announcements changes: the groups' messages follow.
  for (const date of new Set(released.map((r) => r.date))) await ctx.outbox.touch(ctx.canteen.id, "announcement", { date });
  const unreachable = await tellReleased(ctx, released, from, to, reason);
  const why = reason ? ` — ${reason}` : "";
  const m = message().text(ctx.t("closure.closed.done", { dates: datesText(ctx, from, to), why, count: dates.length }));
  const told = [...new Map(released.map((r) => [r.personId, r.name])).entries()].filter(([, name]) => !unreachable.includes(name));
  if (released.length === 0) m.note(ctx.t("closure.closed.nobody"));
  if (told.length > 0) m.item(ctx.t("closure.closed.told", { names: told.map(([, n]) => n).join(", ") }));
  if (unreachable.length > 0) m.item(ctx.t("closure.closed.unreachable", { names: unreachable.join(", ") }));
  const shared = message()
    .text(ctx.t("closure.closed.shared", { dates: datesText(ctx, from, to), why }))
    .build();
  return { replies: [m.build()], shared: [shared] };
}

/** The closures of the coming year: periods of consecutive closed open days with the same reason. */
async function list(ctx: CanteenContext): Promise<Answer> {
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const until = DateTime.fromISO(today).plus({ days: LIST_DAYS }).toISODate()!;
  const open = openDatesBetween(ctx, today, until);
  const closed = await closedDays(ctx, ctx.canteen, open);
  const why = (date: string) => {
    const c = closed.get(date)!;
    const w = closedWhy(c, ctx.locale);
    return c.reason === null && c.holiday ? `${w} (${ctx.t("closure.list.holiday")})` : w;
  };
  const runs: { from: string; to: string; why: string | null }[] = [];
  let previousOpen: string | undefined;
  for (const date of open) {
    if (closed.has(date)) {
      const last = runs[runs.length - 1];
      if (last && last.to === previousOpen && last.why === why(date)) last.to = date;
      else runs.push({ from: date, to: date, why: why(date) });
    }
    previousOpen = date;
  }
  const m = message().title(ctx.t("closure.list.title", { canteen: ctx.canteen.name }));
  const d = (x: string) => formatDate(x, ctx.locale, ctx.now);
  if (runs.length === 0) m.text(ctx.t("closure.list.none"));
  for (const r of runs) {
    const w = r.why ? ` — ${r.why}` : "";
    m.item(
      r.from === r.to
        ? ctx.t("closure.list.one", { date: d(r.from), why: w })
        : ctx.t("closure.list.range", { from: d(r.from), to: d(r.to), why: w }),
    );
  }
  const opened = (await ctx.store.closures(ctx.canteen.id, today, until)).filter((r) => r.kind === "open");
  if (opened.length > 0) m.note(ctx.t("closure.list.opened", { dates: opened.map((r) => d(r.date)).join(", ") }));
  m.note(ctx.t("closure.list.howTo"));
  return { replies: [m.build()], audience: "group" };
}

/** Reopens one date: a closure goes, a public holiday opens. */
async function reopen(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const words = tokenize(args);
  if (words.length === 0) throw new UserError("closure.errors.noDay", { usage: ctx.t("commands.closure.usage") });
  const date = looseDay(ctx, words);
  if (!date) throw new UserError("errors.unknownDay", { day: args.trim() });
  const before = (await closedDays(ctx, ctx.canteen, [date])).get(date);
  const d = formatDate(date, ctx.locale, ctx.now);
  if (!before || !(await ctx.store.reopenDate({ canteenId: ctx.canteen.id, date })))
    throw new UserError("closure.reopened.notClosed", { date: d });
  // The date's announcement (if any) and sheet change: the groups' messages follow.
  await ctx.outbox.touch(ctx.canteen.id, "announcement", { date });
  const stillHoliday = before.holiday && (await closedDays(ctx, ctx.canteen, [date])).size === 0;
  return message()
    .text(
      stillHoliday && before.holiday
        ? ctx.t("closure.reopened.holiday", { holiday: before.holiday[ctx.locale], date: d })
        : ctx.t("closure.reopened.done", { date: d }),
    )
    .build();
}

export const closureCommands: CommandSpec[] = [
  {
    key: "closure",
    names: { en: ["closure", "closures"], fr: ["fermeture", "fermetures"] },
    params: [{ kind: "day" }, { kind: "text" }],
    needsCanteen: true,
    // The group learns the canteen is closed; the managers also see who was told.
    audience: "managers",
    // Anyone lists the closures; managers close and reopen.
    changes: { who: "managers", when: (_ctx, args) => args.trim() !== "" },
    run(ctx, args) {
      if (args.trim() === "") return list(ctx);
      const first = fold(tokenize(args)[0] ?? "");
      // "/fermeture annuler <jour>" reopens; anything else starts with the day to close.
      if (REOPEN_WORDS.has(first)) return reopen(ctx, args.trim().replace(/^\S+\s*/, ""));
      return close(ctx, args);
    },
  },
];
