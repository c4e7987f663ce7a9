// The canteen's public page (issue 22 §1): /p/<slug> for the guests who are in no chat group —
// where and when, closures, the week's menus with their allergens, the free price — and /page,
// which gives its link; "Je viens" · "I'm coming" there counts in the headcount and the brief. Its settings (`adresse`, `acces`, `page`) join /reglages at SETTINGS_ITEMS.
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { ANSWERS_CLEARED, MORE_ANSWERS } from "../menu/index.ts";
import { SETTINGS_ITEMS } from "../settings/index.ts";
import { BRIEF_LINES } from "../sheet/index.ts";
import { briefLines } from "./coming.ts";
import { publicCommands } from "./commands.ts";
import { publicCommandsEn, publicEn } from "./en.ts";
import { publicCommandsFr, publicFr } from "./fr.ts";
import { publicPageSetting, publicPageSettingsLine } from "./settings.ts";
import { clearPageAnswers, pageAnswers, publicStore } from "./store.ts";
import { publicBoardRoutes } from "./web/routes.ts";

export type { PublicStore } from "./ports.ts";

export const publicPage = {
  name: "public",
  commands: publicCommands,
  messages: { fr: { public: publicFr, commands: publicCommandsFr }, en: { public: publicEn, commands: publicCommandsEn } },
  store: publicStore,
  offers: [
    // "I'm coming" from the page counts in the service's headcount, and the brief says how many came from it.
    offer(MORE_ANSWERS, pageAnswers),
    // Closing a date clears them with the poll answers.
    offer(ANSWERS_CLEARED, clearPageAnswers),
    offer(BRIEF_LINES, briefLines),
    offer(SETTINGS_ITEMS, {
      line: publicPageSettingsLine,
      howTo: (ctx) => ctx.t("public.settings.howTo"),
      parse: (key, value) => publicPageSetting(key, value),
    }),
  ],
  board: ({ app, deps, sessions }) => publicBoardRoutes(app, deps, sessions),
} satisfies AppFeature;
