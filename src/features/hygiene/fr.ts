// Messages des relevés d'hygiène (/hygiene, /releve), en français (la référence de en.ts), avec
// l'aide des commandes sous commands.hygiene et commands.reading.

/** Les messages des relevés d'hygiène. */
export const hygieneFr = {
  kinds: { fridge: "froid positif", freezer: "congélateur", hot: "maintien au chaud" },
  limits: {
    range: "{{min}} à {{max}}",
    atMost: "≤ {{max}}",
    atLeast: "≥ {{min}}",
    none: "sans limites",
  },
  dishKinds: { cooling: "refroidissement", core: "cuisson à cœur", reheat: "remise en température" },
  duration: { minutes: "{{m}} min", hours: "{{h}} h", both: "{{h}} h {{m}}" },
  formerVolunteer: "un·e ancien·ne bénévole",
  status: {
    title: "🌡️ Relevés du {{date}} — {{canteen}}",
    toRead: "{{name}} ({{limits}}) : à relever",
    within: "{{name}} : {{value}} à {{time}} ({{who}}) ✅",
    outsideNoAction: "{{name}} : {{value}} à {{time}} ({{who}}) ⚠️ hors limites ({{limits}}) — action corrective à noter",
    outsideActed: "{{name}} : {{value}} à {{time}} ({{who}}) ⚠️ hors limites ({{limits}}) — action : {{action}}",
    dishes: "Plats :",
    coolingOpen: "Refroidissement de {{dish}} : {{start}} à {{startTime}} ({{who}}), en cours",
    coolingUnanswered: "Refroidissement de {{dish}} : {{start}} à {{startTime}} ({{who}}), sans température de fin",
    coolingDone: "Refroidissement de {{dish}} : {{start}} à {{startTime}} → {{value}} à {{time}} en {{duration}} ({{who}})",
    hot: "{{what}} de {{dish}} : {{value}} à {{time}} ({{who}})",
    acted: "action : {{action}}",
    noAction: "hors limites — action corrective à noter",
    howTo: "Relever : /releve <équipement> <température> · hors limites : /hygiene action <ce qui a été fait>",
  },
  equipment: {
    title: "🧊 Équipements — {{canteen}}",
    line: "{{name}} — {{kind}}, {{limits}}",
    howTo: "Gérant·es : /hygiene ajouter <nom> froid|congelateur|chaud [min max] · /hygiene retirer <nom>",
    added: "✅ {{name}} ajouté : {{kind}}, {{limits}}.",
    updated: "✅ {{name}} mis à jour : {{kind}}, {{limits}}.",
    readHowTo: "L'équipe du jour le relève avec /releve {{name}} 3,5 ; le message du matin le rappelle au ou à la chef·fe.",
    removed: "{{name}} retiré : on ne le relève plus, ses relevés restent au registre.",
  },
  reading: {
    within: "✅ {{name}} : {{value}}, dans les limites ({{limits}}). Relevé par {{who}}.",
    outside: "⚠️ {{name}} : {{value}}, HORS LIMITES ({{limits}}). Relevé par {{who}}.",
    askAction:
      "Que fais-tu ? Note l'action corrective : /hygiene action <texte>, par exemple /hygiene action produits jetés, thermostat réglé.",
    managersTold: "Les gérant·es sont prévenu·es en privé.",
  },
  cooling: {
    started:
      "❄️ Refroidissement de {{dish}} commencé à {{time}} ({{value}}). Il doit être à {{max}} au plus dans {{hours}} h : je te demande alors sa température.",
    endHowTo: "Fin : /hygiene refroidissement {{dish}} fin <température>, puis au froid entre 0 et 3 °C.",
    within:
      "✅ Refroidissement de {{dish}} : {{value}} en {{duration}}, dans les limites ({{max}} au plus en {{hours}} h). Au froid entre 0 et 3 °C.",
    outside: "⚠️ Refroidissement de {{dish}} : {{value}} en {{duration}}, HORS LIMITES ({{max}} au plus en {{hours}} h).",
    ask: "⏱️ {{canteen}} — le refroidissement de {{dish}} a commencé à {{time}} ({{start}}) : les 2 h sont passées. Quelle température ({{max}} au plus) ?",
    unanswered: "⚠️ {{canteen}} — le refroidissement de {{dish}} commencé à {{time}} n'a pas de température de fin : il est hors limites.",
  },
  hot: {
    within: "✅ {{what}} de {{dish}} : {{value}}, dans les limites (≥ {{min}}).",
    outside: "⚠️ {{what}} de {{dish}} : {{value}}, HORS LIMITES (≥ {{min}}).",
  },
  action: {
    noValue: "sans température",
    saved: "📝 Action notée pour {{name}} ({{value}}, le {{date}} à {{time}}) : {{action}}",
  },
  alert: {
    text: "⚠️ {{canteen}} — {{name}} : {{value}} relevé par {{who}} à {{time}}, hors limites ({{limits}}).",
    cooling:
      "⚠️ {{canteen}} — refroidissement de {{dish}} : {{value}} en {{duration}}, hors limites ({{max}} au plus en 2 h), noté par {{who}}.",
    hot: "⚠️ {{canteen}} — {{what}} de {{dish}} : {{value}} relevé par {{who}} à {{time}}, hors limites (≥ {{min}}).",
    unanswered:
      "⚠️ {{canteen}} — le refroidissement de {{dish}} commencé par {{who}} à {{time}} n'a pas de température de fin après 2 h : hors limites.",
    action: "L'équipe est invitée à noter l'action corrective (/hygiene action <texte>) ; /hygiene montre les relevés du jour.",
  },
  checks: {
    title: "🌡️ Relevés de températures — {{canteen}}, {{date}}",
    text_one: "Avant le service ({{time}}), un équipement à relever :",
    text_other: "Avant le service ({{time}}), {{count}} équipements à relever :",
    item: "{{name}} ({{limits}})",
    howTo: "Réponds avec /releve <équipement> <température>, par exemple /releve {{name}} {{value}}",
  },
  missing: {
    title: "🌡️ Relevés manquants — {{canteen}}, {{date}}",
    text_one: "Le service commence ({{time}}) et un équipement n'a pas été relevé :",
    text_other: "Le service commence ({{time}}) et {{count}} équipements n'ont pas été relevés :",
    howTo: "L'équipe du jour ou un·e gérant·e : /releve {{name}} <température>",
  },
  cleaning: {
    title: "🧽 Nettoyage du {{date}} — {{canteen}}",
    noPlan: "Pas encore de plan de nettoyage. Un·e gérant·e l'écrit : /hygiene nettoyage ajouter <tâche> quotidien|hebdo <jour>.",
    nothingToday: "Aucune tâche aujourd'hui.",
    toDo: "{{task}} : à faire",
    doneLine: "{{task}} : fait par {{who}} à {{time}} ✅",
    button: "✅ {{task}} — fait",
    otherDays: "Les autres jours : {{list}}",
    howTo:
      "Appuie sur « fait » quand une tâche est faite. Gérant·es : /hygiene nettoyage ajouter <tâche> quotidien|hebdo <jour> · /hygiene nettoyage retirer <tâche>",
    daily: "chaque jour de service",
    weekly: "chaque {{day}}",
    added: "✅ {{task}} ajouté au plan de nettoyage : {{when}}.",
    updated: "✅ {{task}} mis à jour : {{when}}.",
    removed: "{{task}} retiré du plan de nettoyage (ce qui a été fait reste au registre).",
    recorded: "📝 Noté — {{line}}",
    already: "Déjà noté — {{line}}",
    addUsage: "/hygiene nettoyage ajouter <tâche> quotidien · /hygiene nettoyage ajouter <tâche> hebdo <jour>",
    removeUsage: "/hygiene nettoyage retirer <tâche>",
    undoneTitle: "🧽 {{canteen}} — nettoyage du {{date}}",
    undoneText: "{{count}} tâche(s) du plan de nettoyage pas faite(s) à la fin du service :",
    undoneHowTo: "Une tâche faite quand même : /hygiene nettoyage, puis « fait ».",
  },
  training: {
    recorded: "🎓 Noté : {{name}} a suivi la formation hygiène de 14 h le {{day}}.",
    onTeam: "🎓 Formé·e à l'hygiène dans l'équipe : {{names}}",
    noneOnTeam: "🎓 Personne dans l'équipe n'a la formation hygiène de 14 h.",
    alertNone: "🎓 Personne de formé·e à l'hygiène (14 h) dans l'équipe.",
  },
  errors: {
    noEquipment: "Aucun équipement à relever. Un·e gérant·e l'ajoute : /hygiene ajouter <nom> froid|congelateur|chaud [min max].",
    unknownEquipment: "Je ne connais pas l'équipement « {{name}} ». Équipements : {{list}}.",
    badLimits: "« {{words}} » : après le type, donne au plus deux températures (min max), par exemple /hygiene ajouter Frigo 1 froid 0 4.",
    nameTooLong: "Ce nom est trop long ({{max}} caractères au plus).",
    noTemperature: "Il manque la température. Utilisation : {{usage}}",
    implausible: "{{value}} ? Ce n'est pas une température de cuisine : vérifie le chiffre.",
    noCooling: "Aucun refroidissement en cours. Pour en commencer un : /hygiene refroidissement <plat> <température>.",
    unknownCooling: "Aucun refroidissement en cours pour « {{dish}} ». En cours : {{list}}.",
    actionTooLong: "L'action est trop longue ({{max}} caractères au plus).",
    nothingToAct: "Aucun relevé hors limites n'attend d'action corrective (sur les deux derniers jours).",
    badWeekday: "« {{word}} » n'est pas un jour de la semaine (lundi, mardi…).",
    unknownTask: "Je ne connais pas la tâche « {{name}} ». Plan : {{list}}.",
    taskNotToday: "Cette tâche n'est pas au plan d'aujourd'hui.",
    badTrainingDay: "« {{word}} » n'est pas une date : donne le jour de la formation, par exemple 12/03/2025.",
    futureTraining: "Cette date est à venir : note la formation une fois faite.",
    unknownPerson: "Je ne connais personne du nom de « {{name}} » dans cette cantine.",
  },
};

