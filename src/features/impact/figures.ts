// The figures layer of /impact: plain per-service records in, figures out. Pure and shared: the
// canteen report, the network report (a network = the sum of its canteens) and the funder report
// all compute from here, so a figure means the same thing everywhere. Unknown is never zero.
import type { FigureId } from "./definitions.ts";

export { FIGURE_DEFINITIONS, FIGURE_IDS, type FigureId } from "./definitions.ts";

/** The survey's questions, in the order they are asked. */
export const SURVEY_QUESTIONS = ["welcome", "confidence", "first"] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** Each question's answers, in the order they are shown. */
export const SURVEY_ANSWERS = {
  welcome: ["yes", "rather-yes", "rather-no", "no"],
  confidence: ["yes", "rather-yes", "rather-no", "no"],
  first: ["yes", "no"],
} as const satisfies Record<SurveyQuestion, readonly string[]>;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[SurveyQuestion][number];

/** Counts of answers per question and answer (missing = 0 answers). Never who answered. */
export type SurveyCounts = { [Q in SurveyQuestion]?: { [A in (typeof SURVEY_ANSWERS)[Q][number]]?: number } };

/** A percentage is shown only from this many answers to its question. */
export const MIN_SURVEY_ANSWERS = 5;

/** The means of payment takings may be recorded in (the close-out's split). */
export const PAYMENT_MEANS = ["cash", "card", "cheque"] as const;
export type PaymentMeans = (typeof PAYMENT_MEANS)[number];

/** The figure of the takings paid by one means. */
export const MEANS_FIGURE = { cash: "takings-cash", card: "takings-card", cheque: "takings-cheque" } as const satisfies Record<
  PaymentMeans,
  FigureId
>;

/** One held service of a canteen in the period, as recorded. */
export interface ServiceRecord {
  /** Local ISO date "2026-11-03". */
  date: string;
  /** Closed = its covers were recorded (`/cloturer … couverts N`). */
  closed: boolean;
  /** Meals actually served; null while unknown. */
  covers: number | null;
  /** Free-price contributions collected, in cents of the canteen's currency; null: not recorded. */
  takings: number | null;
  /** The takings per means of payment, in cents, when recorded apart (a null means is unknown). */
  split?: Record<PaymentMeans, number | null> | null;
  /** Ingredients bought for the service, in cents; null: not recorded. */
  spent: number | null;
  /** Covers the kitchen brief forecast (an estimate); null when none was given. */
  forecast: number | null;
  /** Covers the headcount poll counted at its deadline; null when not kept. */
  pollCovers: number | null;
  /** Minutes the team that really cooked gave (each role's hours); null or absent: unknown (not closed). */
  volunteerMinutes?: number | null;
  /** Food waste weighed at close-out, in grams; null or absent: not weighed (never zero). */
  waste?: number | null;
  /** The welcome survey's answer counts for this service. */
  survey: SurveyCounts;
}

/** Everything about one canteen over a period that the figures are computed from. */
export interface CanteenRecords {
  canteenId: number;
  canteenName: string;
  /** ISO 4217 code of the money amounts ("EUR"). */
  currency: string;
  /** Cost of one meal in cents (ingredients, running costs); null when not set. */
  ingredientCost: number | null;
  runningCost: number | null;
  /** Value of one volunteer hour in cents (`valorisation`); null or absent: not set. */
  hourValue?: number | null;
  /** Held services of the period (dated on or before today), any order. */
  services: ServiceRecord[];
  /** Distinct people who cooked in the period, and those among them cooking here for the first time. */
  volunteers: number;
  newVolunteers: number;
  /** People Tablée knows whose first service at this canteen (ate, cooked or sat at a lunch table) falls in the period. */
  newcomers: number;
  /** Lunch-table figures; null when the canteen has no lunch programme. */
  lunch: { rounds: number; tables: number; seats: number } | null;
}

