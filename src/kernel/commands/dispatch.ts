// Running a command from the table: its rights, then its subcommand picked from the first word
// (`/lunch join Compta` → the "join" subcommand with "Compta"), with that subcommand's rights and
// audience. An unknown subcommand word is answered with the valid ones and a "did you mean".
import { UserError, type Answer, type BaseContext, type HandlerResult } from "../context.ts";
import { translator } from "../i18n/index.ts";
import type { Locale } from "../ports.ts";
import { closest, fold, tokenize } from "../text.ts";
import { checkDeclaredRights, type RightsInput } from "./rights.ts";
import { commandName, type Audience, type CommandSpec, type SubcommandSpec } from "./registry.ts";

type AnySubcommand = SubcommandSpec<BaseContext>;

/** Every word a subcommand answers to, folded, in both languages. */
function wordsOf(sub: Pick<AnySubcommand, "names">): string[] {
  return [...sub.names.en, ...sub.names.fr].map(fold);
}

/** The subcommand of `spec` a typed word names, if any. */
export function findSubcommand(spec: CommandSpec, word: string): AnySubcommand | undefined {
  const f = fold(word);
  return (spec.subcommands as readonly AnySubcommand[] | undefined)?.find((s) => wordsOf(s).includes(f));
}

/** The name to show people for a subcommand in their language ("rejoindre"). */
export function subcommandName(sub: Pick<AnySubcommand, "names">, locale: Locale): string {
  return sub.names[locale][0] ?? sub.names.en[0]!;
}

/** The refusal of an unknown subcommand word: the valid ones, and the nearest one if close. */
function unknownSubcommand(ctx: BaseContext, spec: CommandSpec, word: string): UserError {
  const visible = (spec.subcommands as readonly AnySubcommand[]).filter((s) => !s.hidden);
  const command = commandName(spec, ctx.locale, ctx.can.entryCommand);
  // Suggestions come from the names shown (each language's first), not from every alias.
  const byName = new Map(
    visible.flatMap((s) => [s.names.fr[0], s.names.en[0]].filter((n) => n !== undefined).map((n) => [fold(n), s] as const)),
  );
  const near = closest(fold(word), [...byName.keys()]);
  const suggestion = near ? ctx.t("errors.didYouMean", { command: `${command} ${subcommandName(byName.get(near)!, ctx.locale)}` }) : "";
  const valid = visible.map((s) => subcommandName(s, ctx.locale)).join(", ");
  return new UserError("errors.unknownSubcommand", { word, command, suggestion, valid });
}

/**
 * The context a subcommand runs in, speaking the language of whoever reads its answer when its
 * audience is not its command's: its author's for "person", the group's for "group".
 */
function contextFor<C extends BaseContext>(ctx: C, audience: Audience | undefined, commandAudience: Audience): C {
  if (audience === undefined || audience === commandAudience || ctx.event.chat.private) return ctx;
  if (audience === "person") return { ...ctx, t: ctx.me.t, locale: ctx.me.locale };
  if (audience !== "group") return ctx;
  // In a group the chat speaks its canteen's language (the default one before it has a canteen).
  const locale = ctx.canteen?.locale ?? ctx.defaults.locale;
  return locale === ctx.locale ? ctx : { ...ctx, t: translator(locale), locale };
}

/** A subcommand's answer carrying the audience it declares, for the kernel to route it (../audience.ts). */
function withAudience(result: HandlerResult, audience: Audience | undefined): HandlerResult {
  if (audience === undefined) return result;
  const answer: Answer = "lines" in result ? { replies: [result] } : result;
  return { ...answer, audience: answer.audience ?? audience };
}

/**
 * Runs a command the way the kernel does. Without a subcommand word: checks the command's rights
 * and runs it. With one: checks that subcommand's rights (its own `who`, else the command's)
 * and runs it with the rest of the text, its answer routed by its own audience when it declares
 * one; an unknown word is refused with the valid ones, unless the command reads it itself
 * (`freeFirstWord`).
 */
export async function runCommand(spec: CommandSpec, ctx: BaseContext, args: string): Promise<HandlerResult> {
  const own = spec as RightsInput & { run(ctx: BaseContext, args: string): Promise<HandlerResult> };
  const first = spec.subcommands && spec.subcommands.length > 0 ? tokenize(args)[0] : undefined;
  const sub = first === undefined ? undefined : findSubcommand(spec, first);
  if (!sub) {
    if (first !== undefined && !spec.freeFirstWord) throw unknownSubcommand(ctx, spec, first);
    await checkDeclaredRights(ctx, own, args);
    return own.run(ctx, args);
  }
  const rest = args.trim().replace(/^\S+\s*/, "");
  // A subcommand without its own `who` has its command's; a right about a service reads its day
  // with the command's `dayOf`, from the subcommand's arguments.
  await checkDeclaredRights(ctx, { ...sub, who: sub.who ?? spec.who, dayOf: own.dayOf }, rest);
  const result = await sub.run(contextFor(ctx, sub.audience, spec.audience ?? "group"), rest);
  return withAudience(result, sub.audience);
}
