// /hygiene · /hygiene and /releve · /reading: the kitchen's records of the sanitary control plan
// (plan de maîtrise sanitaire), kept from the chat by the day's team — the equipment and its
// temperature readings, dishes' coolings, core and reheating temperatures, the corrective actions,
// the opening checks and the missing readings.
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { ALERT_NEEDS, BRIEF_LINES } from "../sheet/index.ts";
import { hygieneCommands } from "./commands.ts";
import { hygieneCommandsEn, hygieneEn } from "./en.ts";
import { hygieneCommandsFr, hygieneFr } from "./fr.ts";
import { hygieneDeliveries, hygieneJobs } from "./jobs.ts";
import { hygienePersonTables } from "./person.ts";
import { coolingSweep } from "./running.ts";
import { hygieneStore } from "./store.ts";
import { trainingAlertNeeds, trainingBriefLines } from "./training.ts";

export type { HygieneStore } from "./ports.ts";

export const hygiene = {
  name: "hygiene",
  commands: hygieneCommands,
  messages: { fr: { hygiene: hygieneFr, commands: hygieneCommandsFr }, en: { hygiene: hygieneEn, commands: hygieneCommandsEn } },
  store: hygieneStore,
  jobs: hygieneJobs,
  deliveries: hygieneDeliveries,
  person: hygienePersonTables,
  // Whether a trained person is on each service's team: in the kitchen brief, and the day before's alert when none is.
  offers: [offer(BRIEF_LINES, trainingBriefLines), offer(ALERT_NEEDS, trainingAlertNeeds)],
  // Coolings under way: their author asked for the end at 2 h, the managers told when unanswered.
  start: coolingSweep,
} satisfies AppFeature;
