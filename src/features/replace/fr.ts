// Messages of finding a replacement (/remplacer), French (the reference catalogue: en mirrors it).

export const replaceFr = {
  ask: "🔁 {{name}} ne peut pas venir {{date}} ({{role}}) — qui prend la place ?",
  askNote: "{{name}} reste inscrit·e tant que personne n'a pris la place.",
  take: "🙋 Je prends la place",
  taken: "✅ {{taker}} prend la place de {{name}} {{date}} ({{role}}). Merci !",
  withdrawn: "↩️ {{name}} s'est désinscrit·e {{date}} ({{role}}) : la place est sur le planning (/creneaux).",
  asked_one: "📣 C'est demandé dans le groupe de la cantine. Tu restes inscrit·e {{date}} ({{role}}) tant que personne n'a pris ta place.",
  asked_other:
    "📣 C'est demandé dans les {{count}} groupes de la cantine. Tu restes inscrit·e {{date}} ({{role}}) tant que personne n'a pris ta place.",
  already: "📣 Ta demande pour {{date}} ({{role}}) est déjà en cours : tu restes inscrit·e tant que personne n'a pris ta place.",
  notOnSheet: "Tu n'es pas inscrit·e {{date}} : il n'y a pas de place à céder.",
  waitlisted: "Tu es sur la liste d'attente {{date}} ({{role}}) : pour te retirer, /annuler.",
  nothing: "Tu n'as aucune inscription à venir à céder.",
  pick: "Pour quel service cherches-tu quelqu'un ?",
  youTook: "✅ C'est noté : tu prends la place {{date}} ({{role}}).",
  toastTook: "Place prise : merci !",
  handed:
    "✅ Quelqu'un attendait une place {{role}} {{date}} : elle lui revient tout de suite, sans appel aux groupes. Tu n'es plus inscrit·e — merci d'avoir prévenu !",
  toastHanded: "Ta place revient à la personne en attente",
  toWaiting:
    "🙏 Merci ! {{taker}} attendait une place {{role}} {{date}} sur la liste d'attente : elle lui revient. Rien ne change pour toi.",
  closedTaken: "Trop tard : {{taker}} a déjà pris cette place.",
  closedWithdrawn: "Cette demande est close : {{name}} s'est désinscrit·e.",
  own: "C'est ta propre demande : pour te retirer tout de suite, /annuler.",
  alreadyOn: "Tu es déjà inscrit·e {{date}} ({{role}}) : rien n'a changé.",
  alreadyWaiting:
    "Tu es sur la liste d'attente {{date}} ({{role}}) : rien n'a changé. Pour prendre cette place, retire-toi d'abord avec /annuler.",
  past: "Ce service a déjà commencé : la place ne change plus de main.",
  unknown: "Je ne trouve pas cette demande de remplacement.",
  replaced: "✅ {{taker}} prend ta place {{date}} ({{role}}) à {{canteen}} : tu n'es plus inscrit·e. Merci d'avoir prévenu !",
  alertOpen: "🔁 {{name}} cherche toujours quelqu'un pour prendre sa place ({{role}}).",
  alertOnly: "🔔 {{canteen}}, {{date}} : le planning est complet, mais une demande de remplacement reste sans réponse.",
};

/** The help of /remplacer, /remplacement and /prendre, in French. Merged under `commands`. */
export const replaceCommandsFr = {
  replace: {
    usage: "/remplacer [jour]",
    description:
      "chercher quelqu'un pour prendre ta place (la première personne en attente la prend d'abord) ; tu restes inscrit·e tant que personne ne l'a prise",
    examples: "Exemples : /remplacer mardi · /remplacer (tes inscriptions en boutons)",
  },
  replacement: {
    usage: "/remplacement <n°>",
    description: "le message d'une demande de remplacement, à jour",
    examples: "Exemple : /remplacement 12",
  },
  take: {
    usage: "/prendre <n°>",
    description: "prendre la place proposée par un·e bénévole (le bouton « Je prends la place »)",
    examples: "Exemple : /prendre 12",
  },
};
