// /langue · /language: the language each person reads.
import type { AppFeature } from "../../shells.ts";
import { languageCommands } from "./commands.ts";
import { languageEn } from "./en.ts";
import { languageFr } from "./fr.ts";
import { languageStore } from "./store.ts";

export type { LanguageStore } from "./ports.ts";

export const language = {
  name: "language",
  commands: languageCommands,
  messages: { fr: { language: languageFr }, en: { language: languageEn } },
  store: languageStore,
} satisfies AppFeature;
