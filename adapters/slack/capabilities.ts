// What Slack can do, as the kernel reads it (kept apart from adapter.ts so the kernel's tests
// and the app read it without loading @slack/bolt), and the commands reached only through /tablee.
import type { Capabilities } from "../../src/kernel/adapter.ts";

/** The single entry point: `/tablee cook tuesday` works even where no other command is set up. */
export const ENTRY_COMMAND = "/tablee";

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
  "page",
  // /tablee releve 3,5: the day's readings keep /hygiene as their own slash command.
  "reading",
]);

/**
 * Slack shows ephemeral messages in any channel and lets a bot open a direct message; the
 * commands of ENTRY_ONLY_KEYS are typed through /tablee (the manifest declares no other).
 */
export const SLACK_CAPABILITIES: Capabilities = {
  ephemeral: true,
  firstPrivateMessage: true,
  edit: true,
  linkButtons: true,
  privateChatButton: false,
  entryCommand: { name: ENTRY_COMMAND, keys: ENTRY_ONLY_KEYS },
};
