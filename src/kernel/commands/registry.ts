// The command table: each command's names in both languages, who may run it, and its handler.
import type { EntryCommand } from "../adapter.ts";
import type { BaseContext, CanteenContext, HandlerResult } from "../context.ts";
import type { Locale } from "../ports.ts";
import { fold } from "../text.ts";

/** Kinds of argument a command takes, for platforms with typed options (Discord, Slack hints). */
export type ParamKind = "day" | "role" | "name" | "guests" | "text" | "week" | "command" | "language";

/** One argument of a command, in the order the text form expects it. */
export interface ParamSpec {
  kind: ParamKind;
  required?: boolean;
}

/**
 * Who may run a command or a subcommand: anyone; the canteen's managers; the managers and the
 * head cook of the service it is about; the managers and anyone on that service's team (signed up
 * on its sheet); the managers of a network. A list means any of them.
 * The kernel checks it before the handler and answers the translated refusal (./rights.ts).
 */
export type Who = "anyone" | "managers" | "headCookOrManagers" | "teamOrManagers" | "networkManagers";

/** A right a command or subcommand declares: one `Who`, or several of which any will do. */
export type Rights = Who | readonly Who[];

/** The `Who`s of a declared right, in order ("anyone" when none is declared). */
export function whoList(r: Rights | undefined): readonly Who[] {
  if (r === undefined) return ["anyone"];
  return typeof r === "string" ? [r] : r;
}

/** True when not everyone may run it: listed "for managers" in /help. */
export function forManagers(spec: { who?: Rights }): boolean {
  return !whoList(spec.who).includes("anyone");
}

/**
 * A stricter right for some uses of a command that anyone may read with: posting a menu rather
 * than reading it, changing settings, taking someone else off the sheet. `when` tells from the
 * arguments whether this use is one of them (it may throw the same usage errors as the handler).
 */
export interface ChangeRights<C> {
  who: Rights;
  when(ctx: C, args: string): boolean | Promise<boolean>;
}

/** One subcommand (`/lunch join`, `/reseau creer`): picked by the kernel from the first word. */
export interface SubcommandSpec<C extends BaseContext> {
  /** Stable id, also the i18n key under `commands.<command>.subcommands.` for its description. */
  key: string;
  /** Words people type, canonical first, matched accent- and case-insensitively. */
  names: { en: readonly string[]; fr: readonly string[] };
  /** Arguments after the subcommand word, in text order. */
  params?: readonly ParamSpec[];
  /** Who may run it (default: the command's `who`). */
  who?: Rights;
  /** A stricter right for the uses that change something. */
  changes?: ChangeRights<C>;
  /** Left out of help and suggestions (reached by buttons). */
  hidden?: boolean;
  /**
   * Who sees its answer in a group, when not its command's audience (`/network invite`'s code is
   * for its author alone, `/board logout`'s count for the group); the kernel routes by it (../audience.ts).
   */
  audience?: Audience;
  /** Runs with the arguments after the subcommand word. */
  run(ctx: C, args: string): Promise<HandlerResult>;
}

/**
 * Who sees a command's answer when it is asked in a group: everyone ("group", the default); only
 * its author ("person": an answer only they see, else a private message); or, for "managers",
 * the group sees what the handler marks as shared and its author alone the rest (money,
 * histories, other canteens' rows). The kernel routes it (src/kernel/audience.ts).
 */
export type Audience = "group" | "person" | "managers";

/** How the group is told about a private answer; a command may word it its own way (the board does). */
export interface PrivateLines {
  /** Catalogue key of "I answered you privately, {{name}}". */
  sent?: string;
  /** Catalogue key of "I can't write to you privately yet: open the chat with me first". */
  unreachable?: string;
  /** Deep-link payload of the button that opens the private chat and asks again ("board"). */
  start?: string;
}

