// Messages of the cook-slot sheet and the daily rhythm around it (announcement, kitchen brief, reminders, alerts), English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { sheetFr } from "./fr.ts";

/** The sheet's messages and its commands' help (/cook, /uncook, /slots), in English. */
export const sheetEn: Mirror<typeof sheetFr> = {
  sheet: {
    title: "📋 Sign-up sheet — {{canteen}}",
    open_one: "{{count}} place open",
    open_other: "{{count}} places open",
    colon: ": ",
    nobody: "nobody",
    full: "full",
    waitlist: "⏳ Waiting: {{names}}",
    button: "✋ {{role}} {{date}}",
    noServices: "No service in these 7 days.",
    next7: "The next 7 days · what follows: /slots next",
    later: "From {{from}} to {{to}}",
    empty: "nobody yet: {{list}}",
    complete: "fully staffed ✅ {{list}}",
    waiting: "⏳ waiting: {{names}}",
  },
  cook: {
    confirmed: "✅ {{name}}, you're on: {{role}} {{date}} ({{taken}}/{{capacity}}).",
    waitlist: "⏳ {{role}} is full on {{date}}. {{name}}, you're #{{position}} on the waitlist: you'll be told if a place opens.",
    already: "👍 {{name}}, you're already signed up on {{date}} ({{role}}).",
    alreadyWaiting: "👍 {{name}}, you're already on the waitlist for {{date}} ({{role}}).",
    toastConfirmed: "Signed up",
    toastWaitlist: "Full: you're on the waitlist",
    toastAlready: "You're already signed up",
    toastCancelled: "Cancelled",
    notOnSheet: "{{name}} isn't signed up on {{date}}.",
    cancelled: "👋 Done: {{name}} is no longer signed up on {{date}} ({{role}}).",
    promoted: "🎉 {{person}} moves up from the waitlist: {{role}} {{date}}.",
    nothingToCancel: "You have no upcoming sign-ups. To sign up: /cook tuesday",
    pickToCancel: "Which sign-up do you want to cancel?",
    beyond: "ℹ️ This service is beyond the next 7 days: the Sheet button opens the 7 days that hold it.",
    pickDay: "Which day? Pick a service, or type for example /cook tuesday",
  },
  buttons: {
    eat: "🍽️ I'm eating",
    guest: "➕ 1 guest",
    noEat: "🙅 Not today",
    cancel: "Cancel {{date}}",
  },
  announce: {
    title: "🍲 {{canteen}} — menu for {{date}}",
    noMenu: "Menu not posted yet: chef's surprise!",
    allergens: "allergens: {{list}}",
    noCrew: "👩‍🍳 Nobody is signed up to cook yet: /cook today",
    count_one: "🙋 {{count}} cover ({{people}} + {{guests}})",
    count_other: "🙋 {{count}} covers ({{people}} + {{guests}})",
    people_one: "{{count}} person",
    people_other: "{{count}} people",
    guests_one: "{{count}} guest",
    guests_other: "{{count}} guests",
    closed: "Poll closed. Thank you!",
    deadline: "Who's eating today? Answer before {{time}}.",
    nudge: "Signed up to cook but can't come? Tell us with /uncook today.",
  },
  summary: {
    title: "🧑‍🍳 Kitchen brief — {{date}} ({{canteen}})",
    room: "Dining room: {{capacity}} places, {{left}} left.",
    over: "⚠️ Dining room: {{capacity}} places, {{over}} covers too many.",
    diets: "Diets: {{list}}",
    noDiets: "No special diet declared.",
    conflicts: "Allergies conflicting with the menu: {{list}}",
    noConflicts: "No declared allergy conflicts with the menu.",
    guestsUnknown: "Guests' diets and allergies are not known.",
  },
  remind: {
    text: "⏰ Reminder: {{date}}, you're signed up as {{role}} at {{canteen}}. See you at {{time}}.",
    cantCome: "Can't make it? Cancel quickly to free the place:",
  },
  helpNeeded: {
    title: "🆘 Help needed on {{date}}",
    open: "Still open: {{list}}. Can you lend a hand?",
  },
  alert: {
    text: "⚠️ {{canteen}} — {{date}}, still missing: {{list}}.",
    posted: "A call for help was posted in the canteen's groups.",
  },
  notice: {
    promoted: "🎉 A place opened up: you're signed up as {{role}} on {{date}} at {{canteen}}.",
  },
  commands: {
    cook: {
      usage: "/cook <day> [role]",
      description: "sign up to cook (default role: cook)",
      examples: "Examples: /cook tuesday · /cook tomorrow dishes · /cook next tuesday head cook",
    },
    uncook: {
      usage: "/uncook <day>",
      description: "cancel your sign-up; the first person waiting takes the place",
      examples: "Examples: /uncook tuesday · /uncook (lists your sign-ups) · managers: /uncook tuesday Jeanne",
    },
    slots: {
      usage: "/slots [next|+N]",
      description: "the sheet of the next 7 days: who does what, open places, waitlist",
      examples: "Examples: /slots · /slots next (the 7 days after) · /slots +2",
    },
  },
};
