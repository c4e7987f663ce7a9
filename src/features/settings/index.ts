// /reglages · /settings: a canteen's days, times, covers, language and texts (other features add theirs).
import type { AppFeature } from "../../shells.ts";
import { settingsCommands } from "./commands.ts";
import { settingsEn } from "./en.ts";
import { settingsFr } from "./fr.ts";

export { SETTINGS_ITEMS, type SettingsItem } from "./points.ts";

export const settings = { name: "settings", commands: settingsCommands, messages: { fr: settingsFr, en: settingsEn } } satisfies AppFeature;
