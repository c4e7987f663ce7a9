// /lunch · /dejeuner: internal-link lunch tables. Colleagues opt in (with their team), pause,
// leave, ask privately not to be paired with someone, confirm or drop out of their table; a
// manager sets the company's programme up in its group. Sub-commands in French and English.
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, localNow } from "../../kernel/days.ts";
import { confirmSeat, dropSeat, showTable } from "./seats.ts";
import { programSettings, report, setupProgram, stopProgram } from "./manage.ts";
import { parseDuration } from "./parse.ts";
import { colleaguesMet } from "./report.ts";
import { lunchStarted, peopleSpans, programLines, seated } from "./render.ts";
import { nextLunch } from "./schedule.ts";
import { programOf } from "./where.ts";
import { message, plainText, type Message } from "../../kernel/model.ts";
import { findMember } from "../../kernel/people.ts";
import { isNone, tokenize } from "../../kernel/text.ts";
import type { CommandSpec, SubcommandSpec } from "../../kernel/commands/registry.ts";
import { intlLocale } from "../../kernel/i18n/index.ts";

/** Longest team name. */
export const MAX_TEAM_LENGTH = 40;

const today = (ctx: CanteenContext) => localNow(ctx.now, ctx.canteen.timezone).toISODate()!;

async function status(ctx: CanteenContext): Promise<HandlerResult> {
  const program = await programOf(ctx);
  const me = (await ctx.store.lunchMembers(program.id)).find((x) => x.personId === ctx.member.personId);
  const m = message().title(ctx.t("lunch.program.title", { group: program.groupTitle ?? ctx.canteen.name }));
  programLines(ctx, program, m);
  if (!me)
    return m
      .text(ctx.t("lunch.status.out"))
      .buttons({ label: ctx.t("lunch.buttons.join"), command: "/lunch join", style: "primary" })
      .build();
  m.text(me.team ? ctx.t("lunch.status.inTeam", { team: me.team }) : ctx.t("lunch.status.in"));
  if (me.pausedUntil && me.pausedUntil >= today(ctx))
    m.text(ctx.t("lunch.status.paused", { date: formatDate(me.pausedUntil, ctx.locale, ctx.now) }));
  const rounds = await ctx.store.lunchRounds(program.id);
  for (const round of rounds.filter((r) => r.date >= today(ctx) && !lunchStarted(ctx, r.date))) {
    const table = round.tables.find((t) => seated(t).some((s) => s.personId === me.personId));
    if (!table) continue;
    const others = seated(table).filter((s) => s.personId !== me.personId);
    m.text(
      ctx.t("lunch.status.table", { date: formatDate(round.date, ctx.locale, ctx.now), number: table.number }),
      ...peopleSpans(program, others),
    );
    m.buttons(
      { label: ctx.t("lunch.buttons.confirm"), command: `/lunch confirm ${table.id}`, style: "primary" },
      { label: ctx.t("lunch.buttons.drop"), command: `/lunch drop ${table.id}`, style: "danger" },
    );
  }
  m.note(ctx.t("lunch.status.met", { count: colleaguesMet(rounds, me.personId, today(ctx)) }));
  // Who a person avoids is theirs alone: only listed in a private chat.
  if (ctx.event.chat.private) {
    const avoided = await ctx.store.lunchAvoidsOf(me.personId);
    if (avoided.length > 0) m.note(ctx.t("lunch.avoid.list", { names: avoided.map((a) => a.name).join(", ") }));
  }
  return m.build();
}

function teamOf(args: string): string | null | undefined {
  const team = tokenize(args).join(" ").replace(/\s+/g, " ").trim();
  if (team === "") return undefined;
  if (isNone(team)) return null;
  if (team.length > MAX_TEAM_LENGTH) throw new UserError("lunch.join.teamTooLong", { max: MAX_TEAM_LENGTH });
  return team;
}

async function join(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const program = await programOf(ctx);
  if (!program.active) throw new UserError("lunch.errors.stopped");
  const { member, joined } = await ctx.store.joinLunch(program.id, ctx.member.personId, teamOf(args));
  const team = member.team ? ctx.t("lunch.join.team", { team: member.team }) : "";
  const m = message().text(ctx.t(joined ? "lunch.join.joined" : "lunch.join.already", { name: member.name, team }));
  const next = nextLunch(program, ctx.canteen, ctx.now);
  if (next) {
    const closes = next.closes.setLocale(intlLocale(ctx.locale)).toFormat("cccc HH:mm");
    m.note(ctx.t("lunch.join.next", { date: formatDate(next.date, ctx.locale, ctx.now), closes }));
  }
  return m.build();
}

async function leave(ctx: CanteenContext): Promise<HandlerResult> {
  const program = await programOf(ctx);
  if (!(await ctx.store.leaveLunch(program.id, ctx.member.personId))) throw new UserError("lunch.errors.notMember");
  return message()
    .text(ctx.t("lunch.leave.done", { name: ctx.member.name }))
    .build();
}

