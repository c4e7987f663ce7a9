// Messages of the calendars (secret iCal links), English. Keys mirror calendar.fr.ts (a test checks it).

export const calendarEn = {
  title: "📅 Your calendars",
  shifts: "My shifts: ",
  canteen: "{{canteen}}'s services: ",
  howTo:
    "In your calendar app (Google Calendar, Apple Calendar, Outlook, Thunderbird…), choose “add calendar from URL” and paste a link: it keeps itself up to date.",
  secret: "These links are yours alone: don't share them. /calendar reset replaces them (the old ones stop working).",
  revoked_zero: "You had no calendar links: here are new ones.",
  revoked_one: "🔒 Your old link no longer works. Here are new ones.",
  revoked_other: "🔒 Your {{count}} old links no longer work. Here are new ones.",
  noBoard: "Calendars are not available: Tablée's web board is not served here.",
  unknownWord: "I don't know “{{word}}” here. /calendar gives your links; /calendar reset replaces them.",
  web: {
    copy: "Copy the link",
    copied: "Copied ✓",
    subscribe: "Subscribe (Apple, Outlook, Thunderbird)",
    google: "Add to Google Calendar",
    download: "Download (.ics)",
    secret: "These links are personal: don't share them. “Revoke” below replaces them (the old ones then stop working).",
    title: "📅 My calendars",
    get: "Get my links",
    reset: "Revoke my old links and get new ones",
    resetNote: "Every link given stays valid until revoked. Revoking cuts all your old links, everywhere (they then answer “not found”).",
    back: "← Back to the sheet",
    link: "📅 My calendars (links for your calendar app)",
  },
  feed: {
    shifts: "Tablée — my shifts",
    canteen: "Tablée — {{canteen}}",
  },
  shift: {
    summary: "{{role}} — {{canteen}}",
    waiting: "⏳ Waitlist: {{role}} — {{canteen}}",
    cancelled: "Cancelled: {{role}} — {{canteen}}",
    description: "Your {{role}} shift at {{canteen}}: cooking from {{cook}}, lunch at {{lunch}}.",
  },
  service: {
    summary: "🍽️ Lunch — {{canteen}}",
    summaryOpen_one: "🍽️ Lunch — {{canteen}} ({{count}} open place in the kitchen)",
    summaryOpen_other: "🍽️ Lunch — {{canteen}} ({{count}} open places in the kitchen)",
    menu: "Menu: {{menu}}",
    noMenu: "Menu not announced yet.",
    open_one: "{{count}} open place: {{list}}. To come and cook: /cook",
    open_other: "{{count}} open places: {{list}}. To come and cook: /cook",
    full: "The team is complete.",
  },
};

/** The help of /calendar, in English. Merged under `commands`. */
export const calendarCommandsEn = {
  calendar: {
    usage: "/calendar",
    description: "your calendar links (your shifts, the canteen's services), privately",
    examples: "Examples: /calendar · /calendar reset (replaces the links)",
    subcommands: {
      reset: { usage: "/calendar reset", description: "new links, privately: the old ones stop working" },
    },
  },
};
