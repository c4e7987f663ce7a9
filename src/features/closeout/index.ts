// /cloturer · /close: closing a service (covers, takings, what was left, the team that really
// cooked and its volunteer hours), the close-out reminder,
// the forecast of covers in the kitchen brief, and the pay-what-you-want price settings.
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { SETTINGS_ITEMS } from "../settings/index.ts";
import { ANNOUNCEMENT_NOTES, BRIEF_LINES, POLL_CLOSED } from "../sheet/index.ts";
import { closeoutCommands } from "./commands.ts";
import { closeoutCommandsEn, closeoutEn } from "./en.ts";
import { closeoutCommandsFr, closeoutFr } from "./fr.ts";
import { closeoutJobs, composeCloseout, forecastFor, keepForecastAtDeadline, runCloseoutJob } from "./jobs.ts";
import { forecastLines, freePriceLine } from "./render.ts";
import { closeoutSetting, closeoutSettingsLine } from "./settings.ts";
import { hoursSetting, hoursSettingsLine } from "./hours-settings.ts";
import { closeoutStore } from "./store.ts";
import { volunteerMinutes } from "./team-store.ts";
import { VOLUNTEER_MINUTES } from "../impact/index.ts";
import { closeoutPersonTables } from "./person.ts";
import { noShowForgetting } from "./forget.ts";

export type { CloseoutStore } from "./ports.ts";

export const closeout = {
  name: "closeout",
  commands: closeoutCommands,
  messages: { fr: { closeout: closeoutFr, commands: closeoutCommandsFr }, en: { closeout: closeoutEn, commands: closeoutCommandsEn } },
  store: closeoutStore,
  // No-shows older than a year are forgotten, once a day.
  start: (deps) => noShowForgetting(deps),
  jobs: {
    plan: (c, date) => closeoutJobs(c, date),
    owns: (kind) => kind === "closeout",
    run: (deps, c, _kind, date) => runCloseoutJob(deps, c, date),
  },
  deliveries: { closeout: (deps, c, _kind, subject, now) => composeCloseout(deps.store, c, subject, now) },
  offers: [
    offer(ANNOUNCEMENT_NOTES, (v, c) => freePriceLine(v, c)),
    // The forecast (an estimate) in the kitchen brief, kept on the service at the poll's deadline.
    offer(BRIEF_LINES, async (deps, c, date, v) => forecastLines(v, await forecastFor(deps.store, c, date))),
    offer(POLL_CLOSED, (deps, c, date) => keepForecastAtDeadline(deps.store, c, date)),
    // /impact's volunteer hours: the team that really cooked, each at its role's hours.
    offer(VOLUNTEER_MINUTES, volunteerMinutes),
    offer(SETTINGS_ITEMS, { line: closeoutSettingsLine, parse: closeoutSetting, howTo: (ctx) => ctx.t("closeout.settings.howTo") }),
    offer(SETTINGS_ITEMS, { line: hoursSettingsLine, parse: hoursSetting, howTo: (ctx) => ctx.t("closeout.hours.howTo") }),
  ],
  person: closeoutPersonTables,
} satisfies AppFeature;
