// Messages of /link (joining one's accounts on several apps), in English. Same keys as link.fr.ts.

export const linkEn = {
  privateOnly: "🔗 To link your accounts, send me /link in a private message.",
  seenInGroup: "This code was seen in this group: I cancelled it. Ask for a new one with /link, in a private message.",
  openPrivateChat: "🔗 Open the private chat",
  created: "On your other app (Telegram, Discord or Slack), send me this privately within {{minutes}} minutes:",
  why: "Your sign-ups and answers will then be the same everywhere.",
  keep: "This code joins to you the account that types it: give it to nobody, type it yourself.",
  confirmTitle: "🔗 Join this account to {{name}}'s on {{app}}?",
  canteens: "Their canteens: {{list}}",
  noCanteens: "That account is not part of any canteen.",
  whatMoves: "This account and everything in it (sign-ups, answers, profile) will move to that person.",
  warning:
    "⚠️ Only confirm if you created this code yourself on your other app. If someone gave you this code or asked you to type it, answer “That's not me”.",
  notCarriedBefore: "These roles of this account will not move: {{roles}}. A role moves only when both accounts had it.",
  otherWay: "To keep them, answer “That's not me”, type /link here and enter the code on your other app.",
  orType: "Or type /link {{code}} yes (or /link {{code}} no).",
  confirm: "✅ Yes, that's me",
  cancel: "✋ That's not me",
  done: "🔗 Done: your accounts are linked (to {{name}}'s); your answers are the same on every app.",
  notCarriedAfter: "⚠️ These roles of this account were not carried over: {{roles}}. A role moves only when both accounts had it.",
  regainManager: "To be a manager again, ask another manager of the canteen to type /manager {{name}} in its group.",
  regainOwn:
    "If both accounts are yours, next time make the code (/link) on the account that has the role and type it on the other one: the role then moves.",
  roleManager: "manager of {{canteen}}",
  roleNetwork: "managing the network {{network}}",
  cancelled: "✋ Nothing was linked, and this code no longer works. If someone asked you to type it, give them nothing else.",
  own: "This code comes from this very account: type it on your other app.",
  badCode: "This code isn't valid (already used or expired). Ask for a new one with /link on the other app.",
  unknownWord: "Answer /link {{code}} yes to confirm, or /link {{code}} no to cancel.",
  apps: { telegram: "Telegram", discord: "Discord", slack: "Slack", console: "the console" },
};

/** The help of /link, in English. Merged under `commands`. */
export const linkCommandsEn = {
  link: {
    usage: "/link [code] [yes|no]",
    description: "link your accounts on several apps (in a private message); the code first shows whom you are joining",
    examples: "Examples: /link · /link K7Q2M9 · /link K7Q2M9 yes",
  },
};
