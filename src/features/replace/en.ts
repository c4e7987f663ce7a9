// Messages of finding a replacement (/replace), English (mirrors replace.fr.ts).

export const replaceEn = {
  ask: "🔁 {{name}} can't make it on {{date}} ({{role}}) — who takes the place?",
  askNote: "{{name}} stays on the sheet until someone takes the place.",
  take: "🙋 I'll take it",
  taken: "✅ {{taker}} takes {{name}}'s place on {{date}} ({{role}}). Thank you!",
  withdrawn: "↩️ {{name}} cancelled on {{date}} ({{role}}): the place is on the sheet (/slots).",
  asked_one: "📣 Asked in the canteen's group. You stay on the sheet on {{date}} ({{role}}) until someone takes your place.",
  asked_other: "📣 Asked in the canteen's {{count}} groups. You stay on the sheet on {{date}} ({{role}}) until someone takes your place.",
  already: "📣 Your request for {{date}} ({{role}}) is already out: you stay on the sheet until someone takes your place.",
  notOnSheet: "You're not on the sheet on {{date}}: there is no place to hand over.",
  waitlisted: "You're on the waitlist on {{date}} ({{role}}): to leave it, /cancel.",
  nothing: "You have no upcoming sign-up to hand over.",
  pick: "Which service do you need someone for?",
  youTook: "✅ Done: you take the place on {{date}} ({{role}}).",
  toastTook: "Place taken: thank you!",
  handed:
    "✅ Someone was waiting for a place on {{date}} ({{role}}): it is theirs at once, no call to the groups. You're off the sheet — thanks for letting us know!",
  toastHanded: "Your place goes to the person waiting",
  toWaiting: "🙏 Thank you! {{taker}} was on the waitlist for {{date}} ({{role}}): the place is theirs. Nothing changes for you.",
  closedTaken: "Too late: {{taker}} already took this place.",
  closedWithdrawn: "This request is closed: {{name}} cancelled.",
  own: "That's your own request: to leave at once, /cancel.",
  alreadyOn: "You're already on the sheet on {{date}} ({{role}}): nothing changed.",
  alreadyWaiting:
    "You're on the waitlist on {{date}} ({{role}}): nothing changed. To take this place, leave the waitlist first with /cancel.",
  past: "This service has already started: the place no longer changes hands.",
  unknown: "I can't find this replacement request.",
  replaced: "✅ {{taker}} takes your place on {{date}} ({{role}}) at {{canteen}}: you're off the sheet. Thanks for letting us know!",
  alertOpen: "🔁 {{name}} is still looking for someone to take their place ({{role}}).",
  alertOnly: "🔔 {{canteen}}, {{date}}: the sheet is complete, but a replacement request is still unanswered.",
};

/** The help of /replace, /replacement and /take, in English. Merged under `commands`. */
export const replaceCommandsEn = {
  replace: {
    usage: "/replace [day]",
    description: "find someone to take your place (the first person waiting gets it first); you stay on the sheet until someone does",
    examples: "Examples: /replace tuesday · /replace (your sign-ups as buttons)",
  },
  replacement: {
    usage: "/replacement <no.>",
    description: "a replacement request's message, up to date",
    examples: "Example: /replacement 12",
  },
  take: {
    usage: "/take <no.>",
    description: "take the place a volunteer offered (the “I'll take it” button)",
    examples: "Example: /take 12",
  },
};
