// Messages of closures (/closure) and the public-holidays setting, in English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { closureCommandsFr, closureFr } from "./fr.ts";

/** Closure messages. */
export const closureEn: Mirror<typeof closureFr> = {
  list: {
    title: "🔒 Closures to come — {{canteen}}",
    none: "No closure planned in the coming year.",
    one: "{{date}}{{why}}",
    range: "from {{from}} to {{to}}{{why}}",
    holiday: "public holiday",
    opened: "Public holidays open: {{dates}}",
    howTo: "Close: /closure <day> [to <day>] [reason] · reopen: /closure cancel <day>",
  },
  closed: {
    done_one: "🔒 Closed: {{dates}}{{why}} ({{count}} service).",
    done_other: "🔒 Closed: {{dates}}{{why}} ({{count}} services).",
    shared: "🔒 The canteen will be closed {{dates}}{{why}}.",
    told: "Told privately and taken off: {{names}}.",
    nobody: "Nobody was signed up or had answered the poll.",
    unreachable: "No chat account, tell them yourselves: {{names}}.",
    oneDate: "on {{date}}",
    rangeDates: "from {{from}} to {{to}}",
  },
  notice: {
    closed: "🔒 {{canteen}} is closed {{dates}}{{why}}.",
    signUp: "Your sign-up ({{role}}, {{date}}) is cancelled: nothing for you to do.",
    answer: "Your poll answer for {{date}} is removed.",
  },
  reopened: {
    done: "🔓 Reopened: {{date}}. Sign-ups are open.",
    holiday: "🔓 {{holiday}} ({{date}}): the canteen is open on this public holiday. Sign-ups are open.",
    notClosed: "The canteen is not closed on {{date}}: nothing to reopen.",
  },
  errors: {
    noDay: "The day is missing. {{usage}}",
    notOpen: "The canteen never opens on that day ({{date}}): nothing to close.",
    noOpenDay: "The canteen opens on no day from {{from}} to {{to}}: nothing to close.",
    backwards: "{{to}} is before {{from}}: give the first day first (/closure 1/8 to 31/8).",
    tooLong: "From {{from}} to {{to}} is more than {{max}} days: close it in several goes.",
    reasonTooLong: "The reason is too long ({{max}} characters at most).",
  },
  settings: {
    line: "Public holidays (holidays): {{holidays}}",
    default: "{{holidays}} (default)",
    france: "France",
    alsace: "France, with Alsace-Moselle (Good Friday, 26 December)",
    none: "none: the canteen opens on public holidays",
    released: "🔒 {{holiday}}: told privately and taken off: {{names}}.",
    badHolidays: 'I don\'t know "{{value}}" for public holidays. Values: france, alsace-moselle, none, a country code (BE, CH…), default.',
  },
};

/** /closure's help. */
export const closureCommandsEn: Mirror<typeof closureCommandsFr> = {
  closure: {
    usage: "/closure [<day> [to <day>] [reason]] · /closure cancel <day>",
    description: "close the canteen on a day or a period (managers); alone: the closures to come",
    examples:
      "Examples: /closure · /closure 11/11 · /closure 8/1 to 8/31 summer break · /closure cancel 12/25 (reopens, a public holiday too). People signed up or who answered the poll are told privately and taken off.",
  },
};
