// Menus and allergens (/menu), the services' records the poll and profiles share, and the
// kitchen brief's word on diets the menu does not cover.
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { BRIEF_LINES } from "../sheet/index.ts";
import { uncoveredDietLines } from "./brief.ts";
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
  // The kitchen brief names the diets of the people eating that the menu's tags do not cover.
  offers: [offer(BRIEF_LINES, uncoveredDietLines)],
} satisfies AppFeature;
