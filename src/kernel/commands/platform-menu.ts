// The command list as platforms publish it (Telegram's command menu, Discord slash commands,
// Slack's app manifest), and the way back from typed options to the text form the core reads.
import type { Locale } from "../ports.ts";
import { LOCALES, translator } from "../i18n/index.ts";
import { forManagers, type CommandTable, type ParamKind, type ParamSpec } from "./registry.ts";

/** One argument as a platform menu shows it, in both languages. */
export interface MenuParam {
  kind: ParamKind;
  required: boolean;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

/** A subcommand as a platform menu shows it (`/lunch join`), in both languages. */
export interface MenuSubcommand {
  key: string;
  /** Canonical words (lower case, ASCII). */
  name: Record<Locale, string>;
  usage: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Not everyone may run it (see its command's `who`). */
  managerOnly: boolean;
  params: MenuParam[];
}

/** A command as a platform menu shows it, in both languages. */
export interface MenuEntry {
  key: string;
  /** Canonical names (no slash, lower case, ASCII). */
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  managerOnly: boolean;
  params: MenuParam[];
  /** Its visible subcommands, in the order the command declares them. */
  subcommands: MenuSubcommand[];
  /** Its first word may be its own argument rather than a subcommand (`/impact novembre`). */
  freeFirstWord: boolean;
}

function both(key: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, translator(l)(key)])) as Record<Locale, string>;
}

function menuParams(params: readonly ParamSpec[] | undefined): MenuParam[] {
  return (params ?? []).map((p) => ({
    kind: p.kind,
    required: Boolean(p.required),
    name: both(`params.${p.kind}.name`),
    description: both(`params.${p.kind}.description`),
  }));
}

/** Every visible command with its names, descriptions, typed parameters and subcommands, in both languages. */
export function commandMenu(table: CommandTable): MenuEntry[] {
  return table.specs
    .filter((s) => !s.hidden)
    .map((s) => ({
      key: s.key,
      name: { fr: s.names.fr[0] ?? s.names.en[0]!, en: s.names.en[0]! },
      description: both(`commands.${s.key}.description`),
      managerOnly: forManagers(s),
      params: menuParams(s.params),
      freeFirstWord: Boolean(s.freeFirstWord),
      subcommands: (s.subcommands ?? [])
        .filter((sub) => !sub.hidden)
        .map((sub) => ({
          key: sub.key,
          name: { fr: sub.names.fr[0] ?? sub.names.en[0]!, en: sub.names.en[0]! },
          usage: both(`commands.${s.key}.subcommands.${sub.key}.usage`),
          description: both(`commands.${s.key}.subcommands.${sub.key}.description`),
          managerOnly: forManagers({ who: sub.who ?? s.who }),
          params: menuParams(sub.params),
        })),
    }));
}

/** The label of the "subcommand" option platforms with typed options show (Discord). */
export function subcommandLabel(): { name: Record<Locale, string>; description: Record<Locale, string> } {
  return { name: both("params.subcommand.name"), description: both("params.subcommand.description") };
}

/** The subcommand words of a menu entry in one language ("rejoindre · quitter · pause"), or "". */
export function subcommandWords(entry: MenuEntry, locale: Locale, separator = " · "): string {
  return entry.subcommands.map((s) => s.name[locale]).join(separator);
}

/**
 * The text command for typed option values ({ day: "mardi", role: "plonge" } → "/cook mardi plonge";
 * a chosen subcommand first: "/lunch join Compta"),
 * quoting names with spaces so the core reads them as one argument — only when another value
 * follows: a name that ends the command ("/setup Cantine de Belleville") is read whole as it is.
 */
export function commandText(
  table: CommandTable,
  key: string,
  values: Partial<Record<ParamKind, string | number | undefined>>,
  subcommand?: string,
): string {
  const spec = table.specs.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown command ${key}`);
  const parts = [`/${spec.names.en[0]}`];
  // A subcommand chosen from a menu comes first, as a person types it ("/lunch join Compta").
  if (subcommand !== undefined && subcommand.trim() !== "") parts.push(subcommand.trim());
  const given = (spec.params ?? []).filter((p) => values[p.kind] !== undefined && String(values[p.kind]).trim() !== "");
  for (const [i, p] of given.entries()) {
    const v = values[p.kind];
    const followed = i < given.length - 1;
    const raw = String(v).trim();
    // Guests are written "+2" in the text form ("/eat tuesday +2").
    const text = p.kind === "guests" && /^\d+$/.test(raw) ? `+${raw}` : raw;
    parts.push(p.kind === "name" && followed && /\s/.test(text) && !/^".*"$/.test(text) ? `"${text.replace(/"/g, "")}"` : text);
  }
  return parts.join(" ");
}
