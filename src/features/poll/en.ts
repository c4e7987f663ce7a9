// Messages of the headcount poll, English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { pollFr } from "./fr.ts";

/** The poll's answers and its commands' help (/eat, /noeat, /headcount), in English. */
export const pollEn: Mirror<typeof pollFr> = {
  poll: {
    badGuests: "Guests go from 0 to {{max}}, for example /eat +2.",
    closed: "The poll for {{date}} closed at {{time}}. For a last-minute change, please tell a manager.",
    eating_zero: "🍽️ {{name}} is eating on {{date}}.",
    eating_one: "🍽️ {{name}} is eating on {{date}} with {{count}} guest.",
    eating_other: "🍽️ {{name}} is eating on {{date}} with {{count}} guests.",
    notEating: "👋 {{name}} is not eating on {{date}}.",
    total_one: "Total: {{count}} cover.",
    total_other: "Total: {{count}} covers.",
  },
  commands: {
    eat: {
      usage: "/eat [day] [+guests]",
      description: "I'm eating (with guests)",
      examples: "Examples: /eat · /eat +2 · /eat tuesday",
    },
    noeat: {
      usage: "/noeat [day]",
      description: "I'm not eating",
      examples: "Examples: /noeat · /noeat tuesday",
    },
    headcount: {
      usage: "/headcount [day]",
      description: "how many covers for a service",
      examples: "Examples: /headcount · /headcount tomorrow",
    },
  },
};
