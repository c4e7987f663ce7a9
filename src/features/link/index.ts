// /lier · /link: one person behind several chat accounts, confirmed from both.
import type { AppFeature } from "../../shells.ts";
import { linkCommands } from "./commands.ts";
import { linkCommandsEn, linkEn } from "./en.ts";
import { linkCommandsFr, linkFr } from "./fr.ts";
import { linkStore } from "./store.ts";
import { linkPersonTables } from "./person.ts";

export type { LinkStore } from "./ports.ts";

export const link = {
  name: "link",
  commands: linkCommands,
  messages: { fr: { link: linkFr, commands: linkCommandsFr }, en: { link: linkEn, commands: linkCommandsEn } },
  store: linkStore,
  person: linkPersonTables,
} satisfies AppFeature;