/** One chat command. */
export type CommandSpec = {
  /** Stable id, also the i18n key under `commands.` for its usage and description. */
  key: string;
  /** Names people type, canonical first, without the slash; matched accent- and case-insensitively. */
  names: { en: readonly string[]; fr: readonly string[] };
  /** Who sees the answer in a group (default "group"). */
  audience?: Audience;
  /** The group's lines when the answer went privately (defaults: "audience.sent", "audience.writeFirst"). */
  privately?: PrivateLines;
  /** Hidden from /help (platform-specific or debugging commands). */
  hidden?: boolean;
  /** Its arguments are never logged (a survey press is an answer): logs keep the command word only. */
  secretArgs?: boolean;
  /** Arguments, in text order; labels live in the catalogues under `params.<kind>`. */
  params?: readonly ParamSpec[];
  /** Who may run it (default: anyone), and its subcommands without a `who`; checked by the kernel (./rights.ts). */
  who?: Rights;
  /**
   * True when a first word that names no subcommand is the command's own argument (`/impact
   * novembre`: a period), run by `run`; otherwise such a word is refused with the valid ones.
   */
  freeFirstWord?: boolean;
} & (
  | {
      needsCanteen: false;
      /** Runs the command; with subcommands, when no subcommand word is given. */
      run(ctx: BaseContext, args: string): Promise<HandlerResult>;
      /** Subcommands, picked from the first word by the kernel (./dispatch.ts). */
      subcommands?: readonly SubcommandSpec<BaseContext>[];
      changes?: ChangeRights<BaseContext>;
    }
  | {
      needsCanteen: true;
      run(ctx: CanteenContext, args: string): Promise<HandlerResult>;
      subcommands?: readonly SubcommandSpec<CanteenContext>[];
      /** A stricter right for the uses that change something (posting a menu, changing settings). */
      changes?: ChangeRights<CanteenContext>;
      /** The service a "headCookOrManagers" or "teamOrManagers" right is about, read from the arguments as `run` reads it. */
      dayOf?(ctx: CanteenContext, args: string): Promise<string>;
    }
);

/** Index of commands by every folded name. */
export class CommandTable {
  private readonly byName = new Map<string, CommandSpec>();
  readonly specs: CommandSpec[] = [];

  constructor(specs: CommandSpec[]) {
    for (const s of specs) this.add(s);
  }

  /** Adds a command (adapters such as the console add their own). */
  add(spec: CommandSpec): void {
    for (const n of [...spec.names.en, ...spec.names.fr]) {
      const f = fold(n);
      const prior = this.byName.get(f);
      if (prior && prior !== spec) throw new Error(`command name "${n}" used by ${prior.key} and ${spec.key}`);
      this.byName.set(f, spec);
    }
    const words = new Map<string, string>();
    for (const sub of spec.subcommands ?? []) {
      for (const n of [...sub.names.en, ...sub.names.fr]) {
        const prior = words.get(fold(n));
        if (prior !== undefined && prior !== sub.key) throw new Error(`/${spec.key} ${n}: used by ${prior} and ${sub.key}`);
        words.set(fold(n), sub.key);
      }
    }
    this.specs.push(spec);
  }

  /** The command a typed name means, if any. */
  find(name: string): CommandSpec | undefined {
    return this.byName.get(fold(name));
  }

  /** Every name, for "did you mean" suggestions. */
  allNames(): string[] {
    return [...this.byName.keys()];
  }
}

/**
 * The name to show people for a command in their language ("/cuisiner"), as they type it where
 * it is reached through an entry command ("/tablee reglages", see Capabilities.entryCommand).
 */
export function commandName(spec: Pick<CommandSpec, "names" | "key">, locale: Locale, entry?: EntryCommand): string {
  const name = spec.names[locale][0] ?? spec.names.en[0];
  return entry?.keys.has(spec.key) ? `${entry.name} ${name}` : `/${name}`;
}

/**
 * A text about commands written as they are typed on the platform: each "/reglages" (any name of
 * a command an entry command alone reaches, either language) becomes "/tablee reglages".
 */
export function asTyped(text: string, specs: readonly Pick<CommandSpec, "names" | "key">[], entry?: EntryCommand): string {
  if (!entry) return text;
  const names = specs.filter((s) => entry.keys.has(s.key)).flatMap((s) => [...s.names.fr, ...s.names.en]);
  if (names.length === 0) return text;
  // Longest first, so that "/reseau" is not read as a shorter name; a name is followed by no letter.
  const alternatives = names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(`(^|[\\s(«"“])/(${alternatives.join("|")})(?![\\p{L}\\p{N}_-])`, "gu"), `$1${entry.name} $2`);
}
