// Messages of the welcome survey, French (the reference catalogue).

export const surveyFr = {
  title: "💬 {{canteen}} — comment c'était, le {{date}} ?",
  intro: "Trois petites questions sur le repas d'aujourd'hui :",
  questions: {
    welcome: "Tu t'es senti·e accueilli·e comme tu es, sans avoir à jouer un rôle ?",
    confidence: "Te sens-tu en confiance avec les autres convives, y compris celles et ceux que tu ne connaissais pas ?",
    first: "C'était ton premier repas ici ?",
  },
  answers: { yes: "Oui", "rather-yes": "Plutôt oui", "rather-no": "Plutôt non", no: "Non" },
  anonymous:
    "🔒 Les réponses sont anonymes : on compte les réponses, on ne garde jamais qui a répondu quoi. Personne ne voit les résultats en direct.",
  thanks: "Merci, ta réponse est comptée (anonymement) !",
  already: "Merci ! Tu avais déjà répondu à cette question : ta première réponse reste comptée.",
  bad: "Ce bouton d'enquête n'est pas valide.",
  closed: "L'enquête du {{date}} est close.",
  notHere:
    "Aucune enquête du {{date}} n'a été posée ici : réponds avec les boutons du message d'enquête, dans le groupe où il a été posté.",
};

/** The help of /enquete, in French. Merged under `commands`. */
export const surveyCommandsFr = {
  survey: {
    usage: "/enquete",
    description: "répondre à l'enquête d'accueil (boutons)",
    examples: "Les boutons de l'enquête s'en chargent.",
  },
};
