// The command table: each command's names in both languages, who may run it, and its handler.
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
 * Who sees a command's answer when it is asked in a group: everyone ("group", the default); only
 * its author ("person": an answer only they see, else a private message); or, for "managers",
 * the group sees what the handler marks as shared and its author alone the rest (money,
 * histories, other canteens' rows). The kernel routes it (src/core/audience.ts).
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
  /** Shown under "for managers" in /help, and refused to volunteers. */
  managerOnly?: boolean;
  /** Who sees the answer in a group (default "group"). */
  audience?: Audience;
  /** The group's lines when the answer went privately (defaults: "audience.sent", "audience.writeFirst"). */
  privately?: PrivateLines;
  /** Hidden from /help (platform-specific or debugging commands). */
  hidden?: boolean;
  /** Arguments, in text order; labels live in the catalogues under `params.<kind>`. */
  params?: readonly ParamSpec[];
} & (
  | { needsCanteen: false; run(ctx: BaseContext, args: string): Promise<HandlerResult> }
  | { needsCanteen: true; run(ctx: CanteenContext, args: string): Promise<HandlerResult> }
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

/** The name to show people for a command in their language ("/cuisiner"). */
export function commandName(spec: Pick<CommandSpec, "names">, locale: Locale): string {
  return `/${spec.names[locale][0] ?? spec.names.en[0]}`;
}
