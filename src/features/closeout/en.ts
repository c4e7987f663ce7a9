// Messages of the service close-out, English (mirrors closeout.fr.ts).

export const closeoutEn = {
  title: "🧾 Close-out — {{date}}",
  saved: "✅ Saved.",
  fields: { covers: "Covers", takings: "Takings", spent: "Spent", cash: "Cash", card: "Card", cheque: "Cheque" },
  means: { cash: "cash", card: "card", cheque: "cheque" },
  missing: "Still to record: {{list}} ({{example}}).",
  command: "/close",
  words: { covers: "covers", takings: "takings", spent: "spent" },
  samples: { covers: "42", takings: "312.50", spent: "85" },
  example: "/close {{date}} covers 42 takings 312.50 spent 85",
  complete: "Everything is recorded. Corrections are still possible: every change is kept in the history.",
  openUnknown: 'Until its covers are recorded this service stays "open": its figures are unknown, never counted as zero.',
  amountsPrivate: "🔒 Amounts and the history go only to whoever closes, privately.",
  noHistory: "No change recorded yet.",
  history: "History of changes:",
  future: "Only a past service or today's can be closed ({{date}} is still to come).",
  unknownWord: 'I don\'t understand "{{word}}". Write for example: /close tuesday covers 42 takings 312.50 spent 85.',
  missingValue: 'A value is missing after "{{word}}" (for example: {{word}} 42).',
  badCovers:
    '"{{value}}" is not a possible number of covers: a whole number from 0 to {{max}} (10 × the dining room). Nothing was changed.',
  badAmount: '"{{value}}" is not an amount: write for example 312.50 or €312.50 (at most 1,000,000). Nothing was changed.',
  splitMismatch:
    "The takings ({{takings}}) are not the sum of the means of payment ({{sum}}): nothing was changed. Give either the takings alone, or cash, card and cheque (the takings are then their sum).",
  alreadyClosed:
    "The service of {{date}} is already closed with {{covers}} covers: nothing was changed. To correct it, type /close <day> covers N.",
  dm: {
    title: "🧾 {{canteen}} — close the service of {{date}}",
    poll_one: "The poll counted {{count}} cover at its deadline.",
    poll_other: "The poll counted {{count}} covers at its deadline.",
    forecast: "Forecast (an estimate): {{count}} covers, between {{low}} and {{high}}.",
    noHistory: "No forecast yet: it takes at least 3 closed services on the same weekday.",
    how: "To close: {{example}}. Covers = meals served; takings = free-price contributions collected (all means of payment); spent = ingredients bought for this service.",
    button: "✅ {{count}} covers served ({{date}})",
  },
  brief: {
    forecast:
      "🔮 Forecast (an estimate): {{count}} covers, between {{low}} and {{high}} — poll + usual walk-ins ({{basis}} comparable services).",
    noHistory_one: "🔮 No history for a forecast yet ({{basis}} comparable closed service, 3 needed): the poll alone.",
    noHistory_other: "🔮 No history for a forecast yet ({{basis}} comparable closed services, 3 needed): the poll alone.",
  },
  freePrice: {
    full: "💶 Pay what you want — a meal costs {{total}}: {{ingredients}} of ingredients + {{running}} of running costs. Everyone gives what they can.",
    partial: "💶 Pay what you want — {{part}}. Everyone gives what they can.",
    ingredients: "the ingredients of a meal cost {{amount}}",
    running: "running costs are {{amount}} per meal",
  },
  settings: {
    line: "Cost of a meal: ingredients {{ingredients}} · running {{running}} · close-out reminder {{closeOut}} · survey {{survey}}",
    off: "off",
    howTo:
      "Prices and close-out: /settings ingredient-cost 2.80 · running-cost 1.50 (- to clear) · close-out 15:00 (the close-out reminder) · survey 14:00 (off to stop it)",
    badCost: '"{{value}}" is not a cost per meal: write for example 3.50 (or - to unset it).',
  },
};

/** The help of /close, in English. Merged under `commands`. */
export const closeoutCommandsEn = {
  close: {
    usage: "/close [day] covers N takings X spent Y",
    description: "close a service: meals served, takings and spent (managers and the day's head cook)",
    examples:
      "Covers: the meals actually served. Takings: the free-price contributions collected, all means of payment; or apart as cash X card Y cheque Z, the takings being their sum. Spent: the ingredients bought for this service. In any order, only some if need be; a new value replaces the old one, and every change is kept. Examples: /close covers 42 · /close tuesday takings €312.50 spent 85 · /close cash 120 card 60 cheque 7.40 · /close 2026-11-24 (see the record and its history).",
  },
};
