// Messages of networks of canteens and the monthly digest, English (mirrors network.fr.ts).

export const networkEn = {
  command: {
    description: "network of canteens: its canteens; managers: create, invite, join, leave",
    examples:
      "Examples: /network · /network create Les Petites Cantines · /network invite · /network join K7Q2M9XA · /network leave · /impact network year",
    subcommands: {
      create: { usage: "/network create <name>", description: "create a network, your canteen its first member" },
      invite: { usage: "/network invite", description: "a one-time code (48 h) for another canteen to join the network" },
      join: { usage: "/network join CODE", description: "bring your canteen into a network" },
      leave: { usage: "/network leave", description: "take your canteen out of its network" },
      list: { usage: "/network list", description: "the network's canteens (their names only)" },
    },
  },
  usage: {
    create: "/network create <network name>",
    join: "/network join CODE (the code given by /network invite)",
  },
  list: {
    title_one: '🕸️ Network "{{network}}" — {{count}} canteen',
    title_other: '🕸️ Network "{{network}}" — {{count}} canteens',
    yours: " (your canteen)",
    managerTips:
      "You manage this network: /impact network [period] for its figures, /network invite to add a canteen. You see the canteens' figures, never their members or groups.",
    memberNote: "The network's managers see your canteen's figures (never its members or groups). /network leave to leave it.",
  },
  none: "{{canteen}} is not part of any network.",
  noneHow: "To create one: /network create <name>. To join one: /network join CODE, with a code from one of its managers.",
  created: {
    title: '🕸️ Network "{{network}}" created',
    body: "{{canteen}} is its first canteen, and you manage it: you will see its canteens' figures.",
    tipInvite: "to add a canteen: /network invite, then one of that canteen's managers types /network join CODE;",
    tipImpact: "the network's figures, one line per canteen: /impact network [month · year · all].",
  },
  invite: {
    created: 'A code to bring a canteen into the network "{{network}}". One of that canteen\'s managers types, in its group:',
    command: "/network join",
    expires: "Works once, for {{hours}} h (until {{when}}).",
  },
  joined: {
    title: '🕸️ {{canteen}} joined the network "{{network}}"',
    body: "Its managers will see your canteen's figures (services, meals, survey), never its members, their names or your groups. /network leave to leave it.",
  },
  left: {
    done: '{{canteen}} left the network "{{network}}". Its managers no longer see your figures.',
    closed: '{{canteen}} left the network "{{network}}": it was its last canteen, so the network is removed.',
  },
  buttons: {
    impact: "📊 Network figures",
    invite: "➕ Invite a canteen",
  },
  errors: {
    severalNetworks: "You manage several networks ({{networks}}): write this command in the group of one of their canteens.",
    alreadyMember: '{{canteen}} is already part of the network "{{network}}". A canteen is in one network only: /network leave first.',
    nameTaken: 'A network is already called "{{network}}". Pick another name, or ask its managers for a code.',
    badName: "This network name has no letter or digit.",
    badCode: "This code does not work: unknown, already used or expired (48 h). Ask for a new one (/network invite).",
    notInNetwork: "{{canteen}} is not part of any network.",
  },
  impact: {
    title: '🕸️ Network "{{network}}" — {{period}}',
    perCanteen: "Per canteen",
    canteenLine: "{{canteen}}: {{figures}}",
    empty: "No service in the period.",
    privacy: "Figures only: no members, names or groups of the canteens.",
  },
  line: {
    nothingClosed_zero: "no service held or closed in the period",
    nothingClosed_one: "{{count}} service held, not closed yet",
    nothingClosed_other: "{{count}} services held, none closed yet",
    meals: "{{value}} meals",
    services: "{{closed}}/{{held}} services closed",
  },
  digest: {
    canteenTitle: "📊 {{canteen}} — {{month}}",
    networkTitle: '🕸️ Network "{{network}}" — {{month}}',
    intro: "Last month's figures, for you only:",
    more: "Details and other periods: /impact last month",
    moreNetwork: "Details and other periods: /impact network last month",
  },
};
