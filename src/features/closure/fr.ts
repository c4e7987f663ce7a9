// Messages des fermetures (/fermeture) et du réglage des jours fériés, en français (la référence
// de en.ts), avec l'aide de la commande sous commands.closure.

/** Les messages des fermetures. */
export const closureFr = {
  list: {
    title: "🔒 Fermetures à venir — {{canteen}}",
    none: "Aucune fermeture prévue dans l'année qui vient.",
    one: "{{date}}{{why}}",
    range: "du {{from}} au {{to}}{{why}}",
    holiday: "férié",
    opened: "Jours fériés ouverts : {{dates}}",
    howTo: "Fermer : /fermeture <jour> [au <jour>] [motif] · rouvrir : /fermeture annuler <jour>",
  },
  closed: {
    done_one: "🔒 Fermé : {{dates}}{{why}} ({{count}} service).",
    done_other: "🔒 Fermé : {{dates}}{{why}} ({{count}} services).",
    shared: "🔒 La cantine sera fermée {{dates}}{{why}}.",
    told: "Prévenu·es en privé et retiré·es : {{names}}.",
    nobody: "Personne n'était inscrit·e ni n'avait répondu au sondage.",
    unreachable: "Sans compte de chat, à prévenir vous-mêmes : {{names}}.",
    oneDate: "le {{date}}",
    rangeDates: "du {{from}} au {{to}}",
  },
  notice: {
    closed: "🔒 {{canteen}} est fermée {{dates}}{{why}}.",
    signUp: "Ton inscription ({{role}}, {{date}}) est annulée : tu n'as rien à faire.",
    answer: "Ta réponse au sondage du {{date}} est effacée.",
  },
  reopened: {
    done: "🔓 Rouvert : le {{date}}. Les inscriptions sont possibles.",
    holiday: "🔓 {{holiday}} ({{date}}) : la cantine est ouverte ce jour férié. Les inscriptions sont possibles.",
    notClosed: "La cantine n'est pas fermée le {{date}} : rien à rouvrir.",
  },
  errors: {
    noDay: "Il manque le jour. {{usage}}",
    notOpen: "La cantine n'ouvre jamais ce jour-là ({{date}}) : rien à fermer.",
    noOpenDay: "La cantine n'ouvre aucun jour du {{from}} au {{to}} : rien à fermer.",
    backwards: "Le {{to}} est avant le {{from}} : donne d'abord le premier jour (/fermeture 1/8 au 31/8).",
    tooLong: "Du {{from}} au {{to}}, c'est plus de {{max}} jours : ferme en plusieurs fois.",
    reasonTooLong: "Le motif est trop long ({{max}} caractères au plus).",
  },
  settings: {
    line: "Jours fériés (feries) : {{holidays}}",
    default: "{{holidays}} (par défaut)",
    france: "France",
    alsace: "France, avec l'Alsace-Moselle (Vendredi saint, 26 décembre)",
    none: "aucun : la cantine ouvre les jours fériés",
    released: "🔒 {{holiday}} : prévenu·es en privé et retiré·es : {{names}}.",
    badHolidays:
      "Je ne connais pas « {{value}} » pour les jours fériés. Valeurs : france, alsace-moselle, aucun, un code de pays (BE, CH…), defaut.",
  },
};

/** L'aide de /fermeture. */
export const closureCommandsFr = {
  closure: {
    usage: "/fermeture [<jour> [au <jour>] [motif]] · /fermeture annuler <jour>",
    description: "fermer la cantine un jour ou une période (gérant·es) ; seule : les fermetures à venir",
    examples:
      "Exemples : /fermeture · /fermeture 11/11 · /fermeture 1/8 au 31/8 vacances d'été · /fermeture annuler 25/12 (rouvre, même un jour férié). Les personnes inscrites ou qui ont répondu au sondage sont prévenues en privé et retirées.",
  },
};
