// /impact · /bilan [période]: a canteen's figures over a period. Everyone sees meals and survey
// figures; managers also money, open services by date and per-service detail.
import { DateTime } from "luxon";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { atLocal, dateRange, formatDate, localNow } from "../../kernel/days.ts";
import { fold, NETWORK_WORDS } from "../../kernel/text.ts";
import type { CommandSpec, SubcommandSpec } from "../../kernel/commands/registry.ts";
import { computeFigures } from "./figures.ts";
import { parsePeriod, periodInRange, type NamedPeriod } from "./period.ts";
import { renderDefinitions, renderFigures } from "./render.ts";
import { IMPACT_WAITING } from "./points.ts";

/** The last held service date: today once its lunch has started, else yesterday. */
export function lastHeldDay(ctx: Pick<CanteenContext, "now" | "canteen">): string {
  const now = localNow(ctx.now, ctx.canteen.timezone);
  const today = now.toISODate()!;
  return now >= atLocal(today, ctx.canteen.lunchTime, ctx.canteen.timezone)
    ? today
    : DateTime.fromISO(today).minus({ days: 1 }).toISODate()!;
}

/** "novembre 2026", "année 2026", "depuis le début". */
export function periodTitle(ctx: Pick<CanteenContext, "t" | "locale">, p: NamedPeriod): string {
  if (p.kind === "all") return ctx.t("impact.period.all");
  if (p.kind === "year") return ctx.t("impact.period.year", { year: p.from.slice(0, 4) });
  return DateTime.fromISO(p.from).setLocale(ctx.locale).toFormat("LLLL yyyy");
}

/** Reads the period argument, or answers with the periods it understands. */
export function requirePeriod(ctx: CanteenContext, text: string): NamedPeriod {
  const p = parsePeriod(text, localNow(ctx.now, ctx.canteen.timezone).toISODate()!);
  if (!p) throw new UserError("impact.badPeriod", { value: text.trim().slice(0, 40) });
  const range = dateRange(ctx.calendar, ctx.now);
  if (!periodInRange(p, range)) {
    throw new UserError("impact.outOfRange", {
      value: text.trim().slice(0, 40),
      from: formatDate(range.from, ctx.locale, ctx.now),
      to: formatDate(range.to, ctx.locale, ctx.now),
    });
  }
  return p;
}

/** `/impact [période]`: the canteen's figures; a scope's word without its feature is refused plainly. */
async function impact(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (NETWORK_WORDS.includes(fold(args.trim().split(/\s+/)[0] ?? ""))) throw new UserError("impact.noNetwork");
  const period = requirePeriod(ctx, args);
  const records = await ctx.store.impactRecords(ctx.canteen.id, period, lastHeldDay(ctx));
  const figures = computeFigures(records);
  const render = (lang: Pick<CanteenContext, "t" | "locale">, managers: boolean) =>
    renderFigures({ ...lang, now: ctx.now }, figures, {
      title: lang.t("impact.title", { canteen: ctx.canteen.name, period: periodTitle({ ...ctx, ...lang }, period) }),
      managers,
      detail: managers ? records.services : undefined,
      currency: records.currency,
      surveyWaiting: ctx.offered(IMPACT_WAITING).reduce((n, waiting) => n + waiting(ctx), 0),
    });
  if (ctx.member.role !== "manager") return render(ctx, false);
  // Money and per-service detail are the managers': the whole report is the asker's alone (in
  // their language), the group reads the figures everyone may see.
  const everyone = render(ctx, false);
  const shared = { ...everyone, lines: [...everyone.lines, { style: "note" as const, spans: [ctx.t("impact.moneyWithheld")] }] };
  return { replies: [render(ctx.event.chat.private ? ctx : ctx.me, true)], shared: [shared] };
}

/** `/impact definitions`: what each figure means. */
const definitions: SubcommandSpec<CanteenContext> = {
  key: "definitions",
  names: { en: ["definitions", "definition"], fr: ["definitions", "definition"] },
  run: async (ctx) => renderDefinitions(ctx),
};

/**
 * The /impact command. Its first word is a period unless it names a subcommand; other features
 * add subcommands such as "reseau" (the kernel's SUBCOMMANDS point). A manager's money and
 * per-service detail reach only them (audience "managers").
 */
export const impactCommands: CommandSpec[] = [
  {
    key: "impact",
    names: { en: ["impact", "figures"], fr: ["impact", "bilan", "chiffres"] },
    audience: "managers",
    params: [{ kind: "text" }],
    needsCanteen: true,
    freeFirstWord: true,
    run: impact,
    subcommands: [definitions],
  },
];
