// /help and /aide: every command in the reader's language, or the details of one command — its
// subcommands and who may run them, from the command table itself — each written as the platform
// types it (on Slack, the commands reached only through /tablee as "/tablee reglages").
import type { BaseContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message, type MessageBuilder } from "../../kernel/model.ts";
import { tokenize } from "../../kernel/text.ts";
import { findSubcommand, subcommandName } from "../../kernel/commands/dispatch.ts";
import {
  asTyped,
  commandName,
  forManagers,
  whoList,
  type CommandSpec,
  type Rights,
  type SubcommandSpec,
} from "../../kernel/commands/registry.ts";

type AnySubcommand = SubcommandSpec<never>;

function visibleSubcommands(spec: CommandSpec): AnySubcommand[] {
  return ((spec.subcommands ?? []) as readonly AnySubcommand[]).filter((s) => !s.hidden);
}

/** The subcommands listed with a command in the help's section for `managers` (or everyone's). */
function subcommandsIn(spec: CommandSpec, managers: boolean): AnySubcommand[] {
  return visibleSubcommands(spec).filter((s) => forManagers({ who: s.who ?? spec.who }) === managers);
}

/**
 * A command's usage and description. A command with subcommands shows those of the section it
 * is listed in, from the table: "/dejeuner [rejoindre · quitter · …]"; one whose first word may
 * be its own argument, its usage then those: "/impact [période] [definitions]".
 */
function line(ctx: BaseContext, spec: CommandSpec, managers = forManagers(spec)): [string, string] {
  const other = ctx.locale === "fr" ? "en" : "fr";
  const entry = ctx.can.entryCommand;
  const own = commandName(spec, ctx.locale, entry);
  const subs = subcommandsIn(spec, managers).map((s) => subcommandName(s, ctx.locale));
  const listed = subs.length > 0 ? ` [${subs.join(" · ")}]` : "";
  const usage =
    spec.subcommands && !spec.freeFirstWord ? `${own} [${subs.join(" · ")}]` : `${ctx.t(`commands.${spec.key}.usage`)}${listed}`;
  const alt = commandName(spec, other, entry);
  return [usage, `${ctx.t(`commands.${spec.key}.description`)}${alt !== own ? ` (${alt})` : ""}`];
}

/** "managers", "managers and the day's head cook"…, for a right that not everyone holds; "" otherwise. */
function whoLabel(ctx: BaseContext, rights: Rights | undefined): string {
  const list = whoList(rights);
  return list.includes("anyone") ? "" : list.map((w) => ctx.t(`help.who.${w}`)).join(ctx.t("help.or"));
}

/** The rights of a subcommand as a suffix: " (managers)", " (to change it: managers)". */
function rightsNote(ctx: BaseContext, item: { who?: Rights; changes?: { who: Rights } }): string {
  const who = whoLabel(ctx, item.who);
  if (who !== "") return ` (${who})`;
  const changes = item.changes ? whoLabel(ctx, item.changes.who) : "";
  return changes !== "" ? ` (${ctx.t("help.changes", { who: changes })})` : "";
}

/** One subcommand's line: its usage, what it does, and who may run it. */
function subcommandItem(ctx: BaseContext, m: MessageBuilder, spec: CommandSpec, sub: AnySubcommand): void {
  const key = `commands.${spec.key}.subcommands.${sub.key}`;
  m.item({ bold: ctx.t(`${key}.usage`) }, ` — ${ctx.t(`${key}.description`)}${rightsNote(ctx, { ...sub, who: sub.who ?? spec.who })}`);
}

/** `/help lunch`, `/help lunch join`: one command (with its subcommands), or one subcommand. */
function details(ctx: BaseContext, spec: CommandSpec, words: string[]): HandlerResult {
  const sub = words[1] !== undefined ? findSubcommand(spec, words[1]) : undefined;
  if (sub && !sub.hidden) {
    const m = message();
    subcommandItem(ctx, m, spec, sub as AnySubcommand);
    return m.note(ctx.t(`commands.${spec.key}.examples`)).build();
  }
  const [usage, description] = line(ctx, spec);
  // A command's description says who may use it; its subcommands' lines say it from their rights.
  const m = message().text({ bold: usage }).text(description);
  const subs = visibleSubcommands(spec);
  if (subs.length > 0) m.text(ctx.t("help.subcommands"));
  for (const s of subs) subcommandItem(ctx, m, spec, s);
  return m.note(ctx.t(`commands.${spec.key}.examples`)).build();
}

/** /help · /aide: the commands of the table the kernel built (every feature's), or one command in detail. */
export const helpCommand: CommandSpec = {
  key: "help",
  names: { en: ["help", "start", "commands"], fr: ["aide", "commandes"] },
  params: [{ kind: "command" }],
  needsCanteen: false,
  async run(asked, args): Promise<HandlerResult> {
    // Every text of the help names commands as the platform types them ("/tablee reglages" on Slack).
    const specs = asked.commands.specs;
    const ctx = {
      ...asked,
      t: (key: string, params?: Record<string, unknown>) => asTyped(asked.t(key, params), specs, asked.can.entryCommand),
    };
    const visible = specs.filter((s) => !s.hidden);
    const words = tokenize(args.trim().replace(/^\//, ""));
    if (words.length > 0) {
      const spec = ctx.commands.find(words[0]!);
      if (!spec || spec.hidden) throw new UserError("errors.unknownCommand", { command: `/${words[0]}`, suggestion: "" });
      return details(ctx, spec, words);
    }
    const m = message().title(ctx.t("help.title"));
    if (!ctx.canteen) m.text(ctx.t("help.notLinked"));
    for (const spec of visible.filter((s) => !forManagers(s))) {
      const [usage, description] = line(ctx, spec);
      m.item({ bold: usage }, ` — ${description}`);
    }
    m.text({ bold: ctx.t("help.managers") });
    // Managers' commands, and the managers' subcommands of everyone's ("/dejeuner [installer · arreter]").
    for (const spec of visible.filter((s) => forManagers(s) || (s.subcommands && subcommandsIn(s, true).length > 0))) {
      const [usage, description] = line(ctx, spec, true);
      m.item({ bold: usage }, ` — ${description}`);
    }
    m.note(ctx.t("help.footer"));
    return m.buttons({ label: ctx.t("buttons.sheet"), command: "/slots" }).build();
  },
};
