// /langue · /language: the language each person reads.
import type { AppFeature } from "../../shells.ts";
import { languageCommands } from "./commands.ts";
import { languageCommandsEn, languageEn } from "./en.ts";
import { languageCommandsFr, languageFr } from "./fr.ts";
import { languageStore } from "./store.ts";

export type { LanguageStore } from "./ports.ts";

export const language = {
  name: "language",
  commands: languageCommands,
  messages: { fr: { language: languageFr, commands: languageCommandsFr }, en: { language: languageEn, commands: languageCommandsEn } },
  store: languageStore,
} satisfies AppFeature;
