// Messages of profiles (diets, allergies) and of forgetting oneself, French (the reference catalogue: en.ts mirrors it).

/** The profile's and /oublier's messages and their commands' help (/regime, /allergies, /profil, /oublier), in French. */
export const profileFr = {
  profile: {
    title: "👤 Profil de {{name}}",
    diets: "Régime : {{list}}",
    allergies: "Allergies : {{list}}",
    none: "aucun",
    noneAllergies: "aucune",
    howTo:
      "Change-les avec /regime vegetarien (ou aucun) et /allergies gluten lait (ou aucune). La cuisine ne voit que des totaux, jamais de noms.",
    saved: "✅ C'est noté.",
    unknownDiet: "Je ne connais pas le régime « {{word}} ». Régimes : {{list}} (ou « aucun »).",
  },
  forget: {
    confirm: "Pour effacer tes données (comptes, profil, inscriptions à venir), tape exactement : /oublier moi",
    nothing: "Je n'ai aucune donnée à ton sujet.",
    done: "🧹 C'est fait : je t'ai oublié·e. Tes inscriptions à venir sont annulées ; les services passés ne comptent plus qu'un anonyme.",
    promoted_one: "{{count}} personne en attente a pris ta place.",
    promoted_other: "{{count}} personnes en attente ont pris tes places.",
  },
  commands: {
    forget: {
      usage: "/oublier moi",
      description: "effacer tes données (comptes, profil, inscriptions à venir)",
      examples: "Exemple : /oublier moi",
    },
    diet: {
      usage: "/regime [régimes]",
      description: "ton régime (végétarien, végétalien, halal, sans porc, sans gluten, aucun)",
      examples: "Exemples : /regime vegetarien · /regime aucun",
    },
    allergies: {
      usage: "/allergies [allergènes]",
      description: "tes allergies, pour prévenir la cuisine (sans ton nom)",
      examples: "Exemples : /allergies gluten lait · /allergies aucune",
    },
    profile: {
      usage: "/profil",
      description: "ton régime et tes allergies",
      examples: "Exemple : /profil",
    },
  },
};