/** The additive sums every figure is derived from; a network's totals are the sum of its canteens'. */
export interface Totals {
  /** One currency, or null when the summed canteens use different ones (money is then unknown). */
  currency: string | null;
  held: number;
  closed: number;
  /** Dates of held services not closed yet (per canteen name when summed). */
  openDates: string[];
  covers: number;
  takingsServices: number;
  takings: number;
  /** Per means of payment: closed services where it was recorded, and its sum in cents. */
  means: Record<PaymentMeans, { services: number; amount: number }>;
  spentServices: number;
  spent: number;
  /** Over closed services with both covers and takings: takings and covers. */
  contribTakings: number;
  contribCovers: number;
  /** Over closed services with takings when the cost of a meal is set: takings, and covers × cost. */
  costTakings: number;
  costBase: number;
  costServices: number;
  /** Over closed services with both takings and spent: how many, their takings and spent. */
  ingredientServices: number;
  ingredientTakings: number;
  ingredientSpent: number;
  /** Over closed services that had a forecast: sum of |forecast − covers|. */
  forecastServices: number;
  forecastAbsError: number;
  /** Over closed services whose volunteer hours are known: how many, and their minutes. */
  hoursServices: number;
  volunteerMinutes: number;
  /** Over those, when an hour's value is set: how many, and the value in cents (hours × value). */
  valuedServices: number;
  volunteerValue: number;
  /** Over closed services whose waste was weighed: how many, and its grams. */
  wasteServices: number;
  waste: number;
  /** Over closed services with both waste and covers: their grams and covers. */
  wastePerCoverGrams: number;
  wastePerCoverCovers: number;
  survey: Required<{ [Q in SurveyQuestion]: Record<string, number> }>;
  volunteers: number;
  newVolunteers: number;
  newcomers: number;
  lunch: { rounds: number; tables: number; seats: number } | null;
}

/** A figure: a value, or unknown with the reason. `basis` is what it rests on (services or answers). */
export type Figure =
  | { known: true; value: number; basis: number }
  | {
      known: false;
      why:
        | "no-closed-service"
        | "not-recorded"
        | "no-cost-set"
        | "no-hour-value"
        | "mixed-currencies"
        | "too-few-answers"
        | "no-forecast"
        | "no-programme";
      basis: number;
    };

/** The figures of a period, for a canteen or a network. */
export interface Figures {
  currency: string | null;
  services: { held: number; closed: number; open: number; openDates: string[] };
  figures: Record<FigureId, Figure>;
  /** Answers per question, shown next to the percentages. */
  answers: Record<SurveyQuestion, number>;
  totals: Totals;
}

const zeroMeans = (): Totals["means"] => ({
  cash: { services: 0, amount: 0 },
  card: { services: 0, amount: 0 },
  cheque: { services: 0, amount: 0 },
});

const ZERO_SURVEY = (): Totals["survey"] => ({ welcome: {}, confidence: {}, first: {} });

/** Sums the records of one canteen into totals. */
export function totalsOf(records: CanteenRecords): Totals {
  const costPerMeal = records.ingredientCost !== null && records.runningCost !== null ? records.ingredientCost + records.runningCost : null;
  const t: Totals = {
    currency: records.currency,
    held: 0,
    closed: 0,
    openDates: [],
    covers: 0,
    takingsServices: 0,
    takings: 0,
    means: zeroMeans(),
    spentServices: 0,
    spent: 0,
    contribTakings: 0,
    contribCovers: 0,
    costTakings: 0,
    costBase: 0,
    costServices: 0,
    ingredientServices: 0,
    ingredientTakings: 0,
    ingredientSpent: 0,
    forecastServices: 0,
    forecastAbsError: 0,
    hoursServices: 0,
    volunteerMinutes: 0,
    wasteServices: 0,
    waste: 0,
    wastePerCoverGrams: 0,
    wastePerCoverCovers: 0,
    valuedServices: 0,
    volunteerValue: 0,
    survey: ZERO_SURVEY(),
    volunteers: records.volunteers,
    newVolunteers: records.newVolunteers,
    newcomers: records.newcomers,
    lunch: records.lunch ? { ...records.lunch } : null,
  };
  for (const s of [...records.services].sort((a, b) => a.date.localeCompare(b.date))) {
    t.held++;
    addSurvey(t.survey, s.survey);
    if (!s.closed || s.covers === null) {
      t.openDates.push(s.date);
      continue;
    }
    t.closed++;
    t.covers += s.covers;
    if (s.takings !== null) {
      t.takingsServices++;
      t.takings += s.takings;
      t.contribTakings += s.takings;
      t.contribCovers += s.covers;
      if (costPerMeal !== null) {
        t.costServices++;
        t.costTakings += s.takings;
        t.costBase += s.covers * costPerMeal;
      }
    }
    for (const m of PAYMENT_MEANS) {
      const amount = s.split?.[m];
      if (amount === null || amount === undefined) continue;
      t.means[m].services++;
      t.means[m].amount += amount;
    }
    if (s.spent !== null) {
      t.spentServices++;
      t.spent += s.spent;
      if (s.takings !== null) {
        t.ingredientServices++;
        t.ingredientTakings += s.takings;
        t.ingredientSpent += s.spent;
      }
    }
    if (s.forecast !== null) {
      t.forecastServices++;
      t.forecastAbsError += Math.abs(s.forecast - s.covers);
    }
    if (s.closed && s.waste !== null && s.waste !== undefined) {
      t.wasteServices++;
      t.waste += s.waste;
      if (s.covers !== null && s.covers > 0) {
        t.wastePerCoverGrams += s.waste;
        t.wastePerCoverCovers += s.covers;
      }
    }
    if (s.volunteerMinutes !== null && s.volunteerMinutes !== undefined) {
      t.hoursServices++;
      t.volunteerMinutes += s.volunteerMinutes;
      if (records.hourValue !== null && records.hourValue !== undefined) {
        t.valuedServices++;
        t.volunteerValue += (s.volunteerMinutes / 60) * records.hourValue;
      }
    }
  }
  return t;
}

