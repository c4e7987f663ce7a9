// The cook-slot sign-up sheet (/cuisiner, /creneaux, /annuler) and the daily rhythm around it:
// the menu announcement, the kitchen brief, reminders, the managers' alert and the help call.
import type { Database } from "../../store/database.ts";
import type { AppFeature } from "../../shells.ts";
import { cookCommands } from "./commands.ts";
import { sheetEn } from "./en.ts";
import { sheetFr } from "./fr.ts";
import { sheetDeliveries, sheetJobs } from "./jobs.ts";
import { claimSeat, releaseSeat, setCapacities, sheet as sheetOf } from "./store.ts";
import { sheetPersonTables } from "./person.ts";
import { handOver, shiftsElsewhere } from "./fair-store.ts";
import type { SheetStore } from "./ports.ts";

export type { SheetStore } from "./ports.ts";

export { ALERT_NEEDS, ANNOUNCEMENT_NOTES, BRIEF_LINES, CLOSED_IN_TX, LEFT_SERVICE, POLL_CLOSED, SEAT_RELEASED } from "./points.ts";
export { countText, headcountOf } from "./announce.ts";
export { roleLabel } from "./render.ts";

export { dietList, allergenList, menuLines, pollClosed, type Headcount } from "./announce.ts";
export { capitalise } from "./render.ts";
export { worded, notifyPromoted, promotedSpans, signUp } from "./commands.ts";
export { clearSheet, lockedService } from "./store.ts";
export { passToFirstWaiting } from "./fair-store.ts";

export const sheet = {
  name: "sheet",
  commands: cookCommands,
  messages: { fr: sheetFr, en: sheetEn },
  jobs: sheetJobs,
  deliveries: sheetDeliveries,
  store: (database: Database, offered) => ({
    setCapacities: (canteenId: number, capacities: Record<string, number>, fromDate: string) =>
      setCapacities(database, canteenId, capacities, fromDate),
    claimSeat: (input: Parameters<typeof claimSeat>[1]) => claimSeat(database, input, offered),
    releaseSeat: (input: Parameters<typeof releaseSeat>[1]) => releaseSeat(database, input, offered),
    sheet: (canteenId: number, dates: string[]) => sheetOf(database, canteenId, dates),
    handOver: ((input) => handOver(database, input, offered)) satisfies SheetStore["handOver"],
    shiftsElsewhere: ((personId, date, canteenId) =>
      shiftsElsewhere(database, personId, date, canteenId)) satisfies SheetStore["shiftsElsewhere"],
  }),
  person: sheetPersonTables,
} satisfies AppFeature;
