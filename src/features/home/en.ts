// Messages of a chat app's home (Slack's App Home tab), English. Keys mirror home.fr.ts.

export const homeEn = {
  title: "🏠 Tablée",
  welcome: "Welcome! Type /tablee help in your canteen's channel to get started.",
  closedToday: "No service today.",
  menu: "Today: {{menu}}",
  noMenu: "Today: menu not announced yet.",
  count: "So far: {{count}}",
  shifts: "Your next shifts",
  noShifts: "No shift coming up: /cook to sign up.",
  shift: "{{date}} — {{role}} · {{canteen}}",
  shiftWaiting: "{{date}} — {{role}} · {{canteen}} (waitlist)",
  open: "Open the board",
  linkNote: "The button logs you in for 10 minutes; reopen this tab for a new link.",
  openInTelegram: "📋 Open the board in Telegram",
  noBoard: "The web board is not served here.",
};
