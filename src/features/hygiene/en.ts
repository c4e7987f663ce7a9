// Messages of the hygiene records (/hygiene, /reading), in English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { hygieneCommandsFr, hygieneFr } from "./fr.ts";

/** The hygiene records' messages. */
export const hygieneEn: Mirror<typeof hygieneFr> = {
  kinds: { fridge: "fridge", freezer: "freezer", hot: "hot holding" },
  limits: {
    range: "{{min}} to {{max}}",
    atMost: "≤ {{max}}",
    atLeast: "≥ {{min}}",
    none: "no limits",
  },
  dishKinds: { cooling: "cooling", core: "core cooking", reheat: "reheating" },
  duration: { minutes: "{{m}} min", hours: "{{h}} h", both: "{{h}} h {{m}}" },
  formerVolunteer: "a former volunteer",
  status: {
    title: "🌡️ Readings for {{date}} — {{canteen}}",
    toRead: "{{name}} ({{limits}}): to read",
    within: "{{name}}: {{value}} at {{time}} ({{who}}) ✅",
    outsideNoAction: "{{name}}: {{value}} at {{time}} ({{who}}) ⚠️ out of limits ({{limits}}) — corrective action to record",
    outsideActed: "{{name}}: {{value}} at {{time}} ({{who}}) ⚠️ out of limits ({{limits}}) — action: {{action}}",
    dishes: "Dishes:",
    coolingOpen: "Cooling of {{dish}}: {{start}} at {{startTime}} ({{who}}), under way",
    coolingUnanswered: "Cooling of {{dish}}: {{start}} at {{startTime}} ({{who}}), no end temperature",
    coolingDone: "Cooling of {{dish}}: {{start}} at {{startTime}} → {{value}} at {{time}} in {{duration}} ({{who}})",
    hot: "{{what}} of {{dish}}: {{value}} at {{time}} ({{who}})",
    acted: "action: {{action}}",
    noAction: "out of limits — corrective action to record",
    howTo: "Record: /reading <equipment> <temperature> · out of limits: /hygiene action <what was done>",
  },
  equipment: {
    title: "🧊 Equipment — {{canteen}}",
    line: "{{name}} — {{kind}}, {{limits}}",
    howTo: "Managers: /hygiene add <name> fridge|freezer|hot [min max] · /hygiene remove <name>",
    added: "✅ {{name}} added: {{kind}}, {{limits}}.",
    updated: "✅ {{name}} updated: {{kind}}, {{limits}}.",
    readHowTo: "The day's team reads it with /reading {{name}} 3.5; the morning message reminds the head cook.",
    removed: "{{name}} removed: it is no longer read, its readings stay in the register.",
  },
  reading: {
    within: "✅ {{name}}: {{value}}, within limits ({{limits}}). Read by {{who}}.",
    outside: "⚠️ {{name}}: {{value}}, OUT OF LIMITS ({{limits}}). Read by {{who}}.",
    askAction:
      "What are you doing about it? Record the corrective action: /hygiene action <text>, e.g. /hygiene action food thrown away, thermostat set.",
    managersTold: "The managers have been told privately.",
  },
  cooling: {
    started:
      "❄️ Cooling of {{dish}} started at {{time}} ({{value}}). It must be at most {{max}} within {{hours}} h: I'll ask you its temperature then.",
    endHowTo: "End: /hygiene cooling {{dish}} end <temperature>, then into cold storage at 0 to 3 °C.",
    within:
      "✅ Cooling of {{dish}}: {{value}} in {{duration}}, within limits (at most {{max}} within {{hours}} h). Into cold storage at 0 to 3 °C.",
    outside: "⚠️ Cooling of {{dish}}: {{value}} in {{duration}}, OUT OF LIMITS (at most {{max}} within {{hours}} h).",
    ask: "⏱️ {{canteen}} — the cooling of {{dish}} started at {{time}} ({{start}}): the 2 hours are up. What temperature (at most {{max}})?",
    unanswered: "⚠️ {{canteen}} — the cooling of {{dish}} started at {{time}} has no end temperature: it is out of limits.",
  },
  hot: {
    within: "✅ {{what}} of {{dish}}: {{value}}, within limits (≥ {{min}}).",
    outside: "⚠️ {{what}} of {{dish}}: {{value}}, OUT OF LIMITS (≥ {{min}}).",
  },
  action: {
    noValue: "no temperature",
    saved: "📝 Action recorded for {{name}} ({{value}}, {{date}} at {{time}}): {{action}}",
  },
  alert: {
    text: "⚠️ {{canteen}} — {{name}}: {{value}} read by {{who}} at {{time}}, out of limits ({{limits}}).",
    cooling:
      "⚠️ {{canteen}} — cooling of {{dish}}: {{value}} in {{duration}}, out of limits (at most {{max}} within 2 h), recorded by {{who}}.",
    hot: "⚠️ {{canteen}} — {{what}} of {{dish}}: {{value}} read by {{who}} at {{time}}, out of limits (≥ {{min}}).",
    unanswered: "⚠️ {{canteen}} — the cooling of {{dish}} started by {{who}} at {{time}} has no end temperature after 2 h: out of limits.",
    action: "The team is asked to record the corrective action (/hygiene action <text>); /hygiene shows today's readings.",
  },
  checks: {
    title: "🌡️ Temperature readings — {{canteen}}, {{date}}",
    text_one: "Before the meal ({{time}}), one piece of equipment to read:",
    text_other: "Before the meal ({{time}}), {{count}} pieces of equipment to read:",
    item: "{{name}} ({{limits}})",
    howTo: "Answer with /reading <equipment> <temperature>, e.g. /reading {{name}} {{value}}",
  },
  missing: {
    title: "🌡️ Missing readings — {{canteen}}, {{date}}",
    text_one: "The meal starts ({{time}}) and one piece of equipment was not read:",
    text_other: "The meal starts ({{time}}) and {{count}} pieces of equipment were not read:",
    howTo: "The day's team or a manager: /reading {{name}} <temperature>",
  },
  cleaning: {
    title: "🧽 Cleaning on {{date}} — {{canteen}}",
    noPlan: "No cleaning plan yet. A manager writes it: /hygiene cleaning add <task> daily|weekly <day>.",
    nothingToday: "No task today.",
    toDo: "{{task}}: to do",
    doneLine: "{{task}}: done by {{who}} at {{time}} ✅",
    button: "✅ {{task}} — done",
    otherDays: "Other days: {{list}}",
    howTo: "Press “done” when a task is done. Managers: /hygiene cleaning add <task> daily|weekly <day> · /hygiene cleaning remove <task>",
    daily: "every service day",
    weekly: "every {{day}}",
    added: "✅ {{task}} added to the cleaning plan: {{when}}.",
    updated: "✅ {{task}} updated: {{when}}.",
    removed: "{{task}} removed from the cleaning plan (what was done stays in the register).",
    recorded: "📝 Recorded — {{line}}",
    already: "Already recorded — {{line}}",
    addUsage: "/hygiene cleaning add <task> daily · /hygiene cleaning add <task> weekly <day>",
    removeUsage: "/hygiene cleaning remove <task>",
    undoneTitle: "🧽 {{canteen}} — cleaning on {{date}}",
    undoneText: "{{count}} task(s) of the cleaning plan not done at the end of the service:",
    undoneHowTo: "A task done after all: /hygiene cleaning, then “done”.",
  },
  training: {
    recorded: "🎓 Recorded: {{name}} did the 14-hour food-hygiene training on {{day}}.",
    onTeam: "🎓 Hygiene-trained on the team: {{names}}",
    noneOnTeam: "🎓 Nobody on the team has the 14-hour food-hygiene training.",
    alertNone: "🎓 Nobody trained in food hygiene (14 h) on the team.",
  },
  errors: {
    noEquipment: "No equipment to read. A manager adds it: /hygiene add <name> fridge|freezer|hot [min max].",
    unknownEquipment: "I don't know the equipment “{{name}}”. Equipment: {{list}}.",
    badLimits: "“{{words}}”: after the kind, give at most two temperatures (min max), e.g. /hygiene add Fridge 1 fridge 0 4.",
    nameTooLong: "This name is too long (at most {{max}} characters).",
    noTemperature: "The temperature is missing. Usage: {{usage}}",
    implausible: "{{value}}? That is not a kitchen temperature: check the figure.",
    noCooling: "No cooling under way. To start one: /hygiene cooling <dish> <temperature>.",
    unknownCooling: "No cooling under way for “{{dish}}”. Under way: {{list}}.",
    actionTooLong: "The action is too long (at most {{max}} characters).",
    nothingToAct: "No reading out of limits is waiting for a corrective action (over the last two days).",
    badWeekday: "“{{word}}” is not a day of the week (monday, tuesday…).",
    unknownTask: "I don't know the task “{{name}}”. Plan: {{list}}.",
    taskNotToday: "This task is not on today's plan.",
    badTrainingDay: "“{{word}}” is not a date: give the day of the training, e.g. 12/03/2025.",
    futureTraining: "That date is still to come: record the training once done.",
    unknownPerson: "I know nobody called “{{name}}” in this canteen.",
  },
};

