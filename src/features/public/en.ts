// The canteen's public page's messages (and /page's), in English. Same keys as fr.ts.

export const publicEn = {
  settings: {
    line: "Public page: {{state}} · address: {{address}} · access: {{access}}",
    on: "online",
    off: "offline",
    onByAddress: "online (an address is set)",
    offNoAddress: "offline until an address is set",
    howTo:
      "Public page: /settings address 12 Lilac Street, Lyon · access Croix-Rousse metro, 2nd floor (- to clear) · page yes (or no, or default: online once there is an address)",
    badPage: "“{{value}}”: type /settings page yes, no or default.",
    tooLong: "That is too long: {{max}} characters at most.",
  },
  command: {
    title: "🌍 {{canteen}}'s public page",
    share: "📤 Share on WhatsApp",
    open: "Open the page",
    shareText: "Lunch at {{canteen}}: menus, times, address",
    note: "Share it anywhere (WhatsApp, Signal, posters…): it shows the address, the times, the closures, the week's menus and their allergens, and no one's name.",
    off: "{{canteen}}'s public page is not online. A manager puts it online with /settings address <address> (or /settings page yes).",
    notServed: "The public page is not available: Tablée's web server is not served here.",
    local: "⚠️ This link only works on this machine: the server's public address (TABLEE_PUBLIC_URL) is not set.",
  },
  page: {
    title: "{{canteen}} — a community canteen",
    switch: "Français",
    where: "Where to find us",
    noAddress: "No address given yet.",
    access: "How to come: ",
    when: "When",
    days: "Open on {{days}}, lunch at {{lunch}}.",
    closuresTitle: "Coming closures",
    noClosure: "No closure planned.",
    closedOn: "Closed on {{date}}",
    closedFromTo: "Closed from {{from}} to {{to}}",
    menusTitle: "This week's menus",
    noService: "No lunch in the next 7 days.",
    noMenu: "Menu not published yet.",
    diets: "Suits: {{list}}",
    allergens: "Allergens: {{list}}",
    noAllergen: "None of the 14 regulated allergens declared.",
    allergensNote: "The 14 regulated allergens: {{list}}. Under each dish, those it contains; if in doubt, ask the kitchen.",
    priceTitle: "Pay what you can",
    price: "Everyone gives what they can: no one is turned away.",
    costFull: "A meal costs us {{total}} ({{ingredients}} of ingredients, {{running}} of running costs).",
    costIngredients: "A meal's ingredients cost us {{amount}}.",
    costRunning: "Running costs come to {{amount}} a meal.",
    today: "Today: {{menu}}",
    next: "{{date}}: {{menu}}",
    description: "A community canteen: address, opening times and this week's menus.",
    footer: "Page published with Tablée.",
  },
};

/** The help of /page, in English. Merged under `commands`. */
export const publicCommandsEn = {
  page: {
    usage: "/page",
    description: "the link to the canteen's public page, to share",
    examples: "Example: /page",
  },
};
