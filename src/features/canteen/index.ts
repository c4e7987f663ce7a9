// Setting a canteen up: linking groups (/setup, /invite), naming managers, signing others up, role capacities.
import type { AppFeature } from "../../shells.ts";
import { adminCommands } from "./commands.ts";
import { canteenEn } from "./en.ts";
import { canteenFr } from "./fr.ts";

export const canteen = { name: "canteen", commands: adminCommands, messages: { fr: canteenFr, en: canteenEn } } satisfies AppFeature;
