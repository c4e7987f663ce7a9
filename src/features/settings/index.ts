// /reglages · /settings: a canteen's days, times, covers, language and texts (other features add theirs).
import type { AppFeature } from "../../shells.ts";
import { settingsCommands } from "./commands.ts";

export { SETTINGS_ITEMS, type SettingsItem } from "./points.ts";

export const settings = { name: "settings", commands: settingsCommands } satisfies AppFeature;
