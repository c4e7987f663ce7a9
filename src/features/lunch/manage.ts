// A company's side of the lunches: a manager sets the programme up in the company's group,
// tunes it (weekday, table size, close time, rounds without repeats) or stops it; anyone reads
// its settings and its report.
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, localNow } from "../../kernel/days.ts";
import { message } from "../../kernel/model.ts";
import { parseLunchSettings } from "./parse.ts";
import type { LunchSettings } from "./ports.ts";
import { lunchReport } from "./report.ts";
import { programLines } from "./render.ts";
import { programOf } from "./where.ts";

/** Defaults of a new programme: Thursdays (or the canteen's first open day), tables of 4, closing at 17:00 the day before, 4 rounds without repeats. */
export function defaultSettings(openDays: number[]): LunchSettings {
  return { weekday: openDays.includes(4) ? 4 : (openDays[0] ?? 4), tableSize: 4, closeTime: "17:00", avoidRounds: 4 };
}

/** `/lunch setup` (managers): starts (or restarts) the programme of this group. */
export async function setupProgram(ctx: CanteenContext): Promise<HandlerResult> {
  if (ctx.event.chat.private || !ctx.group) throw new UserError("lunch.errors.setupInPrivate");
  const { program, created } = await ctx.store.setupLunchProgram(ctx.canteen.id, ctx.group.id, defaultSettings(ctx.canteen.openDays));
  const m = message().title(ctx.t(created ? "lunch.program.created" : "lunch.program.restarted"));
  programLines(ctx, program, m);
  return m
    .item(ctx.t("lunch.program.tipJoin"))
    .item(ctx.t("lunch.program.tipSettings"))
    .buttons({ label: ctx.t("lunch.buttons.join"), command: "/lunch join", style: "primary" })
    .build();
}

/** `/lunch settings [key value …]`: shows the programme; with settings (managers), changes it. */
export async function programSettings(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  let program = await programOf(ctx);
  let prefix: string | undefined;
  if (args.trim() !== "") {
    program = await ctx.store.updateLunchProgram(program.id, parseLunchSettings(args, ctx.canteen.openDays, ctx.locale));
    prefix = ctx.t("lunch.settings.saved");
  }
  const m = message();
  if (prefix) m.text(prefix);
  m.title(ctx.t("lunch.program.title", { group: program.groupTitle ?? ctx.canteen.name }));
  return programLines(ctx, program, m).note(ctx.t("lunch.settings.howTo")).build();
}

/** `/lunch stop` (managers): no more rounds until a manager sets the programme up again. */
export async function stopProgram(ctx: CanteenContext): Promise<HandlerResult> {
  const program = await programOf(ctx);
  await ctx.store.updateLunchProgram(program.id, { active: false });
  return message().text(ctx.t("lunch.program.stoppedNow")).build();
}

/** `/lunch report`: rounds held, people met, share of cross-team pairs. */
export async function report(ctx: CanteenContext): Promise<HandlerResult> {
  const program = await programOf(ctx);
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const rounds = await ctx.store.lunchRounds(program.id);
  const r = lunchReport(rounds, today);
  const members = await ctx.store.lunchMembers(program.id);
  const paused = members.filter((m) => m.pausedUntil !== null && m.pausedUntil >= today).length;
  const m = message().title(ctx.t("lunch.report.title", { group: program.groupTitle ?? ctx.canteen.name }));
  m.item(ctx.t("lunch.report.rounds", { count: r.held, skipped: r.skipped }));
  m.item(ctx.t("lunch.report.people", { count: r.people, tables: r.tables }));
  m.item(ctx.t("lunch.report.met", { count: r.pairs }));
  m.item(
    r.knownPairs > 0
      ? ctx.t("lunch.report.crossTeam", {
          share: Math.round((100 * r.crossTeamPairs) / r.knownPairs),
          cross: r.crossTeamPairs,
          known: r.knownPairs,
        })
      : ctx.t("lunch.report.noTeams"),
  );
  m.item(ctx.t("lunch.report.members", { count: members.length, paused }));
  const upcoming = rounds.find((x) => x.date > today && x.status === "formed");
  if (upcoming)
    m.note(
      ctx.t("lunch.report.upcoming", {
        date: formatDate(upcoming.date, ctx.locale, ctx.now),
        people: upcoming.participants,
        count: upcoming.tables.length,
      }),
    );
  return m.build();
}
