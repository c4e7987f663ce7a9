// Messages de l'accueil d'une appli de chat (onglet Accueil de Slack), en français. Clés identiques à home.en.ts.

export const homeFr = {
  title: "🏠 Tablée",
  welcome: "Bienvenue ! Écris /tablee aide dans le canal de ta cantine pour commencer.",
  closedToday: "Pas de service aujourd'hui.",
  menu: "Aujourd'hui : {{menu}}",
  noMenu: "Aujourd'hui : menu pas encore annoncé.",
  count: "Pour l'instant : {{count}}",
  shifts: "Tes prochains créneaux",
  noShifts: "Aucun créneau à venir : /cuisiner pour t'inscrire.",
  shift: "{{date}} — {{role}} · {{canteen}}",
  shiftWaiting: "{{date}} — {{role}} · {{canteen}} (liste d'attente)",
  open: "Ouvrir le tableau",
  linkNote: "Le bouton se connecte pour toi pendant 10 minutes ; rouvre cet onglet pour un nouveau lien.",
  openInTelegram: "📋 Ouvrir le tableau dans Telegram",
  noBoard: "Le tableau web n'est pas servi ici.",
};
