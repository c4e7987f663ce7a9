// The welcome survey: three questions after lunch in every group, counted anonymously in batches
// (src/features/survey/pool.ts says how no answer can be tied to anyone).
import { canteenView } from "../../kernel/context.ts";
import { atLocal } from "../../kernel/days.ts";
import { offer } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { IMPACT_WAITING } from "../impact/index.ts";
import { renderSurvey, surveyCommands } from "./commands.ts";
import { surveyCommandsEn, surveyEn } from "./en.ts";
import { surveyCommandsFr, surveyFr } from "./fr.ts";
import { postSurvey, surveyJob } from "./jobs.ts";
import { poolOf, SURVEY_FEATURE, SurveyPool } from "./pool.ts";
import { surveyStore } from "./store.ts";
import { surveyPersonTables } from "./person.ts";

export type { SurveyStore } from "./ports.ts";

export const survey = {
  name: SURVEY_FEATURE,
  commands: surveyCommands,
  messages: { fr: { survey: surveyFr, commands: surveyCommandsFr }, en: { survey: surveyEn, commands: surveyCommandsEn } },
  store: surveyStore,
  // Answers wait in memory until a batch can be counted; the pool is swept and, at stop, written.
  start: (deps) => new SurveyPool(deps.store, deps.log, deps.random),
  jobs: {
    plan: (c, date) => {
      const job = surveyJob(c, date, atLocal(date, "23:59", c.timezone).toJSDate());
      return job ? [job] : [];
    },
    owns: (kind) => kind === "survey",
    run: (deps, c, _kind, date) => postSurvey(deps, c, date),
  },
  deliveries: { survey: async (_deps, c, _kind, { date }, now) => renderSurvey(canteenView(c, now), date) },
  // /impact says how many answers still wait for their batch.
  offers: [offer(IMPACT_WAITING, (ctx) => poolOf(ctx).waitingFor(ctx.canteen.id))],
  person: surveyPersonTables,
} satisfies AppFeature;
