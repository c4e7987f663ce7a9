// Messages of /impact and its command's help, English (mirrors impact.fr.ts).

export const impactEn = {
  title: "📊 {{canteen}} — {{period}}",
  period: { all: "since the beginning", year: "year {{year}}" },
  services_one: "{{held}} service held, {{closed}} closed.",
  services_other: "{{held}} services held, {{closed}} closed.",
  open_one: "{{count}} service still open: its figures are unknown (not counted as zero).",
  open_other: "{{count}} services still open: their figures are unknown (not counted as zero).",
  openNetwork: "Not closed yet (each canteen closes its own): {{list}}.",
  openNamed: "Services to close: {{list}} (/close <day> covers N).",
  surveyWaiting_one:
    "{{count}} survey answer is waiting to be counted: answers are counted in batches of 5 (anonymity), at the latest when the survey ends.",
  surveyWaiting_other:
    "{{count}} survey answers are waiting to be counted: answers are counted in batches of 5 (anonymity), at the latest when the survey ends.",
  tooFew_one: "{{count}} answer — too few answers to show",
  tooFew_other: "{{count}} answers — too few answers to show",
  answers_one: "{{value}} ({{count}} answer)",
  answers_other: "{{value}} ({{count}} answers)",
  unknown: {
    "no-closed-service": "unknown (no closed service)",
    "not-recorded": "unknown (not recorded)",
    "no-cost-set": "unknown (cost of a meal not set: /settings ingredient-cost 3.50 and running-cost 9)",
    "no-hour-value": "unknown (value of an hour not set: /settings hour-value 12.50)",
    "mixed-currencies": "unknown (different currencies)",
    "no-forecast": "unknown (no forecast)",
    "no-programme": "—",
    "too-few-answers": "too few answers",
  },
  covers_one: "{{value}} cover",
  covers_other: "{{value}} covers",
  means: { cash: "cash", card: "card", cheque: "cheques" },
  estimate: "(an estimate)",
  newOnes: " ({{count}} for the first time)",
  ofAnswers_one: " out of {{count}} survey answer",
  ofAnswers_other: " out of {{count}} survey answers",
  detail: "Per service:",
  detailLine: "{{date}}: {{covers}} covers · takings {{takings}} · spent {{spent}} · forecast {{forecast}}",
  footer: "Every figure has a written definition: /impact definitions. Periods: month, last month, year, 2026, 2026-11, november, all.",
  definitionsTitle: "📖 Definitions of the figures",
  outOfRange: 'The period "{{value}}" is outside the dates I know: from {{from}} to {{to}}.',
  badPeriod: 'I don\'t understand the period "{{value}}". Try: month, last month, year, 2026, 2026-11, november or all.',
  noNetwork: "Network figures are not available here.",
  moneyWithheld: "🔒 Money and the per-service detail go to managers only, privately.",
};

/** The help of /impact, in English. Merged under `commands`. */
export const impactCommandsEn = {
  impact: {
    usage: "/impact [period]",
    description: "the canteen's figures: meals served, welcome, confidence, volunteers… (also /figures)",
    examples: "Examples: /impact · /impact last month · /impact 2026 · /impact november · /impact all · /impact definitions",
    subcommands: {
      definitions: { usage: "/impact definitions", description: "what each figure means and how it is counted" },
      network: { usage: "/impact network [period]", description: "your network's figures, one line per canteen (privately)" },
    },
  },
};
