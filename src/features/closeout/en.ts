// Messages of the service close-out, English (mirrors closeout.fr.ts).

export const closeoutEn = {
  title: "🧾 Close-out — {{date}}",
  saved: "✅ Saved.",
  fields: {
    covers: "Covers",
    takings: "Takings",
    spent: "Spent",
    cash: "Cash",
    card: "Card",
    cheque: "Cheque",
    waste: "Waste",
    wastePlates: "Waste (plates)",
    wasteUnserved: "Waste (unserved)",
    wastePrep: "Waste (preparation)",
  },
  wasteParts: { wastePlates: "plates", wasteUnserved: "unserved", wastePrep: "preparation" },
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
  badWeight: '"{{value}}" is not a weight: write the kilograms, for example 2.5 or 2.5 kg (at most 10,000). Nothing was changed.',
  wasteMismatch:
    "The waste ({{waste}}) is not the sum of its parts ({{sum}}): nothing was changed. Give either the total alone, or plates, unserved and prep (the total is then their sum).",
  alreadyClosed:
    "The service of {{date}} is already closed with {{covers}} covers: nothing was changed. To correct it, type /close <day> covers N.",
  team: {
    title: "👩‍🍳 The team that really cooked (only you see this):",
    titleShared: "👩‍🍳 The team on the sheet — press the name of whoever didn't come:",
    noShowsHidden_one: "{{count}} person already marked as not come (details: /close, privately).",
    noShowsHidden_other: "{{count}} people already marked as not come (details: /close, privately).",
    noShowsManagers_one: "{{count}} person marked as not come: only managers see who (and the person themself, in /mydata).",
    noShowsManagers_other: "{{count}} people marked as not come: only managers see who (and each person, in /mydata).",
    empty: "Nobody had a cook slot. Did someone help? /close <day> helper Name.",
    came: "came",
    noShow: "didn't come",
    helper: "helper",
    hours: "Volunteer hours of this service: {{hours}}.",
    hoursOpen: "Volunteer hours: {{hours}}, counted once the covers are recorded.",
    how: "One button per person: press it to say who didn't come (or came after all). In writing: /close {{date}} absent Lea · present Lea · helper Sam [role] for someone else who helped.",
    missingName: 'A name is missing after "{{word}}" (for example: absent Lea, helper Sam). Nothing was changed.',
    ambiguous: 'Several people of the team are called "{{name}}": write the full name. Nothing was changed.',
    unknown:
      '"{{name}}" is not on this service\'s team ({{team}}). For someone who helped without a slot: helper {{name}}. Nothing was changed.',
  },
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
  hours: {
    line: "Volunteer hours: service ends {{end}} · per service: {{roles}} · value of an hour {{value}}",
    howTo:
      "Volunteer hours: /settings end 14:30 (end of the service; - : lunch + 2 h) · hours-dishes 2 or hours-cook 4h30 (a role's hours per service; - : the default, from the cooking time to the end, from lunch to the end for the dishes) · hour-value 12.50 (value of one volunteer hour, for the in-kind volunteer contribution; - to clear)",
    endBeforeLunch: "The end of the service ({{end}}) must come after lunch ({{lunch}}). Nothing was changed.",
    badValue: '"{{value}}" is not the value of an hour: write for example 12.50 (or - to clear it).',
    badHours: '"{{value}}" is not a number of hours per service: write for example 2, 2.5 or 2h30 (or - for the default).',
    unknownRole: '"{{role}}" is not one of this canteen\'s roles ({{roles}}): write for example hours-dishes 2.',
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
    usage: "/close [day] covers N takings X spent Y [absent Name] [helper Name]",
    description: "close a service: meals served, takings and spent (managers and the day's head cook)",
    examples:
      "Covers: the meals actually served. Takings: the free-price contributions collected, all means of payment; or apart as cash X card Y cheque Z, the takings being their sum. Spent: the ingredients bought for this service. In any order, only some if need be; a new value replaces the old one, and every change is kept. The team: everyone with a slot counts as having come; absent Lea says who didn't come (present Lea to undo it), helper Sam [role] adds someone who helped without a slot (volunteer hours depend on it; a no-show is only ever shown privately). Examples: /close covers 42 · /close tuesday takings €312.50 spent 85 · /close cash 120 card 60 cheque 7.40 · /close waste 2.5 kg (or apart as plates 1 unserved 1.2 prep 0.3, in kilograms) · /close tuesday absent Lea helper Sam dishes · /close 2026-11-24 (see the record, the team and the history).",
  },
};
