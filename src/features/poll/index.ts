// The headcount poll: who eats today, with guests (/mange, /eat).
import type { AppFeature } from "../../shells.ts";
import { pollCommands } from "./commands.ts";
import { pollEn } from "./en.ts";
import { pollFr } from "./fr.ts";

export const poll = { name: "poll", commands: pollCommands, messages: { fr: pollFr, en: pollEn } } satisfies AppFeature;
