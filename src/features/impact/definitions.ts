// Every figure Tablée reports, defined once, in French and English. /impact, the README and the
// funder report quote these texts, so a funder can be told exactly how each figure was computed.

/** Identifiers of the reported figures, in report order. */
export const FIGURE_IDS = [
  "services-held",
  "services-closed",
  "meals-served",
  "meals-per-service",
  "forecast-error",
  "takings",
  "takings-cash",
  "takings-card",
  "takings-cheque",
  "average-contribution",
  "costs-covered",
  "ingredients-covered",
  "waste",
  "waste-per-cover",
  "volunteers",
  "new-volunteers",
  "volunteer-hours",
  "volunteer-value",
  "newcomers",
  "newcomers-survey",
  "welcome",
  "confidence",
  "lunch-rounds",
  "lunch-seats",
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** A figure's name and its one written definition, per language. */
export interface FigureDefinition {
  fr: { name: string; definition: string };
  en: { name: string; definition: string };
  /** Who sees it: everyone, or managers only (money). */
  audience: "everyone" | "managers";
}

/** The definition table (figure id → definition). */
export const FIGURE_DEFINITIONS: Record<FigureId, FigureDefinition> = {
  "services-held": {
    audience: "everyone",
    fr: {
      name: "Services tenus",
      definition:
        "les services de la période jusqu'à aujourd'hui (celui du jour une fois son repas commencé ; un service existe dès qu'il a été annoncé, ouvert à l'inscription ou au sondage) ; un jour fermé (fermeture, jour férié) n'en est pas un.",
    },
    en: {
      name: "Services held",
      definition:
        "the services of the period up to today (today's once its lunch has started; a service exists once it was announced, had sign-ups or a headcount poll); a closed date (a closure, a public holiday) is none.",
    },
  },
  "services-closed": {
    audience: "everyone",
    fr: {
      name: "Services clôturés",
      definition:
        "les services tenus dont les couverts servis ont été saisis à la clôture. Les autres sont « ouverts » : leurs chiffres sont inconnus, jamais comptés comme zéro.",
    },
    en: {
      name: "Services closed",
      definition:
        'the services held whose covers served were recorded at close-out. The others are "open": their figures are unknown, never counted as zero.',
    },
  },
  "meals-served": {
    audience: "everyone",
    fr: { name: "Repas servis", definition: "la somme des couverts des services clôturés de la période." },
    en: { name: "Meals served", definition: "the sum of covers of the closed services in the period." },
  },
  "meals-per-service": {
    audience: "everyone",
    fr: { name: "Repas par service", definition: "repas servis ÷ nombre de services clôturés." },
    en: { name: "Meals per service", definition: "meals served ÷ number of closed services." },
  },
  "forecast-error": {
    audience: "everyone",
    fr: {
      name: "Écart prévision / servis",
      definition:
        "moyenne, sur les services clôturés qui avaient une prévision, de l'écart absolu entre couverts prévus et couverts servis. La prévision est une estimation : couverts du sondage à l'heure limite + médiane des venues sans inscription des 8 derniers services clôturés du même jour de la semaine.",
    },
    en: {
      name: "Forecast vs served",
      definition:
        "the mean, over closed services that had a forecast, of the absolute difference between forecast covers and covers served. The forecast is an estimate: poll covers at the deadline + the median walk-ins of the last 8 closed services on the same weekday.",
    },
  },
  takings: {
    audience: "managers",
    fr: {
      name: "Recette",
      definition: "la somme des participations libres encaissées (tous moyens de paiement) des services clôturés où elle a été saisie.",
    },
    en: {
      name: "Takings",
      definition: "the sum of free-price contributions collected (all means of payment) over the closed services where it was recorded.",
    },
  },
  "takings-cash": {
    audience: "managers",
    fr: {
      name: "dont espèces",
      definition: "la part de la recette payée en espèces, sur les services clôturés où elle a été saisie à part.",
    },
    en: {
      name: "of which cash",
      definition: "the part of the takings paid in cash, over the closed services where it was recorded apart.",
    },
  },
  "takings-card": {
    audience: "managers",
    fr: { name: "dont carte", definition: "la part de la recette payée par carte, sur les services clôturés où elle a été saisie à part." },
    en: {
      name: "of which card",
      definition: "the part of the takings paid by card, over the closed services where it was recorded apart.",
    },
  },
  "takings-cheque": {
    audience: "managers",
    fr: {
      name: "dont chèques",
      definition: "la part de la recette payée par chèque, sur les services clôturés où elle a été saisie à part.",
    },
    en: {
      name: "of which cheques",
      definition: "the part of the takings paid by cheque, over the closed services where it was recorded apart.",
    },
  },
  "average-contribution": {
    audience: "managers",
    fr: { name: "Participation moyenne", definition: "recette ÷ couverts, sur les services clôturés où les deux sont saisis." },
    en: { name: "Average contribution", definition: "takings ÷ covers, over the closed services where both were recorded." },
  },
  "costs-covered": {
    audience: "managers",
    fr: {
      name: "Coût couvert",
      definition:
        "recette ÷ (couverts × coût d'un repas), le coût d'un repas étant son prix en ingrédients + son prix de fonctionnement réglés par la cantine, sur les services clôturés avec recette ; inconnu tant que les deux prix ne sont pas réglés.",
    },
    en: {
      name: "Costs covered",
      definition:
        "takings ÷ (covers × cost of a meal), the cost of a meal being its ingredient cost + its running cost as set by the canteen, over closed services with takings; unknown until both prices are set.",
    },
  },
  "ingredients-covered": {
    audience: "managers",
    fr: { name: "Ingrédients couverts", definition: "recette ÷ courses, sur les services clôturés où les deux sont saisis." },
    en: { name: "Ingredients covered", definition: "takings ÷ spent, over the closed services where both were recorded." },
  },
  volunteers: {
    audience: "everyone",
    fr: {
      name: "Bénévoles",
      definition:
        "les personnes distinctes inscrites en cuisine (place confirmée) sur un service tenu de la période ; pour un réseau, la somme des cantines.",
    },
    en: {
      name: "Volunteers",
      definition: "distinct people who held a confirmed cook slot on a service held in the period; for a network, the sum of its canteens.",
    },
  },
  "new-volunteers": {
    audience: "everyone",
    fr: {
      name: "Nouveaux bénévoles",
      definition: "parmi les bénévoles, celles et ceux dont la première place en cuisine dans cette cantine tombe dans la période.",
    },
    en: { name: "New volunteers", definition: "among the volunteers, those whose first cook slot at this canteen falls in the period." },
  },
  "volunteer-hours": {
    audience: "everyone",
    fr: {
      name: "Heures bénévoles",
      definition:
        "la somme, sur les services clôturés, des heures de l'équipe qui a vraiment cuisiné (inscrit·es venu·es et aides nommé·es à la clôture), chaque rôle comptant ses heures par service (réglage heures-<rôle>, sinon de l'heure de cuisine à la fin du service, du repas à la fin pour la plonge) ; inconnues pour un service pas clôturé.",
    },
    en: {
      name: "Volunteer hours",
      definition:
        "the sum, over closed services, of the hours of the team that really cooked (people with a slot who came and helpers named at the close-out), each role counting its hours per service (setting hours-<role>, else from the cooking time to the end of the service, from lunch to the end for the dishes); unknown for a service not closed.",
    },
  },
  waste: {
    audience: "everyone",
    fr: {
      name: "Gaspillage",
      definition:
        "le poids en kilos des restes jetés (assiettes, plats non servis, préparation) pesés à la clôture, sur les services clôturés où il a été pesé ; inconnu, jamais zéro, quand rien n'a été pesé.",
    },
    en: {
      name: "Food waste",
      definition:
        "the weight in kilograms of the food thrown away (plates, unserved dishes, preparation) weighed at close-out, over the closed services where it was weighed; unknown, never zero, when nothing was weighed.",
    },
  },
  "waste-per-cover": {
    audience: "everyone",
    fr: {
      name: "Gaspillage par couvert",
      definition:
        "grammes de gaspillage ÷ couverts servis, sur les seuls services clôturés où le gaspillage a été pesé et les couverts saisis.",
    },
    en: {
      name: "Food waste per cover",
      definition: "grams of waste ÷ covers served, over only the closed services where the waste was weighed and the covers recorded.",
    },
  },
  "volunteer-value": {
    audience: "managers",
    fr: {
      name: "Contributions volontaires (valorisation du bénévolat)",
      definition:
        "heures bénévoles × valeur d'une heure (réglage valorisation), sur les services clôturés dont les heures sont connues ; inconnue tant que la valeur d'une heure n'est pas réglée.",
    },
    en: {
      name: "Volunteer contribution in kind",
      definition:
        "volunteer hours × the value of one hour (setting hour-value), over the closed services whose hours are known; unknown until the value of an hour is set.",
    },
  },
  newcomers: {
    audience: "everyone",
    fr: {
      name: "Nouvelles personnes (connues de Tablée)",
      definition:
        "les personnes dont le premier service dans cette cantine (a répondu « je mange », a cuisiné ou s'est assise à une table de déjeuner) tombe dans la période ; pour un réseau, la somme des cantines.",
    },
    en: {
      name: "Newcomers (known to Tablée)",
      definition:
        'people whose first service at this canteen (answered "I\'m eating", cooked or sat at a lunch table) falls in the period; for a network, the sum of its canteens.',
    },
  },
  "newcomers-survey": {
    audience: "everyone",
    fr: {
      name: "Premiers repas (enquête)",
      definition:
        "le nombre de réponses « oui » à « C'était ton premier repas ici ? » dans la période ; compte à part, il peut recouper le chiffre précédent.",
    },
    en: {
      name: "First meals (survey)",
      definition:
        'the number of "yes" answers to "Was this your first meal here?" in the period; a separate count that may overlap the one above.',
    },
  },
  welcome: {
    audience: "everyone",
    fr: {
      name: "Accueil",
      definition:
        "part des réponses « oui » + « plutôt oui » à « Tu t'es senti·e accueilli·e comme tu es, sans avoir à jouer un rôle ? » ; affichée à partir de 5 réponses.",
    },
    en: {
      name: "Welcome",
      definition:
        'share of "yes" + "rather yes" answers to "Did you feel welcome as you are, without having to play a role?"; shown from 5 answers.',
    },
  },
  confidence: {
    audience: "everyone",
    fr: {
      name: "Confiance",
      definition:
        "part des réponses « oui » + « plutôt oui » à « Te sens-tu en confiance avec les autres convives, y compris celles et ceux que tu ne connaissais pas ? » ; affichée à partir de 5 réponses.",
    },
    en: {
      name: "Confidence",
      definition:
        'share of "yes" + "rather yes" answers to "Do you feel confident with the other guests, including those you didn\'t know?"; shown from 5 answers.',
    },
  },
  "lunch-rounds": {
    audience: "everyone",
    fr: {
      name: "Déjeuners d'équipe",
      definition: "les tours de tables de déjeuner formés et tenus dans la période (programmes d'entreprise).",
    },
    en: { name: "Lunch-table rounds", definition: "lunch-table rounds formed and held in the period (company programmes)." },
  },
  "lunch-seats": {
    audience: "everyone",
    fr: { name: "Places aux tables de déjeuner", definition: "les places occupées (non annulées) aux tables de ces tours." },
    en: { name: "Lunch-table seats", definition: "seats taken (not dropped) at the tables of those rounds." },
  },
};
