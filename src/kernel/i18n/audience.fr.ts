// Ce que voit le groupe quand une réponse part en privé, en français. Clés identiques à audience.en.ts (un test le vérifie).

export const audienceFr = {
  sent: "{{name}}, je t'ai répondu en privé.",
  writeFirst:
    "ta réponse est personnelle et je ne peux pas encore t'écrire en privé : ouvre la conversation avec moi, appuie sur « Démarrer », puis redemande-moi.",
  openPrivateChat: "Ouvrir la conversation privée",
};
