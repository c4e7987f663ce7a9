// Messages of the service close-out, French (the reference catalogue).

export const closeoutFr = {
  title: "🧾 Clôture — {{date}}",
  saved: "✅ Enregistré.",
  fields: { covers: "Couverts", takings: "Recette", spent: "Courses", cash: "Espèces", card: "Carte", cheque: "Chèque" },
  means: { cash: "espèces", card: "carte", cheque: "chèque" },
  missing: "Encore à saisir : {{list}} ({{example}}).",
  command: "/cloturer",
  words: { covers: "couverts", takings: "recette", spent: "courses" },
  samples: { covers: "42", takings: "312,50", spent: "85" },
  example: "/cloturer {{date}} couverts 42 recette 312,50 courses 85",
  complete: "Tout est saisi. Une correction reste possible : chaque changement est gardé dans l'historique.",
  openUnknown:
    "Tant que les couverts ne sont pas saisis, ce service reste « ouvert » : ses chiffres sont inconnus, jamais comptés comme zéro.",
  noHistory: "Aucun changement enregistré pour l'instant.",
  amountsPrivate: "🔒 Les montants et l'historique ne vont qu'à qui clôture, en privé.",
  history: "Historique des changements :",
  future: "On ne peut clôturer qu'un service passé ou celui d'aujourd'hui ({{date}} est à venir).",
  unknownWord: "Je ne comprends pas « {{word}} ». Écris par exemple : /cloturer mardi couverts 42 recette 312,50 courses 85.",
  missingValue: "Il manque une valeur après « {{word}} » (par exemple : {{word}} 42).",
  badCovers:
    "« {{value}} » n'est pas un nombre de couverts possible : un nombre entier entre 0 et {{max}} (10 × la salle). Rien n'a été changé.",
  badAmount: "« {{value}} » n'est pas un montant : écris par exemple 312,50 ou 312.50 € (au plus 1 000 000). Rien n'a été changé.",
  splitMismatch:
    "La recette ({{takings}}) n'est pas la somme des moyens de paiement ({{sum}}) : rien n'a été changé. Donne soit la recette seule, soit espèces, carte et chèque (la recette est alors leur somme).",
  alreadyClosed:
    "Le service du {{date}} est déjà clôturé avec {{covers}} couverts : rien n'a été changé. Pour corriger, tape /cloturer {{date}} couverts N.",
  dm: {
    title: "🧾 {{canteen}} — clôturer le service du {{date}}",
    poll_one: "Le sondage comptait {{count}} couvert à l'heure limite.",
    poll_other: "Le sondage comptait {{count}} couverts à l'heure limite.",
    forecast: "Prévision (estimation) : {{count}} couverts, entre {{low}} et {{high}}.",
    noHistory: "Pas encore de prévision : il faut au moins 3 services clôturés le même jour de la semaine.",
    how: "Pour clôturer : {{example}}. Couverts = repas servis ; recette = participations libres encaissées (tous moyens de paiement) ; courses = ingrédients achetés pour ce service.",
    button: "✅ {{count}} couverts servis ({{date}})",
  },
  brief: {
    forecast:
      "🔮 Prévision (estimation) : {{count}} couverts, entre {{low}} et {{high}} — sondage + venues habituelles sans inscription ({{basis}} services comparables).",
    noHistory_one: "🔮 Pas encore d'historique pour une prévision ({{basis}} service comparable clôturé, il en faut 3) : le sondage seul.",
    noHistory_other:
      "🔮 Pas encore d'historique pour une prévision ({{basis}} services comparables clôturés, il en faut 3) : le sondage seul.",
  },
  freePrice: {
    full: "💶 Prix libre — un repas coûte {{total}} : {{ingredients}} d'ingrédients + {{running}} de fonctionnement. Chacun·e donne ce qu'il ou elle peut.",
    partial: "💶 Prix libre — {{part}}. Chacun·e donne ce qu'il ou elle peut.",
    ingredients: "les ingrédients d'un repas coûtent {{amount}}",
    running: "le fonctionnement coûte {{amount}} par repas",
  },
  settings: {
    line: "Prix d'un repas : ingrédients {{ingredients}} · fonctionnement {{running}} · rappel de clôture {{closeOut}} · enquête {{survey}}",
    off: "désactivée",
    howTo:
      "Prix et clôture : /reglages prix-ingredients 2,80 · prix-fonctionnement 1,50 (- pour effacer) · bilan 15h (rappel de clôture) · enquete 14h (non pour l'arrêter)",
    badCost: "« {{value}} » n'est pas un prix par repas : écris par exemple 3,50 (ou - pour l'effacer).",
  },
};

/** The help of /cloturer, in French. Merged under `commands`. */
export const closeoutCommandsFr = {
  close: {
    usage: "/cloturer [jour] couverts N recette X courses Y",
    description: "clôturer un service : repas servis, recette et courses (gérant·es et chef·fe du jour)",
    examples:
      "Couverts : les repas réellement servis. Recette : les participations libres encaissées, tous moyens de paiement ; ou bien séparément especes X carte Y cheque Z, la recette étant leur somme. Courses : les ingrédients achetés pour ce service. Dans n'importe quel ordre, une partie seulement si besoin ; une nouvelle valeur remplace l'ancienne, et chaque changement est gardé. Exemples : /cloturer couverts 42 · /cloturer mardi recette 312,50 € courses 85 · /cloturer especes 120 carte 60 cheque 7,40 · /cloturer 2026-11-24 (voir la fiche et son historique).",
  },
};
