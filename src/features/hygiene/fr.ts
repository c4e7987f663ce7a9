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
  formerVolunteer: "un·e ancien·ne bénévole",
  status: {
    title: "🌡️ Relevés du {{date}} — {{canteen}}",
    toRead: "{{name}} ({{limits}}) : à relever",
    within: "{{name}} : {{value}} à {{time}} ({{who}}) ✅",
    outsideNoAction: "{{name}} : {{value}} à {{time}} ({{who}}) ⚠️ hors limites ({{limits}}) — action corrective à noter",
    outsideActed: "{{name}} : {{value}} à {{time}} ({{who}}) ⚠️ hors limites ({{limits}}) — action : {{action}}",
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
  action: {
    saved: "📝 Action notée pour {{name}} ({{value}}, le {{date}} à {{time}}) : {{action}}",
  },
  alert: {
    text: "⚠️ {{canteen}} — {{name}} : {{value}} relevé par {{who}} à {{time}}, hors limites ({{limits}}).",
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
  errors: {
    noEquipment: "Aucun équipement à relever. Un·e gérant·e l'ajoute : /hygiene ajouter <nom> froid|congelateur|chaud [min max].",
    unknownEquipment: "Je ne connais pas l'équipement « {{name}} ». Équipements : {{list}}.",
    badLimits: "« {{words}} » : après le type, donne au plus deux températures (min max), par exemple /hygiene ajouter Frigo 1 froid 0 4.",
    nameTooLong: "Ce nom est trop long ({{max}} caractères au plus).",
    noTemperature: "Il manque la température. Utilisation : {{usage}}",
    implausible: "{{value}} ? Ce n'est pas une température de cuisine : vérifie le chiffre.",
    actionTooLong: "L'action est trop longue ({{max}} caractères au plus).",
    nothingToAct: "Aucun relevé hors limites n'attend d'action corrective (sur les deux derniers jours).",
  },
};

/** L'aide de /hygiene et /releve. */
export const hygieneCommandsFr = {
  hygiene: {
    usage: "/hygiene [equipements · ajouter · retirer · action]",
    description: "registre d'hygiène : les relevés de températures du jour, les équipements, les actions correctives",
    examples:
      "Exemples : /hygiene · /releve Frigo 1 3,5 · /hygiene action produits jetés, thermostat réglé · gérant·es : /hygiene ajouter Frigo 1 froid · /hygiene ajouter Congélateur congelateur · /hygiene ajouter Bain-marie chaud 65 90 · /hygiene retirer Frigo 1",
    subcommands: {
      equipment: { usage: "/hygiene equipements", description: "les équipements relevés et leurs limites" },
      add: {
        usage: "/hygiene ajouter <nom> froid|congelateur|chaud [min max]",
        description: "ajouter un équipement (par défaut : froid 0 à 4 °C, congélateur ≤ −18 °C, chaud ≥ 63 °C)",
      },
      remove: { usage: "/hygiene retirer <nom>", description: "ne plus relever un équipement (ses relevés restent)" },
      action: { usage: "/hygiene action <texte>", description: "l'action corrective du dernier relevé hors limites" },
    },
  },
  reading: {
    usage: "/releve <équipement> <température>",
    description: "noter une température (l'équipe du jour ou les gérant·es) ; seule : les relevés du jour",
    examples: "Exemples : /releve Frigo 1 3,5 · /releve Congélateur -19 · /releve Bain-marie 68°C",
  },
};
