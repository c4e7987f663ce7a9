// The Slack app manifest a company pastes to install Tablée (adapters/slack/manifest.json).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createHarness } from "../helpers/harness.ts";
import {
  BOT_SCOPES,
  ENTRY_COMMAND,
  ENTRY_ONLY_KEYS,
  MAX_SLASH_COMMANDS,
  slackManifest,
  type SlackManifest,
} from "../../adapters/slack/manifest.ts";
import { slashCommandText } from "../../adapters/slack/inbound.ts";
import { commandMenu } from "../../src/kernel/commands/platform-menu.ts";

const committed = JSON.parse(readFileSync(new URL("../../adapters/slack/manifest.json", import.meta.url), "utf8")) as SlackManifest;
const commands = committed.features?.slash_commands ?? [];

describe("the Slack app manifest", () => {
  it("lists /tablee and every day-to-day core command under its French and English names (regenerate with `npx tsx adapters/slack/manifest.ts > adapters/slack/manifest.json`)", async () => {
    const world = await createHarness();
    try {
      const listed = new Set(commands.map((c) => c.command));
      expect(listed).toContain(ENTRY_COMMAND);
      for (const entry of commandMenu(world.core.commands)) {
        if (ENTRY_ONLY_KEYS.has(entry.key)) {
          // Rare commands are reached as /tablee <command>, to leave room within Slack's 50.
          expect(listed).not.toContain(`/${entry.name.fr}`);
          expect(listed).not.toContain(`/${entry.name.en}`);
          continue;
        }
        expect(listed, `/${entry.name.fr}`).toContain(`/${entry.name.fr}`);
        expect(listed, `/${entry.name.en}`).toContain(`/${entry.name.en}`);
      }
    } finally {
      await world.close();
    }
  });

  it("uses at most 40 of Slack's 50 slash commands, leaving room for the commands to come", () => {
    expect(MAX_SLASH_COMMANDS).toBe(40);
    expect(commands.length).toBeLessThanOrEqual(40);
  });

  it("reaches every command of the table on Slack under each of its names, as its own slash command or as /tablee <name>", async () => {
    const world = await createHarness();
    try {
      const table = world.core.commands;
      const listed = new Set(commands.map((c) => c.command));
      for (const spec of table.specs) {
        for (const name of [...spec.names.fr, ...spec.names.en]) {
          const own = listed.has(`/${name}`);
          const text = slashCommandText(
            own ? { command: `/${name}`, text: "mardi" } : { command: ENTRY_COMMAND, text: `${name} mardi` },
            table,
          );
          const typed = /^\/(\S+) mardi$/.exec(text)?.[1] ?? "";
          expect(table.find(typed)?.key, `/${name} on Slack`).toBe(spec.key);
        }
      }
    } finally {
      await world.close();
    }
  });

  it("hints each command's subcommands, and the commands reached through /tablee", () => {
    const hint = (name: string) => commands.find((c) => c.command === name)?.usage_hint ?? "";
    expect(hint("/dejeuner")).toMatch(/^\[rejoindre \| quitter \| pause .*\| arreter\] …$/);
    expect(hint("/lunch")).toMatch(/^\[join \| leave \| pause .*\| stop\] …$/);
    expect(hint(ENTRY_COMMAND)).toContain("| reglages |");
    expect(hint(ENTRY_COMMAND)).toContain("| reseau");
    for (const c of commands) expect((c.usage_hint ?? "").length, c.command).toBeLessThanOrEqual(200);
  });

  it("stays within Slack's limits: commands of at most 32 characters, each described", () => {
    expect(new Set(commands.map((c) => c.command)).size).toBe(commands.length);
    for (const c of commands) {
      expect(c.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description).not.toMatch(/^commands\./); // a translation, not a missing catalogue key
      expect(c.description.length).toBeLessThanOrEqual(2000);
      expect(c.should_escape).toBe(true); // mentions arrive as <@U…|name>, resolvable
    }
    expect(committed.features?.bot_user?.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(committed.display_information.name.length).toBeLessThanOrEqual(35);
    expect((committed.display_information.description ?? "").length).toBeLessThanOrEqual(140);
  });

  it("sends commands, events and button presses to the one signed route, /slack/events", () => {
    const urls = [
      ...commands.map((c) => c.url),
      committed.settings?.event_subscriptions?.request_url,
      committed.settings?.interactivity?.request_url,
    ];
    for (const url of urls) expect(url).toBe("https://YOUR-HOST/slack/events");
    expect(committed.settings?.interactivity?.is_enabled).toBe(true);
    expect(committed.settings?.event_subscriptions?.bot_events).toEqual(["app_home_opened", "app_mention", "message.im"]);
    expect(committed.settings?.socket_mode_enabled).toBe(false);
  });

  it("enables the Home tab the adapter publishes on app_home_opened", () => {
    expect(committed.features?.app_home?.home_tab_enabled).toBe(true);
    expect(committed.features?.app_home?.messages_tab_enabled).toBe(true);
  });

  it("asks for exactly the bot scopes the adapter uses", () => {
    expect(committed.oauth_config?.scopes?.bot).toEqual([...BOT_SCOPES]);
    expect(BOT_SCOPES).toEqual(
      expect.arrayContaining([
        "chat:write",
        "commands",
        "app_mentions:read",
        "im:history",
        "im:write",
        "users:read",
        "channels:history",
        "groups:history",
      ]),
    );
  });

  it("can be generated for a company's own host", async () => {
    const world = await createHarness();
    try {
      const m = slackManifest(world.core.commands, "tablee.example.org");
      expect(m.settings?.event_subscriptions?.request_url).toBe("https://tablee.example.org/slack/events");
      expect(slackManifest(world.core.commands)).toEqual(committed); // the committed file is up to date
    } finally {
      await world.close();
    }
  });
});

describe("the help on Slack", () => {
  it("writes the commands reached only through /tablee as /tablee <command>, the others as their own slash command", async () => {
    const world = await createHarness("2026-11-23T08:00:00Z");
    try {
      const SLACK = { chat: "slack:C1" };
      await world.say("Mona", "/installer Cantine de Belleville", SLACK);
      const help = await world.say("Mona", "/aide", SLACK);
      expect(help).toContain("• /tablee reglages");
      expect(help).toContain("(/tablee settings)");
      expect(help).toContain("• /tablee reseau [creer · inviter · rejoindre · quitter · liste] — réseau de cantines");
      expect(help).toContain("• /cuisiner <jour> [poste]");
      expect(help).toContain("ou /tablee installer CODE reçu par /tablee inviter");
      expect(help).not.toMatch(/(^|\s)\/reglages\b/);
      const network = await world.say("Mona", "/aide reseau", SLACK);
      expect(network).toContain("• /tablee reseau inviter — un code à usage unique");
      expect(network).toContain("/tablee reseau rejoindre K7Q2M9XA");
      expect(await world.say("Mona", "/reseau craer Us", SLACK)).toContain("Tu voulais dire /tablee reseau creer ?");
      // A mistyped command name is suggested as Slack reaches it too.
      expect(await world.say("Mona", "/reglage", SLACK)).toContain("/tablee reglages");
      // Where every command is its own, the same help names them as themselves.
      expect(await world.say("Mona", "/aide", { chat: "console:group" })).toContain("• /reglages");
    } finally {
      await world.close();
    }
  });
});