/** The help of /hygiene and /reading. */
export const hygieneCommandsEn: Mirror<typeof hygieneCommandsFr> = {
  hygiene: {
    usage: "/hygiene [equipment · add · remove · action · cooling · core · reheat · cleaning · training]",
    description: "hygiene register: today's temperature readings, the equipment, the corrective actions",
    examples:
      "Examples: /hygiene · /reading Fridge 1 3.5 · /hygiene action food thrown away, thermostat set · /hygiene cooling Stew 68 then /hygiene cooling Stew end 8 · /hygiene core Chicken 75 · managers: /hygiene add Fridge 1 fridge · /hygiene add Freezer freezer · /hygiene add Bain-marie hot 65 90 · /hygiene remove Fridge 1",
    subcommands: {
      equipment: { usage: "/hygiene equipment", description: "the equipment read and its limits" },
      add: {
        usage: "/hygiene add <name> fridge|freezer|hot [min max]",
        description: "add a piece of equipment (defaults: fridge 0 to 4 °C, freezer ≤ −18 °C, hot ≥ 63 °C)",
      },
      remove: { usage: "/hygiene remove <name>", description: "stop reading a piece of equipment (its readings stay)" },
      cooling: {
        usage: "/hygiene cooling <dish> <temperature> · /hygiene cooling <dish> end <temperature>",
        description: "a cooling: from +63 °C down to +10 °C at most within 2 h (I ask for the end after 2 h)",
      },
      core: { usage: "/hygiene core <dish> <temperature>", description: "a dish's core cooking temperature (≥ +63 °C)" },
      reheat: { usage: "/hygiene reheat <dish> <temperature>", description: "a reheating (≥ +63 °C within 1 h at most)" },
      cleaning: {
        usage: "/hygiene cleaning [add <task> daily|weekly <day> · remove <task>]",
        description: "the cleaning plan: today's tasks to tick; managers: add, remove",
      },
      cleaningDone: { usage: "/hygiene cleaning-done <no.>", description: "record a cleaning task done (the “done” button)" },
      training: { usage: "/hygiene training <name> <day>", description: "record that a person did the 14-hour food-hygiene training" },
      action: { usage: "/hygiene action <text>", description: "the corrective action of the latest reading out of limits" },
    },
  },
  reading: {
    usage: "/reading <equipment> <temperature>",
    description: "record a temperature (the day's team or managers); alone: today's readings",
    examples: "Examples: /reading Fridge 1 3.5 · /reading Freezer -19 · /reading Bain-marie 68°C",
  },
};
