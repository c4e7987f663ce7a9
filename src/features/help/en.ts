// Messages of /help itself (the lists are every feature's `commands.<key>` help), English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { helpFr } from "./fr.ts";

/** The help's frame (title, sections, rights) and the help of /help, in English. */
export const helpEn: Mirror<typeof helpFr> = {
  help: {
    title: "🍲 Tablée — commands",
    notLinked: "This group isn't linked to a canteen yet: a manager types /setup <canteen name>.",
    managers: "For managers:",
    subcommands: "Subcommands:",
    who: {
      managers: "managers",
      headCookOrManagers: "managers and the day's head cook",
      teamOrManagers: "managers and the day's team",
      networkManagers: "a network's managers",
    },
    or: " or ",
    changes: "to change it: {{who}}",
    footer: "Days can be written tuesday, tue, tomorrow, next tuesday, 03/12 or 2026-03-12. Commands also work in French.",
  },
  commands: {
    help: {
      usage: "/help [command]",
      description: "this help",
      examples: "Examples: /help · /help cook",
    },
  },
};
