// Splitting command arguments into a day, a role and a person's name, whatever order people use.
import { parseDay, type DayResult } from "./days.ts";
import type { CanteenContext } from "./context.ts";
import { UserError } from "./context.ts";
import { parseRole } from "./roles.ts";
import { tokenize } from "./text.ts";
import { formatDate, weekdayNames } from "./days.ts";

/** A day expression is one to three words ("mardi", "mardi prochain", "12 décembre 2026"). */
const MAX_DAY_WORDS = 3;
/** A role is one to three words ("plonge", "head cook", "chef de cuisine"). */
const MAX_ROLE_WORDS = 3;

/** Turns a failed day parse into the reply that helps: examples, open days, or "already past". */
export function dayError(ctx: CanteenContext, res: Exclude<DayResult, { ok: true }>, typed: string): UserError {
  const open = weekdayNames(ctx.canteen.openDays, ctx.locale).join(", ");
  switch (res.reason) {
    case "closed":
      return new UserError("errors.closedDay", { date: formatDate(res.date, ctx.locale, ctx.now), open });
    case "past":
      return new UserError("errors.pastDay", { date: formatDate(res.date, ctx.locale, ctx.now) });
    case "tooEarly":
    case "tooLate":
      return new UserError(`errors.${res.reason}`, {
        date: formatDate(res.date, ctx.locale, ctx.now),
        limit: formatDate(res.limit, ctx.locale, ctx.now),
      });
    default:
      return new UserError("errors.unknownDay", { day: typed });
  }
}

function roleError(ctx: CanteenContext, typed: string): UserError {
  const roles = ctx.canteen.roles.map((r) => ctx.t(`roles.${r.key}`, { defaultValue: r.key })).join(", ");
  return new UserError("errors.unknownRole", { role: typed, roles });
}

/** Resolves a day from all the given words, or throws the helpful error. */
export function requireDay(ctx: CanteenContext, words: string[]): string {
  const res = parseDay(words, ctx.calendar, ctx.now);
  if (!res.ok) throw dayError(ctx, res, words.join(" "));
  return res.date;
}

/**
 * Reads "<day> [role]" (or "[role] <day>"). Returns the date and the role key (undefined when no
 * role was named). Throws the most helpful error when nothing fits.
 */
export function parseDayAndRole(ctx: CanteenContext, args: string): { date: string; role: string | undefined } {
  const words = tokenize(args);
  const roles = ctx.canteen.roles;
  let firstDayFailure: { res: Exclude<DayResult, { ok: true }>; words: string[] } | undefined;
  for (let k = 0; k <= Math.min(MAX_ROLE_WORDS, words.length - 1); k++) {
    const splits: [string[], string[]][] =
      k === 0
        ? [[words, []]]
        : [
            [words.slice(0, -k), words.slice(-k)],
            [words.slice(k), words.slice(0, k)],
          ];
    for (const [dayWords, roleWords] of splits) {
      if (dayWords.length > MAX_DAY_WORDS) continue;
      const role = roleWords.length > 0 ? parseRole(roleWords.join(" "), roles) : undefined;
      if (roleWords.length > 0 && role === undefined) continue;
      const res = parseDay(dayWords, ctx.calendar, ctx.now);
      if (res.ok) return { date: res.date, role };
      if (res.reason !== "unknown") firstDayFailure ??= { res, words: dayWords };
    }
  }
  if (firstDayFailure) throw dayError(ctx, firstDayFailure.res, firstDayFailure.words.join(" "));
  // The day may be fine and the role misspelt: say which.
  for (let k = 1; k <= Math.min(MAX_ROLE_WORDS, words.length - 1); k++) {
    if (parseDay(words.slice(0, -k), ctx.calendar, ctx.now).ok) throw roleError(ctx, words.slice(-k).join(" "));
  }
  throw new UserError("errors.unknownDay", { day: args.trim() });
}

/**
 * Reads "<name> <day> [role]" for commands about someone else (`/signup Jeanne mardi plonge`).
 * The name is what remains once a day (and optional role) are found at the end.
 */
export function parseNameDayRole(ctx: CanteenContext, args: string): { name: string; date: string; role: string | undefined } {
  const words = tokenize(args);
  let best: UserError | undefined;
  for (let nameLen = 1; nameLen < words.length; nameLen++) {
    try {
      const { date, role } = parseDayAndRole(ctx, quoteEach(words.slice(nameLen)));
      return { name: words.slice(0, nameLen).join(" "), date, role };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // A precise error (closed day, unknown role) beats "unknown day"; among those, the last
      // (shortest) day text names the faulty word best.
      if (!best || best.key === "errors.unknownDay") best = e;
    }
  }
  throw best ?? new UserError("errors.usage", { usage: ctx.t("commands.signup.usage") });
}

/** Re-joins tokens so multi-word tokens (quoted names) survive a second tokenize. */
function quoteEach(words: string[]): string {
  return words.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(" ");
}
