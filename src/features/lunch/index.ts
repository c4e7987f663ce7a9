// Internal-link lunch tables (/dejeuner · /lunch): a company's programme, rounds matched at their
// closing time, tables announced, seats and costs.
import type { AppFeature } from "../../shells.ts";
import { lunchCommands } from "./commands.ts";
import { lunchCommandEn, lunchEn } from "./en.ts";
import { lunchCommandFr, lunchFr } from "./fr.ts";
import type { LunchSchedule } from "./ports.ts";
import { formLunchRounds } from "./rounds.ts";
import { isLunchJob, lunchJobs } from "./schedule.ts";
import { lunchStore } from "./store.ts";
import { lunchPersonTables } from "./person.ts";

export type { LunchStore } from "./ports.ts";

export const lunch = {
  name: "lunch",
  commands: lunchCommands,
  messages: { fr: { lunch: lunchFr, commands: { lunch: lunchCommandFr } }, en: { lunch: lunchEn, commands: { lunch: lunchCommandEn } } },
  store: lunchStore,
  jobs: {
    // The programmes' schedules, read once per planning pass: their rounds close at their own times.
    prepare: (deps): Promise<LunchSchedule[]> => deps.store.lunchSchedules(),
    plan: (c, date, schedules: LunchSchedule[] | undefined) => lunchJobs(c, date, schedules ?? []),
    owns: isLunchJob,
    run: (deps, c, kind, date, now) => (isLunchJob(kind) ? formLunchRounds(deps, c, kind, date, now) : Promise.resolve("not a lunch job")),
  },
  person: lunchPersonTables,
} satisfies AppFeature;
