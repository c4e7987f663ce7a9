// /hygiene · /hygiene and /releve · /reading: the kitchen's records of the sanitary control plan
// (plan de maîtrise sanitaire), kept from the chat by the day's team — the equipment and its
// temperature readings, dishes' coolings, core and reheating temperatures, the corrective actions,
// the opening checks and the missing readings.
import type { AppFeature } from "../../shells.ts";
import { hygieneCommands } from "./commands.ts";
import { hygieneCommandsEn, hygieneEn } from "./en.ts";
import { hygieneCommandsFr, hygieneFr } from "./fr.ts";
import { hygieneDeliveries, hygieneJobs } from "./jobs.ts";
import { hygienePersonTables } from "./person.ts";
import { coolingSweep } from "./running.ts";
import { hygieneStore } from "./store.ts";

export type { HygieneStore } from "./ports.ts";

export const hygiene = {
  name: "hygiene",
  commands: hygieneCommands,
  messages: { fr: { hygiene: hygieneFr, commands: hygieneCommandsFr }, en: { hygiene: hygieneEn, commands: hygieneCommandsEn } },
  store: hygieneStore,
  jobs: hygieneJobs,
  deliveries: hygieneDeliveries,
  person: hygienePersonTables,
  // Coolings under way: their author asked for the end at 2 h, the managers told when unanswered.
  start: coolingSweep,
} satisfies AppFeature;
