// The headcount poll: who eats today, with guests (/mange, /eat).
import type { AppFeature } from "../../shells.ts";
import { pollCommands } from "./commands.ts";

export const poll = { name: "poll", commands: pollCommands } satisfies AppFeature;
