// The Slack app manifest a company pastes to install Tablée: the /tablee entry point and every
// core command under its French and English names, the events and scopes the adapter uses.
// `npx tsx adapters/slack/manifest.ts > adapters/slack/manifest.json` rewrites the committed copy.
import { pathToFileURL } from "node:url";
import type { webApi } from "@slack/bolt";
import { createCore, type Core } from "../../src/kernel/core.ts";
import type { CoreDeps } from "../../src/kernel/context.ts";
import { commandMenu, subcommandWords, type MenuEntry } from "../../src/kernel/commands/platform-menu.ts";
import type { CommandTable } from "../../src/kernel/commands/registry.ts";
import type { Locale } from "../../src/kernel/ports.ts";
import { EVENTS_PATH } from "./adapter.ts";

/** A Slack app manifest (schema version 1). */
export type SlackManifest = webApi.AppsManifestCreateArguments["manifest"];

/** The single entry point: `/tablee cook tuesday` works even where no other command is set up. */
export const ENTRY_COMMAND = "/tablee";

/**
 * Bot scopes, each for something the adapter does: answer slash commands (commands), read
 * mentions (app_mentions:read) and its DMs (im:history), post and edit (chat:write) also in public
 * channels it was not invited to (chat:write.public), open DMs (im:write), read names and
 * languages (users:read), and find its own post whose answer was lost in a channel's recent
 * history (channels:history, groups:history; see adapters/slack/delivered.ts).
 */
export const BOT_SCOPES = [
  "app_mentions:read",
  "channels:history",
  "chat:write",
  "chat:write.public",
  "commands",
  "groups:history",
  "im:history",
  "im:write",
  "users:read",
] as const;

/** Events the adapter listens to (app_home_opened: the Home tab is published when a person opens it). */
export const BOT_EVENTS = ["app_home_opened", "app_mention", "message.im"] as const;

/**
 * Commands run once or rarely, reached in Slack through the entry command only
 * (`/tablee installer Belleville`, `/tablee reglages annonce 9h30`, `/tablee lier`): Slack takes
 * at most 50 slash commands per app and Tablée keeps 10 of them free for the commands to come, so
 * set-up, settings, networks, accounts and language go through `/tablee`; every command used day
 * to day keeps its French and English slash commands. Every name also works as text
 * (`@Tablée reglages`, a direct message) and on the other platforms.
 */
export const ENTRY_ONLY_KEYS: ReadonlySet<string> = new Set([
  "setup",
  "invite",
  "manager",
  "roles",
  "settings",
  "closure",
  "network",
  "link",
  "forget",
  "language",
]);

/** Slash commands Tablée may declare: Slack's 50, less 10 kept for the features to come. */
export const MAX_SLASH_COMMANDS = 40;

/** A command's hint: its subcommands ("[rejoindre | quitter | …]"), else its arguments ("[jour] [poste]"). */
function usageHint(entry: MenuEntry, locale: Locale): string {
  if (entry.subcommands.length > 0) return `[${subcommandWords(entry, locale, " | ")}] …`;
  return entry.params.map((p) => (p.required ? `<${p.name[locale]}>` : `[${p.name[locale]}]`)).join(" ");
}

/** The entry command's hint: help, a day-to-day example, then the commands reached only through it. */
function entryHint(menu: MenuEntry[]): string {
  const only = menu.filter((e) => ENTRY_ONLY_KEYS.has(e.key)).map((e) => e.name.fr);
  return ["aide | help | cuisiner mardi | cook tuesday", ...only].join(" | ") + " …";
}

/** The manifest for an app served at https://`host`/slack/events. */
export function slackManifest(table: CommandTable, host = "YOUR-HOST"): SlackManifest {
  const url = `https://${host}${EVENTS_PATH}`;
  const menu = commandMenu(table);
  const commands: NonNullable<NonNullable<SlackManifest["features"]>["slash_commands"]> = [
    {
      command: ENTRY_COMMAND,
      url,
      description: "Tablée : toutes les commandes (/tablee cuisiner mardi) · every command (/tablee cook tuesday)",
      usage_hint: entryHint(menu),
      should_escape: true,
    },
  ];
  const seen = new Set([ENTRY_COMMAND]);
  for (const entry of menu) {
    if (ENTRY_ONLY_KEYS.has(entry.key)) continue;
    for (const locale of ["fr", "en"] as const) {
      const command = `/${entry.name[locale]}`;
      if (seen.has(command)) continue;
      seen.add(command);
      const hint = usageHint(entry, locale);
      commands.push({ command, url, description: entry.description[locale], ...(hint ? { usage_hint: hint } : {}), should_escape: true });
    }
  }
  if (commands.length > MAX_SLASH_COMMANDS)
    throw new Error(`${commands.length} Slack slash commands, more than ${MAX_SLASH_COMMANDS}: add a rare one to ENTRY_ONLY_KEYS`);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: "Tablée",
      description: "Cantines participatives : créneaux de cuisine, menus, sondages · Community canteens: cook slots, menus, polls",
      background_color: "#2f5d3a",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: "tablee", always_online: true },
      slash_commands: commands,
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, request_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as the committed JSON file holds it. */
export function manifestJson(table: CommandTable, host?: string): string {
  return `${JSON.stringify(slackManifest(table, host), null, 2)}\n`;
}

// Run directly: print the manifest for the commands the core has today.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Only the command table (over src/app.ts's features) is read; the core's services are never called.
  const { FEATURES } = await import("../../src/app.ts");
  const core: Core = createCore({ defaults: { timezone: "Europe/Paris", locale: "fr" }, features: FEATURES } as unknown as CoreDeps);
  process.stdout.write(manifestJson(core.commands, process.argv[2]));
}
