// Messages of a canteen's settings, French (the reference catalogue: en.ts mirrors it).

/** The settings' messages and the help of /reglages, in French. */
export const settingsFr = {
  settings: {
    title: "⚙️ Réglages — {{canteen}}",
    days: "Jours d'ouverture : {{days}}",
    times: "Cuisine {{cook}} · repas {{lunch}} · annonce {{announce}} · fin du sondage {{deadline}}",
    eve: "La veille : rappel aux bénévoles {{reminder}} · alerte aux gérant·es {{alert}}",
    other: "Couverts : {{covers}} · langue : {{language}} · fuseau : {{timezone}}",
    texts: "Textes : annonce « {{announce}} » · rappel « {{reminder}} » · renfort « {{help}} »",
    howTo:
      "Gérant·es : /reglages annonce 9h30 · fin-sondage 11h · rappel 18h · alerte 16h · repas 12h30 · cuisine 9h30 · jours lun-ven · couverts 40 · langue fr · fuseau Europe/Paris · texte-annonce Bon appétit ! (« - » remet le texte par défaut)",
    saved: "✅ Réglage enregistré.",
    badOrder: "L'annonce ({{announce}}) doit précéder la fin du sondage ({{deadline}}), qui doit précéder le repas ({{lunch}}).",
    cookAfterLunch: "La cuisine ({{cook}}) doit commencer avant le repas ({{lunch}}).",
    badTime: "Je ne comprends pas l'heure « {{value}} ». Exemples : 10h, 9h30, 18:00.",
    textTooLong: "Ce texte est trop long : {{max}} caractères au plus.",
    badDays: "Je ne comprends pas les jours « {{value}} ». Exemples : lun-ven, lun mar jeu.",
    badCovers: "Le nombre de couverts va de 1 à 2000.",
    badLanguage: "Langues possibles : fr, en.",
    badTimezone: "« {{value}} » n'est pas un fuseau horaire connu (exemple : Europe/Paris).",
    unknownKey: "Je ne connais pas le réglage « {{key}} ». Tape /reglages pour la liste.",
  },
  commands: {
    settings: {
      usage: "/reglages [réglage valeur]",
      description: "jours, horaires, couverts, langue, textes ; gérant·es : les changer",
      examples:
        "Exemples : /reglages · /reglages annonce 9h30 · /reglages fin-sondage 11h · /reglages jours lun-jeu · /reglages prix-ingredients 3,50 · /reglages prix-fonctionnement 2 · /reglages bilan 15h · /reglages enquete non",
    },
  },
};
