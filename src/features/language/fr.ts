// Messages of each person's language (/langue), French (the reference catalogue: en mirrors it).

export const languageFr = {
  current:
    "🗣️ Je te parle en français dans ce que toi seul·e vois (messages privés, rappels, briefs, réponses éphémères). Les groupes restent dans la langue de la cantine.",
  fromApp: "(D'après la langue de ton application : choisis-en une pour la garder.)",
  set: "✅ C'est noté : je te parle désormais en français dans ce que toi seul·e vois. Les groupes restent dans la langue de la cantine.",
  auto: "✅ C'est noté : je suis de nouveau la langue de ton application (français pour l'instant).",
  unknownPerson: "Je ne te connais pas encore : rejoins d'abord le groupe d'une cantine, puis réessaie.",
  french: "🇫🇷 Français",
  english: "🇬🇧 English",
};

/** The help of /langue, in French. Merged under `commands`. */
export const languageCommandsFr = {
  language: {
    usage: "/langue [fr|en|auto]",
    description: "la langue de ce que toi seul·e vois (messages privés, rappels, réponses éphémères)",
    examples: "Exemples : /langue en · /langue fr · /langue auto (celle de ton application)",
  },
};
