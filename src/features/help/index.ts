// /help · /aide: every feature's commands, or one in detail.
import type { AppFeature } from "../../shells.ts";
import { helpCommand } from "./commands.ts";
import { helpEn } from "./en.ts";
import { helpFr } from "./fr.ts";

export const help = { name: "help", commands: [helpCommand], messages: { fr: helpFr, en: helpEn } } satisfies AppFeature;
