// /fermeture · /closure: the dates a canteen closes (a summer break) and the public holidays that
// close it unless a manager opens them (`feries` · `holidays` in /reglages). Other features ask at
// the kernel's CLOSED_DAYS point; sign-ups and figures ask inside their transactions.
import { CLOSED_DAYS } from "../../kernel/closed.ts";
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { NOT_HELD } from "../impact/index.ts";
import { SETTINGS_ITEMS } from "../settings/index.ts";
import { CLOSED_IN_TX } from "../sheet/index.ts";
import { closureCommands } from "./commands.ts";
import { closureCommandsEn, closureEn } from "./en.ts";
import { closureCommandsFr, closureFr } from "./fr.ts";
import { holidaysSaved, holidaysSetting, holidaysSettingsLine } from "./settings.ts";
import { closedBetween, closedPairs, closureStore } from "./store.ts";

export type { ClosureStore } from "./ports.ts";

export const closure = {
  name: "closure",
  commands: closureCommands,
  messages: { fr: { closure: closureFr, commands: closureCommandsFr }, en: { closure: closureEn, commands: closureCommandsEn } },
  store: closureStore,
  offers: [
    offer(CLOSED_DAYS, (deps, c, dates) => deps.store.closedDays(c.id, dates)),
    // A sign-up racing a closure: checked once the service is locked.
    offer(CLOSED_IN_TX, closedPairs),
    // A closed date is not a service held.
    offer(
      NOT_HELD,
      async (tx, canteenId, from, to) => new Set((await closedBetween(tx, [canteenId], from, to)).get(canteenId)?.keys() ?? []),
    ),
    offer(SETTINGS_ITEMS, { line: holidaysSettingsLine, parse: (key, value) => holidaysSetting(key, value), saved: holidaysSaved }),
  ],
} satisfies AppFeature;
