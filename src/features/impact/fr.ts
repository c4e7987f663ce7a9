// Messages of /impact and its command's help, French (the reference catalogue).

export const impactFr = {
  title: "📊 {{canteen}} — {{period}}",
  period: { all: "depuis le début", year: "année {{year}}" },
  services_one: "{{held}} service tenu, {{closed}} clôturé.",
  services_other: "{{held}} services tenus, {{closed}} clôturés.",
  open_one: "{{count}} service encore ouvert : ses chiffres sont inconnus (pas comptés comme zéro).",
  open_other: "{{count}} services encore ouverts : leurs chiffres sont inconnus (pas comptés comme zéro).",
  openNetwork: "Pas encore clôturés (chaque cantine clôture les siens) : {{list}}.",
  openNamed: "Services à clôturer : {{list}} (/cloturer <jour> couverts N).",
  surveyWaiting_one:
    "{{count}} réponse à l'enquête attend d'être comptée : les réponses sont comptées par lots de 5 (anonymat), au plus tard quand l'enquête se termine.",
  surveyWaiting_other:
    "{{count}} réponses à l'enquête attendent d'être comptées : les réponses sont comptées par lots de 5 (anonymat), au plus tard quand l'enquête se termine.",
  tooFew_one: "{{count}} réponse — trop peu pour afficher un pourcentage",
  tooFew_other: "{{count}} réponses — trop peu pour afficher un pourcentage",
  answers_one: "{{value}} ({{count}} réponse)",
  answers_other: "{{value}} ({{count}} réponses)",
  unknown: {
    "no-closed-service": "inconnu (aucun service clôturé)",
    "not-recorded": "inconnu (pas saisi)",
    "no-cost-set": "inconnu (prix d'un repas non réglé : /reglages prix-ingredients 3,50 et prix-fonctionnement 9)",
    "no-hour-value": "inconnu (valeur d'une heure non réglée : /reglages valorisation 12,50)",
    "mixed-currencies": "inconnu (monnaies différentes)",
    "no-forecast": "inconnu (aucune prévision)",
    "no-programme": "—",
    "too-few-answers": "trop peu de réponses",
  },
  covers_one: "{{value}} couvert",
  covers_other: "{{value}} couverts",
  means: { cash: "espèces", card: "carte", cheque: "chèques" },
  estimate: "(estimation)",
  newOnes: " (dont {{count}} pour la première fois)",
  ofAnswers_one: " sur {{count}} réponse à l'enquête",
  ofAnswers_other: " sur {{count}} réponses à l'enquête",
  detail: "Détail par service :",
  detailLine: "{{date}} : {{covers}} couverts · recette {{takings}} · courses {{spent}} · prévu {{forecast}}",
  footer:
    "Chaque chiffre a une définition écrite : /impact definitions. Périodes : mois, mois dernier, annee, 2026, 2026-11, novembre, tout.",
  definitionsTitle: "📖 Définitions des chiffres",
  outOfRange: "La période « {{value}} » sort des dates que je connais : du {{from}} au {{to}}.",
  badPeriod: "Je ne comprends pas la période « {{value}} ». Essaie : mois, mois dernier, annee, 2026, 2026-11, novembre ou tout.",
  noNetwork: "Les chiffres du réseau ne sont pas disponibles ici.",
  moneyWithheld: "🔒 L'argent et le détail par service ne vont qu'aux gérant·es, en privé.",
};

/** The help of /impact, in French. Merged under `commands`. */
export const impactCommandsFr = {
  impact: {
    usage: "/impact [période]",
    description: "les chiffres de la cantine : repas servis, accueil, confiance, bénévoles… (aussi /bilan)",
    examples: "Exemples : /impact · /impact mois dernier · /impact 2026 · /impact novembre · /impact tout · /impact definitions",
    subcommands: {
      definitions: { usage: "/impact definitions", description: "ce que veut dire chaque chiffre, et comment il est compté" },
      network: { usage: "/impact reseau [période]", description: "les chiffres de ton réseau, une ligne par cantine (en privé)" },
    },
  },
};
