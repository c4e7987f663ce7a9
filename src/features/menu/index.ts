// Menus and allergens (/menu), and the services' records the poll and profiles share.
import type { AppFeature } from "../../shells.ts";
import { foodCommands } from "./commands.ts";
import { menuEn } from "./en.ts";
import { menuFr } from "./fr.ts";
import { serviceStore } from "./store.ts";

export { clearAnswers } from "./store.ts";
export { ANSWERS_CLEARED, MORE_ANSWERS } from "./points.ts";

export type { MenuStore } from "./ports.ts";
import { menuPersonTables } from "./person.ts";

export { nextService, splitDay, parseAllergenList } from "./commands.ts";

export const menu = {
  name: "menu",
  commands: foodCommands,
  messages: { fr: menuFr, en: menuEn },
  store: serviceStore,
  person: menuPersonTables,
} satisfies AppFeature;
