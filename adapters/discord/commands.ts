// Slash commands: every core command published with English names, French localisations,
// typed options and its subcommands as choices, registered at start only when Discord's copy differs; and the way back from a
// slash command's name and option values to the text command the core reads.
import { ApplicationCommandOptionType, ApplicationCommandType, Routes, type REST } from "discord.js";
import { commandMenu, commandText, subcommandLabel, type MenuEntry } from "../../src/kernel/commands/platform-menu.ts";
import type { CommandTable, ParamKind } from "../../src/kernel/commands/registry.ts";
import type { Logger } from "../../src/kernel/ports.ts";

/** One option of a slash command, as Discord's API takes it. */
export interface OptionBody {
  type: ApplicationCommandOptionType.String | ApplicationCommandOptionType.Integer;
  name: string;
  description: string;
  name_localizations: { fr: string };
  description_localizations: { fr: string };
  required: boolean;
  min_value?: number;
  max_value?: number;
  /** The only values allowed (a command's subcommands), each shown in both languages. */
  choices?: { name: string; name_localizations: { fr: string }; value: string }[];
}

/** One slash command, as Discord's API takes it. */
export interface CommandBody {
  type: ApplicationCommandType.ChatInput;
  name: string;
  description: string;
  name_localizations: { fr: string };
  description_localizations: { fr: string };
  options: OptionBody[];
  /** Usable in servers (0) and in the bot's DMs (1). */
  contexts: number[];
}

/** Most guests one person may bring (the `guests` option's bounds). */
export const MAX_GUESTS = 20;

/** Discord's rule for command and option names: 1–32 lower-case letters, digits, - or _. */
function slashName(name: string): string {
  const clean = name
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^-_\p{L}\p{N}]/gu, "")
    .slice(0, 32);
  if (clean === "") throw new Error(`cannot make a Discord command name from "${name}"`);
  return clean;
}

function description(text: string): string {
  const t = text.trim() || "—";
  return t.length <= 100 ? t : `${t.slice(0, 99)}…`;
}

function optionBody(p: MenuEntry["params"][number]): OptionBody {
  const integer = p.kind === "guests";
  return {
    type: integer ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.String,
    name: slashName(p.name.en),
    description: description(p.description.en),
    name_localizations: { fr: slashName(p.name.fr) },
    description_localizations: { fr: description(p.description.fr) },
    required: p.required,
    ...(integer ? { min_value: 0, max_value: MAX_GUESTS } : {}),
  };
}

/** The option a command's subcommands are chosen with ("/lunch subcommand:join text:Compta"). */
export const SUBCOMMAND_OPTION = "subcommand";

/** Discord takes at most 25 choices per option. */
const MAX_CHOICES = 25;

/**
 * The subcommands of a command as one optional option with a choice per subcommand (the text
 * option takes the rest): Discord's own subcommands would make the command alone, such as
 * `/lunch` for one's status, impossible to send.
 */
function subcommandOption(e: MenuEntry): OptionBody[] {
  if (e.subcommands.length === 0) return [];
  const label = subcommandLabel();
  return [
    {
      type: ApplicationCommandOptionType.String,
      name: SUBCOMMAND_OPTION,
      description: description(label.description.en),
      name_localizations: { fr: slashName(label.name.fr) },
      description_localizations: { fr: description(label.description.fr) },
      required: false,
      choices: e.subcommands
        .slice(0, MAX_CHOICES)
        .map((s) => ({ name: s.name.en, name_localizations: { fr: s.name.fr }, value: s.name.en })),
    },
  ];
}

/** The slash commands for a command table: English canonical names, French localised. */
export function desiredCommands(table: CommandTable): CommandBody[] {
  return commandMenu(table).map((e) => ({
    type: ApplicationCommandType.ChatInput,
    name: slashName(e.name.en),
    description: description(e.description.en),
    name_localizations: { fr: slashName(e.name.fr) },
    description_localizations: { fr: description(e.description.fr) },
    // Discord wants required options first; the core's order is kept otherwise.
    options: [
      ...e.params.filter((p) => p.required).map(optionBody),
      ...subcommandOption(e),
      ...e.params.filter((p) => !p.required).map(optionBody),
    ],
    contexts: [0, 1],
  }));
}

type Loose = Record<string, unknown>;

/** The fields we set, in a stable form, from our body or from what Discord returns. */
function comparable(c: Loose): unknown {
  const options = ((c.options as Loose[] | undefined) ?? []).map((o) => ({
    type: o.type,
    name: o.name,
    description: o.description,
    name_localizations: o.name_localizations ?? {},
    description_localizations: o.description_localizations ?? {},
    required: Boolean(o.required),
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    choices: ((o.choices as Loose[] | undefined) ?? []).map((c) => ({
      name: c.name,
      name_localizations: c.name_localizations ?? {},
      value: c.value,
    })),
  }));
  return {
    type: c.type ?? ApplicationCommandType.ChatInput,
    name: c.name,
    description: c.description,
    name_localizations: c.name_localizations ?? {},
    description_localizations: c.description_localizations ?? {},
    options,
    contexts: [...((c.contexts as number[] | null | undefined) ?? [])].sort(),
  };
}

/** True when Discord already has exactly these commands. */
export function sameCommands(existing: Loose[], desired: CommandBody[]): boolean {
  const key = (list: Loose[]) =>
    JSON.stringify(list.map(comparable).sort((a, b) => String((a as Loose).name).localeCompare(String((b as Loose).name))));
  return key(existing) === key(desired as unknown as Loose[]);
}

/**
 * Registers the commands on one server (instant) or globally, with one bulk overwrite, and only
 * when they changed: restarts do not churn Discord's command cache. Returns whether it wrote.
 */
export async function syncCommands(
  rest: REST,
  opts: { applicationId: string; guildId?: string; table: CommandTable; log: Logger },
): Promise<boolean> {
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const desired = desiredCommands(opts.table);
  const existing = (await rest.get(route, { query: new URLSearchParams({ with_localizations: "true" }) })) as Loose[];
  const scope = opts.guildId ? { guild: opts.guildId } : { scope: "global" };
  if (sameCommands(existing, desired)) {
    opts.log.info({ ...scope, commands: desired.length }, "Discord slash commands unchanged");
    return false;
  }
  await rest.put(route, { body: desired });
  opts.log.info({ ...scope, commands: desired.length }, "Discord slash commands registered");
  return true;
}

/** Maps a slash command and its option values back to the text command the core reads. */
export class SlashCommands {
  private readonly byName = new Map<string, MenuEntry>();

  constructor(private readonly table: CommandTable) {
    for (const e of commandMenu(table)) this.byName.set(slashName(e.name.en), e);
  }

  /** "/cook mardi plonge" for `cook` with { day: "mardi", role: "plonge" }; undefined if unknown. */
  textOf(name: string, options: readonly { name: string; value?: unknown }[]): string | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const values: Partial<Record<ParamKind, string | number>> = {};
    let subcommand: string | undefined;
    for (const o of options) {
      if (o.name === SUBCOMMAND_OPTION && typeof o.value === "string") subcommand = o.value;
      const param = entry.params.find((p) => slashName(p.name.en) === o.name);
      if (param && (typeof o.value === "string" || typeof o.value === "number")) values[param.kind] = o.value;
    }
    return commandText(this.table, entry.key, values, subcommand);
  }
}