function addSurvey(into: Totals["survey"], counts: SurveyCounts | Totals["survey"]): void {
  for (const q of SURVEY_QUESTIONS) {
    const from = (counts as Record<string, Record<string, number | undefined> | undefined>)[q] ?? {};
    for (const [a, n] of Object.entries(from)) if (n) into[q][a] = (into[q][a] ?? 0) + n;
  }
}

/** Sums several canteens' totals (a network): counts add up, survey counts add up per answer. */
export function sumTotals(parts: readonly Totals[], names: readonly string[] = []): Totals {
  const currencies = new Set(parts.map((p) => p.currency));
  const out = totalsOf({
    canteenId: 0,
    canteenName: "",
    currency: "",
    ingredientCost: null,
    runningCost: null,
    services: [],
    volunteers: 0,
    newVolunteers: 0,
    newcomers: 0,
    lunch: null,
  });
  out.currency = currencies.size === 1 ? [...currencies][0]! : null;
  parts.forEach((p, i) => {
    const prefix = names[i] ? `${names[i]} ` : "";
    const keys = [
      "held",
      "closed",
      "covers",
      "takingsServices",
      "takings",
      "spentServices",
      "spent",
      "contribTakings",
      "contribCovers",
      "costTakings",
      "costBase",
      "costServices",
      "ingredientServices",
      "ingredientTakings",
      "ingredientSpent",
      "forecastServices",
      "forecastAbsError",
      "hoursServices",
      "volunteerMinutes",
      "wasteServices",
      "waste",
      "wastePerCoverGrams",
      "wastePerCoverCovers",
      "valuedServices",
      "volunteerValue",
      "volunteers",
      "newVolunteers",
      "newcomers",
    ] as const;
    for (const k of keys) out[k] += p[k];
    for (const m of PAYMENT_MEANS) {
      out.means[m].services += p.means[m].services;
      out.means[m].amount += p.means[m].amount;
    }
    out.openDates.push(...p.openDates.map((d) => prefix + d));
    addSurvey(out.survey, p.survey);
    if (p.lunch) {
      out.lunch ??= { rounds: 0, tables: 0, seats: 0 };
      out.lunch.rounds += p.lunch.rounds;
      out.lunch.tables += p.lunch.tables;
      out.lunch.seats += p.lunch.seats;
    }
  });
  return out;
}

const known = (value: number, basis: number): Figure => ({ known: true, value, basis });
const unknown = (why: Extract<Figure, { known: false }>["why"], basis = 0): Figure => ({ known: false, why, basis });

/** Sum of answers to a question. */
export function answersTo(t: Totals, q: SurveyQuestion): number {
  return Object.values(t.survey[q]).reduce((a, b) => a + b, 0);
}

/**
 * The per-answer counts of one question that may be shown (report, CSV): null below
 * MIN_SURVEY_ANSWERS answers in all, so a count never singles out a person's answer.
 */
export function shownAnswers(counts: Record<string, number> | undefined): Record<string, number> | null {
  const n = Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
  return n < MIN_SURVEY_ANSWERS ? null : (counts ?? {});
}

/** Share of "yes" + "rather yes" (0..1), unknown below MIN_SURVEY_ANSWERS answers. */
function positiveShare(t: Totals, q: "welcome" | "confidence"): Figure {
  const n = answersTo(t, q);
  if (n < MIN_SURVEY_ANSWERS) return unknown("too-few-answers", n);
  return known(((t.survey[q]["yes"] ?? 0) + (t.survey[q]["rather-yes"] ?? 0)) / n, n);
}