async function pause(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const program = await programOf(ctx);
  if (args.trim() === "") throw new UserError("lunch.pause.usage");
  const days = parseDuration(args);
  if (days === undefined) throw new UserError("lunch.pause.badDuration", { value: args.trim() });
  const until = localNow(ctx.now, ctx.canteen.timezone).plus({ days }).toISODate()!;
  if (!(await ctx.store.pauseLunch(program.id, ctx.member.personId, until))) throw new UserError("lunch.errors.notMember");
  return message()
    .text(ctx.t("lunch.pause.done", { name: ctx.member.name, date: formatDate(until, ctx.locale, ctx.now) }))
    .build();
}

async function resume(ctx: CanteenContext): Promise<HandlerResult> {
  const program = await programOf(ctx);
  if (!(await ctx.store.pauseLunch(program.id, ctx.member.personId, null))) throw new UserError("lunch.errors.notMember");
  return message()
    .text(ctx.t("lunch.pause.resumed", { name: ctx.member.name }))
    .build();
}

/** "Don't pair me with …" (or, with `on` false, "you may again"). The answer never names anyone in public. */
async function avoid(ctx: CanteenContext, args: string, on: boolean): Promise<Message> {
  const name = args.trim();
  let text: string;
  if (name === "") {
    if (!on) throw new UserError("lunch.avoid.usage");
    const avoided = await ctx.store.lunchAvoidsOf(ctx.member.personId);
    text = avoided.length > 0 ? ctx.t("lunch.avoid.list", { names: avoided.map((a) => a.name).join(", ") }) : ctx.t("lunch.avoid.none");
  } else {
    const who = await findMember(ctx, name);
    if (!who || who.placeholder) throw new UserError("errors.unknownPerson", { name });
    if (who.personId === ctx.member.personId) throw new UserError("lunch.avoid.self");
    const changed = await ctx.store.setLunchAvoid(ctx.member.personId, who.personId, on);
    text = ctx.t(
      on ? (changed ? "lunch.avoid.saved" : "lunch.avoid.already") : changed ? "lunch.avoid.removed" : "lunch.avoid.notAvoided",
      { name: who.name },
    );
  }
  return message().text(text).build();
}

/**
 * Runs avoid privately: in a private chat as usual; in a group, only where the answer can be
 * shown to its author alone — then every answer, errors included, is that private toast.
 */
async function privately(ctx: CanteenContext, args: string, on: boolean): Promise<HandlerResult> {
  if (ctx.event.chat.private) return avoid(ctx, args, on);
  // Where the platform cannot show an answer to its author alone, nothing is recorded in a group.
  if (!ctx.can.ephemeral) throw new UserError("lunch.avoid.privateOnly");
  // The answer is the author's alone: in their language.
  const mine = { ...ctx, t: ctx.me.t, locale: ctx.me.locale };
  try {
    return { replies: [], toast: plainText(await avoid(mine, args, on)) };
  } catch (e) {
    if (e instanceof UserError) return { replies: [], toast: ctx.me.t(e.key, e.params) };
    throw e;
  }
}

/** The names of a subcommand, canonical first (the words of `/lunch <subcommand>`). */
const names = (en: string[], fr: string[]) => ({ en, fr });

/** `/lunch` alone shows the status; each subcommand is picked and rights-checked by the kernel. */
const lunchSubcommands: SubcommandSpec<CanteenContext>[] = [
  { key: "join", names: names(["join"], ["rejoindre", "inscription"]), params: [{ kind: "text" }], run: join },
  { key: "leave", names: names(["leave"], ["quitter"]), run: (ctx) => leave(ctx) },
  { key: "pause", names: names(["pause"], ["pause"]), params: [{ kind: "text", required: true }], run: pause },
  { key: "resume", names: names(["resume"], ["reprendre"]), run: (ctx) => resume(ctx) },
  { key: "avoid", names: names(["avoid"], ["eviter"]), params: [{ kind: "name" }], run: (ctx, rest) => privately(ctx, rest, true) },
  {
    key: "unavoid",
    names: names(["unavoid"], ["autoriser"]),
    params: [{ kind: "name", required: true }],
    run: (ctx, rest) => privately(ctx, rest, false),
  },
  { key: "confirm", names: names(["confirm"], ["confirmer"]), run: confirmSeat },
  { key: "drop", names: names(["drop", "dropout"], ["desister"]), run: dropSeat },
  { key: "report", names: names(["report", "stats"], ["bilan"]), run: (ctx) => report(ctx) },
  { key: "setup", names: names(["setup", "start"], ["installer", "lancer"]), who: "managers", run: (ctx) => setupProgram(ctx) },
  {
    key: "settings",
    names: names(["settings", "config"], ["reglages"]),
    params: [{ kind: "text" }],
    // Anyone reads the programme's settings; managers change them.
    changes: { who: "managers", when: (_ctx, rest) => rest.trim() !== "" },
    run: programSettings,
  },
  { key: "stop", names: names(["stop"], ["arreter"]), who: "managers", run: (ctx) => stopProgram(ctx) },
  // The table behind a button of the lunch announcement.
  { key: "table", names: names(["table"], ["table"]), hidden: true, run: showTable },
];

/** The lunch command, for the core's command table. */
export const lunchCommands: CommandSpec[] = [
  {
    key: "lunch",
    names: { en: ["lunch"], fr: ["dejeuner"] },
    params: [{ kind: "text" }],
    needsCanteen: true,
    run: (ctx) => status(ctx),
    subcommands: lunchSubcommands,
  },
];
