// The kernel's English catalogue. Keys mirror fr.ts exactly (its type checks it). Each feature's
// messages and its commands' help live in its own folder (src/features/<name>/en.ts).
import type { Mirror } from "./index.ts";
import type { fr } from "./fr.ts";
import { audienceEn } from "./audience.en.ts";

/** The kernel's English messages, shaped as the French ones. */
export const en: Mirror<typeof fr> = {
  roles: {
    headcook: "Head cook",
    cook: "Cook",
    dishes: "Dishes",
  },
  buttons: {
    sheet: "📋 Sheet",
  },
  diets: {
    vegetarian: "vegetarian",
    vegan: "vegan",
    halal: "halal",
    porkfree: "pork-free",
    glutenfree: "gluten-free",
  },
  allergens: {
    gluten: "gluten",
    crustaceans: "crustaceans",
    eggs: "eggs",
    fish: "fish",
    peanuts: "peanuts",
    soy: "soy",
    milk: "milk",
    nuts: "tree nuts",
    celery: "celery",
    mustard: "mustard",
    sesame: "sesame",
    sulphites: "sulphites",
    lupin: "lupin",
    molluscs: "molluscs",
  },
  tick: {
    consoleOnly: "/tick only works in the local console.",
    usage: "Usage: /tick 2026-12-01T10:00, /tick 10:00 or /tick +2h",
    now: "⏰ Clock: {{when}}",
  },
  errors: {
    closedDay: "The canteen is closed on {{date}}. It's open on: {{open}}.",
    closedDate: "🔒 The canteen is closed on {{date}}{{why}}. Next open service: {{next}}.",
    closedDateNoNext: "🔒 The canteen is closed on {{date}}{{why}}, and no service is open in the months after it.",
    pastDay: "The service on {{date}} is already over.",
    tooEarly: "{{date}} is too far back: I go back at most to {{limit}}, a year before the canteen was created.",
    tooLate: "{{date}} is too far ahead: I go at most to {{limit}}, two years from today.",
    unknownDay: "I don't understand the day “{{day}}”. Examples: tuesday, tomorrow, next tuesday, 03/12, 2026-03-12.",
    unknownRole: "I don't know the role “{{role}}”. Roles: {{roles}}.",
    usage: "Usage: {{usage}}",
    managersOnly: "Only the canteen's managers can use this command.",
    headCookOrManagers: "Only managers and the head cook of {{date}} may close this service.",
    teamOrManagers:
      "Only managers and the team of {{date}} (the people signed up to cook that day) may do this. Sign up with /cook or ask a manager.",
    networkManagersOnly: "This command is for a network's managers. A canteen manager can create one with /network create <name>.",
    unknownPerson:
      "I can't find anyone called “{{name}}” in this canteen. They need to type a command in one of the canteen's groups first (or mention them).",
    ambiguousName: "{{count}} people are called “{{name}}”: mention the one you mean (@…).",
    emptyName: "The person's name is missing.",
    nameTooLong: "That name is too long (at most {{max}} characters).",
    empty: "Your message is empty. Type /help to see the commands.",
    tooLong: "Your message is too long: at most {{max}} characters.",
    controlCharacters: "Your message holds invisible characters I can't read. Please type it again without copy-paste.",
    notACommand: "I understand commands starting with / — for example /cook tuesday. Type /help for the list.",
    unknownCommand: "I don't know the command {{command}}.{{suggestion}} Type /help for the list.",
    didYouMean: " Did you mean {{command}}?",
    unknownSubcommand: 'I don\'t know "{{word}}" for {{command}}.{{suggestion}} You can use: {{valid}}.',
    severalCanteens: "You take part in several canteens ({{canteens}}): type this command in that canteen's group.",
    notMemberOf: "This button belongs to a canteen you are not part of: nothing was done.",
    otherCanteen: "This button belongs to another canteen than this group's: nothing was done.",
    noCanteenPrivate: "You're not part of a canteen yet. First type a command in your canteen's group.",
    notLinked: "This group isn't linked to a canteen. A manager can type /setup <canteen name>.",
    internal: "😕 Something went wrong on my side. Please try again in a moment.",
    storeUnavailable: "💾 The canteen's database could not save this. Nothing was changed: please try again in a moment.",
  },
  audience: audienceEn,
  params: {
    day: { name: "day", description: "tuesday, tomorrow, next tuesday, 03/12…" },
    role: { name: "role", description: "cook, dishes or head cook" },
    name: { name: "name", description: "the person's name or mention" },
    guests: { name: "guests", description: "how many guests besides you" },
    text: { name: "text", description: "the text" },
    week: { name: "week", description: "“next” for the 7 days after the next 7, “+2” for the ones after" },
    language: { name: "language", description: "fr, en, or auto (your app's)" },
    command: { name: "command", description: "a command to explain" },
    subcommand: { name: "subcommand", description: "what you want to do" },
  },
};
