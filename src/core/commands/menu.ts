// The command list as platforms publish it (Telegram's command menu, Discord slash commands,
// Slack's app manifest), and the way back from typed options to the text form the core reads.
import type { Locale } from "../ports.ts";
import { translator } from "../../i18n/index.ts";
import { forManagers, type CommandTable, type ParamKind } from "./registry.ts";

/** A command as a platform menu shows it, in both languages. */
export interface MenuEntry {
  key: string;
  /** Canonical names (no slash, lower case, ASCII). */
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  managerOnly: boolean;
  params: { kind: ParamKind; required: boolean; name: Record<Locale, string>; description: Record<Locale, string> }[];
}

const LOCALES: Locale[] = ["fr", "en"];

function both(key: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, translator(l)(key)])) as Record<Locale, string>;
}

/** Every visible command with its names, descriptions and typed parameters, in both languages. */
export function commandMenu(table: CommandTable): MenuEntry[] {
  return table.specs
    .filter((s) => !s.hidden)
    .map((s) => ({
      key: s.key,
      name: { fr: s.names.fr[0] ?? s.names.en[0]!, en: s.names.en[0]! },
      description: both(`commands.${s.key}.description`),
      managerOnly: forManagers(s),
      params: (s.params ?? []).map((p) => ({
        kind: p.kind,
        required: Boolean(p.required),
        name: both(`params.${p.kind}.name`),
        description: both(`params.${p.kind}.description`),
      })),
    }));
}

/**
 * The text command for typed option values ({ day: "mardi", role: "plonge" } → "/cook mardi plonge"),
 * quoting names with spaces so the core reads them as one argument — only when another value
 * follows: a name that ends the command ("/setup Cantine de Belleville") is read whole as it is.
 */
export function commandText(table: CommandTable, key: string, values: Partial<Record<ParamKind, string | number | undefined>>): string {
  const spec = table.specs.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown command ${key}`);
  const parts = [`/${spec.names.en[0]}`];
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
