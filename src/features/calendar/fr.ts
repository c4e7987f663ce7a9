// Messages des calendriers (liens iCal secrets), en français. Clés identiques à calendar.en.ts (un test le vérifie).

export const calendarFr = {
  title: "📅 Tes calendriers",
  shifts: "Mes créneaux : ",
  canteen: "Les services de {{canteen}} : ",
  howTo:
    "Dans ton agenda (Google Agenda, Calendrier d'Apple, Outlook, Thunderbird…), choisis « ajouter un calendrier à partir d'une URL » et colle un lien : il se met à jour tout seul.",
  secret: "Ces liens sont personnels : ne les partage pas. /calendrier nouveau les remplace (les anciens cessent de marcher).",
  revoked_zero: "Tu n'avais aucun lien de calendrier : en voici de nouveaux.",
  revoked_one: "🔒 Ton ancien lien ne marche plus. Voici les nouveaux.",
  revoked_other: "🔒 Tes {{count}} anciens liens ne marchent plus. Voici les nouveaux.",
  noBoard: "Les calendriers ne sont pas disponibles : le tableau web de Tablée n'est pas servi ici.",
  unknownWord: "Je ne connais pas « {{word}} » ici. /calendrier donne tes liens ; /calendrier nouveau les remplace.",
  web: {
    copy: "Copier le lien",
    copied: "Copié ✓",
    subscribe: "S'abonner (Apple, Outlook, Thunderbird)",
    google: "Ajouter à Google Agenda",
    download: "Télécharger (.ics)",
    secret: "Ces liens sont personnels : ne les partage pas. « Révoquer » ci-dessous les remplace (les anciens cessent alors de marcher).",
    title: "📅 Mes calendriers",
    get: "Obtenir mes liens",
    reset: "Révoquer mes anciens liens et en obtenir de nouveaux",
    resetNote:
      "Chaque lien donné reste valable jusqu'à une révocation. Révoquer coupe tous tes anciens liens, partout (ils répondent alors « introuvable »).",
    back: "← Retour au planning",
    link: "📅 Mes calendriers (liens pour ton agenda)",
  },
  feed: {
    shifts: "Tablée — mes créneaux",
    canteen: "Tablée — {{canteen}}",
  },
  shift: {
    summary: "{{role}} — {{canteen}}",
    waiting: "⏳ Liste d'attente : {{role}} — {{canteen}}",
    cancelled: "Annulé : {{role}} — {{canteen}}",
    description: "Ton créneau {{role}} à {{canteen}} : cuisine dès {{cook}}, repas à {{lunch}}.",
  },
  service: {
    summary: "🍽️ Repas — {{canteen}}",
    summaryOpen_one: "🍽️ Repas — {{canteen}} ({{count}} place libre en cuisine)",
    summaryOpen_other: "🍽️ Repas — {{canteen}} ({{count}} places libres en cuisine)",
    menu: "Menu : {{menu}}",
    noMenu: "Menu pas encore annoncé.",
    open_one: "{{count}} place libre : {{list}}. Pour venir cuisiner : /cuisiner",
    open_other: "{{count}} places libres : {{list}}. Pour venir cuisiner : /cuisiner",
    full: "Équipe complète.",
  },
};

/** The help of /calendrier, in French. Merged under `commands`. */
export const calendarCommandsFr = {
  calendar: {
    usage: "/calendrier",
    description: "tes liens de calendrier (tes créneaux, les services de la cantine), en privé",
    examples: "Exemples : /calendrier · /calendrier nouveau (remplace les liens)",
    subcommands: {
      reset: { usage: "/calendrier nouveau", description: "de nouveaux liens, en privé : les anciens ne marchent plus" },
    },
  },
};
