// /remplacer · /replace: asking the groups for someone to take one's place, and taking it.
import { canteenView } from "../../kernel/context.ts";
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { ALERT_NEEDS, LEFT_SERVICE } from "../sheet/index.ts";
import { replaceCommands, withdrawRequests } from "./commands.ts";
import { replaceCommandsEn, replaceEn } from "./en.ts";
import { replaceCommandsFr, replaceFr } from "./fr.ts";
import { alertLines, renderRequest } from "./render.ts";
import { replaceStore } from "./store.ts";
import { replacePersonTables } from "./person.ts";

export type { ReplaceStore } from "./ports.ts";

export const replace = {
  name: "replace",
  commands: replaceCommands,
  messages: { fr: { replace: replaceFr, commands: replaceCommandsFr }, en: { replace: replaceEn, commands: replaceCommandsEn } },
  store: replaceStore,
  deliveries: {
    async replacement(deps, c, _kind, { date, personId }, now) {
      if (personId === undefined) return null;
      const r = await deps.store.latestReplacement(c.id, date, personId);
      return r ? renderRequest(canteenView(c, now), r) : null;
    },
  },
  offers: [
    // The managers' alert names the replacement requests nobody took.
    offer(ALERT_NEEDS, async (deps, c, date, v) => {
      const asks = await deps.store.openReplacements(c.id, date);
      return { lines: alertLines(v, asks), notes: asks.map((r) => `replacement ${r.id}`) };
    }),
    // Leaving a service closes one's open call for a replacement: nobody can take a place that is gone.
    offer(LEFT_SERVICE, withdrawRequests),
  ],
  person: replacePersonTables,
} satisfies AppFeature;
