// /help · /aide: every feature's commands, or one in detail.
import type { AppFeature } from "../../shells.ts";
import { helpCommand } from "./commands.ts";

export const help = { name: "help", commands: [helpCommand] } satisfies AppFeature;
