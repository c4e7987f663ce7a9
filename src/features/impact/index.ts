// /impact · /bilan: a canteen's figures over a period (each with one written definition), the
// board's figures pages and the funder report.
import type { AppFeature } from "../../shells.ts";
import { impactEn, impactCommandsEn } from "./en.ts";
import { impactFr, impactCommandsFr } from "./fr.ts";
import { figuresEn } from "./board.en.ts";
import { figuresFr } from "./board.fr.ts";
import { impactCommands } from "./commands.ts";
import { impactStore } from "./store.ts";
import { figuresRoutes } from "./web/routes.ts";

export type { ImpactStore } from "./ports.ts";
export { IMPACT_WAITING, NOT_HELD, VOLUNTEER_MINUTES } from "./points.ts";
export { periodTitle, requirePeriod } from "./commands.ts";

export { colon, figureName, figureValue, renderFigures, type FigureView } from "./render.ts";
export {
  computeFigures,
  sumFigures,
  SURVEY_ANSWERS,
  SURVEY_QUESTIONS,
  type Figures,
  type CanteenRecords,
  type ServiceRecord,
  type SurveyCounts,
  type SurveyAnswer,
  type SurveyQuestion,
} from "./figures.ts";
export { type Period } from "./ports.ts";

export { type NamedPeriod } from "./period.ts";

export const impact = {
  name: "impact",
  commands: impactCommands,
  messages: {
    fr: { impact: impactFr, figures: figuresFr, commands: impactCommandsFr },
    en: { impact: impactEn, figures: figuresEn, commands: impactCommandsEn },
  },
  store: impactStore,
  board: ({ app, deps }) => figuresRoutes(app, deps),
} satisfies AppFeature;
