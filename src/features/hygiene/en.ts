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
  formerVolunteer: "a former volunteer",
  status: {
    title: "🌡️ Readings for {{date}} — {{canteen}}",
    toRead: "{{name}} ({{limits}}): to read",
    within: "{{name}}: {{value}} at {{time}} ({{who}}) ✅",
    outsideNoAction: "{{name}}: {{value}} at {{time}} ({{who}}) ⚠️ out of limits ({{limits}}) — corrective action to record",
    outsideActed: "{{name}}: {{value}} at {{time}} ({{who}}) ⚠️ out of limits ({{limits}}) — action: {{action}}",
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
  action: {
    saved: "📝 Action recorded for {{name}} ({{value}}, {{date}} at {{time}}): {{action}}",
  },
  alert: {
    text: "⚠️ {{canteen}} — {{name}}: {{value}} read by {{who}} at {{time}}, out of limits ({{limits}}).",
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
  errors: {
    noEquipment: "No equipment to read. A manager adds it: /hygiene add <name> fridge|freezer|hot [min max].",
    unknownEquipment: "I don't know the equipment “{{name}}”. Equipment: {{list}}.",
    badLimits: "“{{words}}”: after the kind, give at most two temperatures (min max), e.g. /hygiene add Fridge 1 fridge 0 4.",
    nameTooLong: "This name is too long (at most {{max}} characters).",
    noTemperature: "The temperature is missing. Usage: {{usage}}",
    implausible: "{{value}}? That is not a kitchen temperature: check the figure.",
    actionTooLong: "The action is too long (at most {{max}} characters).",
    nothingToAct: "No reading out of limits is waiting for a corrective action (over the last two days).",
  },
};

/** The help of /hygiene and /reading. */
export const hygieneCommandsEn: Mirror<typeof hygieneCommandsFr> = {
  hygiene: {
    usage: "/hygiene [equipment · add · remove · action]",
    description: "hygiene register: today's temperature readings, the equipment, the corrective actions",
    examples:
      "Examples: /hygiene · /reading Fridge 1 3.5 · /hygiene action food thrown away, thermostat set · managers: /hygiene add Fridge 1 fridge · /hygiene add Freezer freezer · /hygiene add Bain-marie hot 65 90 · /hygiene remove Fridge 1",
    subcommands: {
      equipment: { usage: "/hygiene equipment", description: "the equipment read and its limits" },
      add: {
        usage: "/hygiene add <name> fridge|freezer|hot [min max]",
        description: "add a piece of equipment (defaults: fridge 0 to 4 °C, freezer ≤ −18 °C, hot ≥ 63 °C)",
      },
      remove: { usage: "/hygiene remove <name>", description: "stop reading a piece of equipment (its readings stay)" },
      action: { usage: "/hygiene action <text>", description: "the corrective action of the latest reading out of limits" },
    },
  },
  reading: {
    usage: "/reading <equipment> <temperature>",
    description: "record a temperature (the day's team or managers); alone: today's readings",
    examples: "Examples: /reading Fridge 1 3.5 · /reading Freezer -19 · /reading Bain-marie 68°C",
  },
};
