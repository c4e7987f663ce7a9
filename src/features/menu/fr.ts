// Messages of menus and allergens, French (the reference catalogue: en.ts mirrors it).

/** The menu's messages and its commands' help (/menu, /allergenes), in French. */
export const menuFr = {
  menu: {
    title: "🍲 Menu du {{date}}",
    saved: "✅ Menu enregistré (l'annonce déjà postée est mise à jour).",
    savedForLater: "✅ Menu enregistré : il sera dans l'annonce du jour, à {{time}}.",
    unknownTags: "Je ne connais pas {{tags}}. Régimes : {{diets}}. Allergènes (en #tag ou avec /allergenes) : {{allergens}}.",
    tooLong: "Ce menu fait {{length}} caractères : {{max}} au plus, pour tenir dans une annonce sur Telegram, Discord et Slack.",
    unknownAllergen: "« {{word}} » n'est pas un des 14 allergènes réglementaires : {{list}}. (« aucun » pour vider la liste.)",
    conflict: "⚠️ À vérifier : le menu est marqué {{diet}} mais indique {{what}}.",
    conflictFix: "Le menu est enregistré tel quel : corrige le texte ou les #tags avec /menu <jour> … si besoin.",
    diet: {
      vegetarian_one: "{{count}} végétarien·ne",
      vegetarian_other: "{{count}} végétarien·nes",
      vegan_one: "{{count}} végétalien·ne",
      vegan_other: "{{count}} végétalien·nes",
      halal_one: "{{count}} personne qui mange halal",
      halal_other: "{{count}} personnes qui mangent halal",
      porkfree_one: "{{count}} personne sans porc",
      porkfree_other: "{{count}} personnes sans porc",
      glutenfree_one: "{{count}} personne sans gluten",
      glutenfree_other: "{{count}} personnes sans gluten",
    },
    uncovered: "⚠️ {{who}} : le plat principal n'est pas marqué {{diet}}.",
  },
  commands: {
    menu: {
      usage: "/menu [jour] [texte #tags]",
      description: "voir le menu ; gérant·es : le publier (#vegetarien #halal… et allergènes #gluten #lait…)",
      examples: "Exemples : /menu · /menu mardi · /menu mardi Dahl de lentilles, riz ; crumble #vegetarien #gluten",
    },
    allergens: {
      usage: "/allergenes <jour> <allergènes>",
      description: "fixer les allergènes du menu (les 14 réglementaires)",
      examples: "Exemples : /allergenes mardi gluten lait · /allergenes mardi aucun",
    },
  },
};