/** Derives every figure from totals. Ratios are plain fractions (0.97), money in cents. */
export function figuresFromTotals(t: Totals): Figures {
  const money = (fig: () => Figure): Figure => (t.currency === null ? unknown("mixed-currencies") : fig());
  const closedOr = (fig: () => Figure): Figure => (t.closed === 0 ? unknown("no-closed-service") : fig());
  const figures: Record<FigureId, Figure> = {
    "services-held": known(t.held, t.held),
    "services-closed": known(t.closed, t.held),
    "meals-served": closedOr(() => known(t.covers, t.closed)),
    "meals-per-service": closedOr(() => known(t.covers / t.closed, t.closed)),
    "forecast-error": closedOr(() =>
      t.forecastServices === 0 ? unknown("no-forecast") : known(t.forecastAbsError / t.forecastServices, t.forecastServices),
    ),
    takings: money(() => closedOr(() => (t.takingsServices === 0 ? unknown("not-recorded") : known(t.takings, t.takingsServices)))),
    ...meansFigures(t, money, closedOr),
    "average-contribution": money(() =>
      closedOr(() =>
        t.contribCovers === 0 ? unknown("not-recorded", t.takingsServices) : known(t.contribTakings / t.contribCovers, t.takingsServices),
      ),
    ),
    "costs-covered": money(() =>
      closedOr(() =>
        t.costServices === 0
          ? t.takingsServices === 0
            ? unknown("not-recorded")
            : unknown("no-cost-set")
          : t.costBase === 0
            ? unknown("not-recorded")
            : known(t.costTakings / t.costBase, t.costServices),
      ),
    ),
    "ingredients-covered": money(() =>
      closedOr(() =>
        t.ingredientSpent === 0 ? unknown("not-recorded") : known(t.ingredientTakings / t.ingredientSpent, t.ingredientServices),
      ),
    ),
    volunteers: known(t.volunteers, t.held),
    waste: closedOr(() => (t.wasteServices === 0 ? unknown("not-recorded") : known(t.waste, t.wasteServices))),
    "waste-per-cover": closedOr(() =>
      t.wastePerCoverCovers === 0
        ? unknown("not-recorded", t.wasteServices)
        : known(t.wastePerCoverGrams / t.wastePerCoverCovers, t.wasteServices),
    ),
    "volunteer-hours": closedOr(() => (t.hoursServices === 0 ? unknown("not-recorded") : known(t.volunteerMinutes / 60, t.hoursServices))),
    "volunteer-value": money(() =>
      closedOr(() =>
        t.valuedServices > 0
          ? known(t.volunteerValue, t.valuedServices)
          : t.hoursServices === 0
            ? unknown("not-recorded")
            : unknown("no-hour-value", t.hoursServices),
      ),
    ),
    "new-volunteers": known(t.newVolunteers, t.held),
    newcomers: known(t.newcomers, t.held),
    // A count of "yes", shown only from MIN_SURVEY_ANSWERS answers, like every survey figure.
    "newcomers-survey":
      answersTo(t, "first") < MIN_SURVEY_ANSWERS
        ? unknown("too-few-answers", answersTo(t, "first"))
        : known(t.survey.first["yes"] ?? 0, answersTo(t, "first")),
    welcome: positiveShare(t, "welcome"),
    confidence: positiveShare(t, "confidence"),
    "lunch-rounds": t.lunch ? known(t.lunch.rounds, t.lunch.rounds) : unknown("no-programme"),
    "lunch-seats": t.lunch ? known(t.lunch.seats, t.lunch.rounds) : unknown("no-programme"),
  };
  return {
    currency: t.currency,
    services: { held: t.held, closed: t.closed, open: t.held - t.closed, openDates: [...t.openDates] },
    figures,
    answers: { welcome: answersTo(t, "welcome"), confidence: answersTo(t, "confidence"), first: answersTo(t, "first") },
    totals: t,
  };
}

/** The takings paid by each means, unknown where no closed service recorded it. */
function meansFigures(t: Totals, money: (f: () => Figure) => Figure, closedOr: (f: () => Figure) => Figure) {
  const of = (m: PaymentMeans) =>
    money(() => closedOr(() => (t.means[m].services === 0 ? unknown("not-recorded") : known(t.means[m].amount, t.means[m].services))));
  return { "takings-cash": of("cash"), "takings-card": of("card"), "takings-cheque": of("cheque") };
}

/** One canteen's figures over a period. */
export function computeFigures(records: CanteenRecords): Figures {
  return figuresFromTotals(totalsOf(records));
}

/** A network's figures: the canteens' totals summed, then derived (percentages from summed counts, never averaged). */
export function sumFigures(parts: readonly Figures[], names: readonly string[] = []): Figures {
  return figuresFromTotals(
    sumTotals(
      parts.map((p) => p.totals),
      names,
    ),
  );
}