/** L'aide de /hygiene et /releve. */
export const hygieneCommandsFr = {
  hygiene: {
    usage: "/hygiene [equipements · ajouter · retirer · action · refroidissement · cuisson · rechauffage · nettoyage · formation]",
    description: "registre d'hygiène : les relevés de températures du jour, les équipements, les actions correctives",
    examples:
      "Exemples : /hygiene · /releve Frigo 1 3,5 · /hygiene action produits jetés, thermostat réglé · /hygiene refroidissement Blanquette 68 puis /hygiene refroidissement Blanquette fin 8 · /hygiene cuisson Poulet 75 · gérant·es : /hygiene ajouter Frigo 1 froid · /hygiene ajouter Congélateur congelateur · /hygiene ajouter Bain-marie chaud 65 90 · /hygiene retirer Frigo 1",
    subcommands: {
      equipment: { usage: "/hygiene equipements", description: "les équipements relevés et leurs limites" },
      add: {
        usage: "/hygiene ajouter <nom> froid|congelateur|chaud [min max]",
        description: "ajouter un équipement (par défaut : froid 0 à 4 °C, congélateur ≤ −18 °C, chaud ≥ 63 °C)",
      },
      remove: { usage: "/hygiene retirer <nom>", description: "ne plus relever un équipement (ses relevés restent)" },
      cooling: {
        usage: "/hygiene refroidissement <plat> <température> · /hygiene refroidissement <plat> fin <température>",
        description: "un refroidissement : de +63 °C à +10 °C au plus en 2 h (je demande la fin au bout de 2 h)",
      },
      core: { usage: "/hygiene cuisson <plat> <température>", description: "la température à cœur d'une cuisson (≥ +63 °C)" },
      reheat: { usage: "/hygiene rechauffage <plat> <température>", description: "une remise en température (≥ +63 °C en 1 h au plus)" },
      cleaning: {
        usage: "/hygiene nettoyage [ajouter <tâche> quotidien|hebdo <jour> · retirer <tâche>]",
        description: "le plan de nettoyage : les tâches du jour à cocher ; gérant·es : ajouter, retirer",
      },
      cleaningDone: { usage: "/hygiene nettoyage-fait <n°>", description: "noter une tâche de nettoyage faite (le bouton « fait »)" },
      training: { usage: "/hygiene formation <nom> <jour>", description: "noter qu'une personne a suivi la formation hygiène de 14 h" },
      action: { usage: "/hygiene action <texte>", description: "l'action corrective du dernier relevé hors limites" },
    },
  },
  reading: {
    usage: "/releve <équipement> <température>",
    description: "noter une température (l'équipe du jour ou les gérant·es) ; seule : les relevés du jour",
    examples: "Exemples : /releve Frigo 1 3,5 · /releve Congélateur -19 · /releve Bain-marie 68°C",
  },
};
