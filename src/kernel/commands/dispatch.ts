// Running a command from the table: its rights, then its subcommand picked from the first word
// (`/lunch join Compta` → the "join" subcommand with "Compta"), with that subcommand's rights.
// An unknown subcommand word is answered with the valid ones and a "did you mean".
import { UserError, type BaseContext, type HandlerResult } from "../context.ts";
import type { Locale } from "../ports.ts";
import { closest, fold, tokenize } from "../text.ts";
import { checkDeclaredRights, type RightsInput } from "./rights.ts";
import { commandName, type CommandSpec, type SubcommandSpec } from "./registry.ts";

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
  const command = commandName(spec, ctx.locale);
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
 * Runs a command the way the kernel does. Without a subcommand word: checks the command's rights
 * and runs it. With one: checks that subcommand's rights (its own `who`, else the command's)
 * and runs it with the rest of the text; an unknown word is refused with the valid ones.
 */
export async function runCommand(spec: CommandSpec, ctx: BaseContext, args: string): Promise<HandlerResult> {
  const own = spec as RightsInput & { run(ctx: BaseContext, args: string): Promise<HandlerResult> };
  const first = spec.subcommands && spec.subcommands.length > 0 ? tokenize(args)[0] : undefined;
  if (first === undefined) {
    await checkDeclaredRights(ctx, own, args);
    return own.run(ctx, args);
  }
  const sub = findSubcommand(spec, first);
  if (!sub) throw unknownSubcommand(ctx, spec, first);
  const rest = args.trim().replace(/^\S+\s*/, "");
  // A subcommand without its own `who` has its command's.
  await checkDeclaredRights(ctx, { ...sub, who: sub.who ?? spec.who }, rest);
  return sub.run(ctx, rest);
}
