// Messages of the headcount poll, French (the reference catalogue: en.ts mirrors it).

/** The poll's answers and its commands' help (/manger, /pasmanger, /couverts), in French. */
export const pollFr = {
  poll: {
    badGuests: "Le nombre d'invité·es va de 0 à {{max}}, par exemple /manger +2.",
    closed: "Le sondage du {{date}} est clos depuis {{time}}. Pour un changement de dernière minute, préviens un·e gérant·e.",
    eating_zero: "🍽️ {{name}} mange {{date}}.",
    eating_one: "🍽️ {{name}} mange {{date}} avec {{count}} invité·e.",
    eating_other: "🍽️ {{name}} mange {{date}} avec {{count}} invité·es.",
    notEating: "👋 {{name}} ne mange pas {{date}}.",
    total_one: "Total : {{count}} couvert.",
    total_other: "Total : {{count}} couverts.",
  },
  commands: {
    eat: {
      usage: "/manger [jour] [+invités]",
      description: "je mange (avec des invité·es)",
      examples: "Exemples : /manger · /manger +2 · /manger mardi",
    },
    noeat: {
      usage: "/pasmanger [jour]",
      description: "je ne mange pas",
      examples: "Exemples : /pasmanger · /pasmanger mardi",
    },
    headcount: {
      usage: "/couverts [jour]",
      description: "combien de couverts pour un service",
      examples: "Exemples : /couverts · /couverts demain",
    },
  },
};
