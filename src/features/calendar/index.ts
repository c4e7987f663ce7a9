// Calendars: each member's private iCal feeds (their shifts, the canteen's services) and the board's calendar page.
import type { AppFeature } from "../../shells.ts";
import { calendarCommands } from "./commands.ts";
import { calendarCommandsEn, calendarEn } from "./en.ts";
import { calendarCommandsFr, calendarFr } from "./fr.ts";
import { offer } from "../../kernel/feature.ts";
import { SEAT_RELEASED } from "../sheet/index.ts";
import { calendarStore, recordCancellation } from "./store.ts";
import { calendarBoardRoutes } from "./web/routes.ts";
import { calendarPersonTables } from "./person.ts";

export type { CalendarStore } from "./ports.ts";

export const calendar = {
  name: "calendar",
  commands: calendarCommands,
  messages: { fr: { calendar: calendarFr, commands: calendarCommandsFr }, en: { calendar: calendarEn, commands: calendarCommandsEn } },
  store: calendarStore,
  // A cancelled shift stays in the person's feed as cancelled, so their calendar app removes it.
  offers: [offer(SEAT_RELEASED, recordCancellation)],
  board: ({ app, deps, sessions }) => calendarBoardRoutes(app, deps, sessions),
  person: calendarPersonTables,
} satisfies AppFeature;
