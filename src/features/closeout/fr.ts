// Messages of the service close-out, French (the reference catalogue).

export const closeoutFr = {
  title: "🧾 Clôture — {{date}}",
  saved: "✅ Enregistré.",
  fields: {
    covers: "Couverts",
    takings: "Recette",
    spent: "Courses",
    cash: "Espèces",
    card: "Carte",
    cheque: "Chèque",
    waste: "Gaspillage",
    wastePlates: "Gaspillage (assiettes)",
    wasteUnserved: "Gaspillage (non servi)",
    wastePrep: "Gaspillage (préparation)",
  },
  wasteParts: { wastePlates: "assiettes", wasteUnserved: "non servi", wastePrep: "préparation" },
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
  badWeight: "« {{value}} » n'est pas un poids : écris les kilos, par exemple 2,5 ou 2.5 kg (au plus 10 000). Rien n'a été changé.",
  wasteMismatch:
    "Le gaspillage ({{waste}}) n'est pas la somme de ses parts ({{sum}}) : rien n'a été changé. Donne soit le total seul, soit assiettes, non-servi et preparation (le total est alors leur somme).",
  alreadyClosed:
    "Le service du {{date}} est déjà clôturé avec {{covers}} couverts : rien n'a été changé. Pour corriger, tape /cloturer {{date}} couverts N.",
  team: {
    title: "👩‍🍳 L'équipe qui a vraiment cuisiné (visible par toi seul·e) :",
    titleShared: "👩‍🍳 L'équipe inscrite — appuie sur le nom de qui n'est pas venu·e :",
    noShowsHidden_one: "{{count}} personne déjà marquée absente (le détail : /cloturer, en privé).",
    noShowsHidden_other: "{{count}} personnes déjà marquées absentes (le détail : /cloturer, en privé).",
    noShowsManagers_one:
      "{{count}} personne marquée absente : seul·es les gérant·es voient qui (et la personne elle-même, dans /mesdonnees).",
    noShowsManagers_other:
      "{{count}} personnes marquées absentes : seul·es les gérant·es voient qui (et chaque personne, dans /mesdonnees).",
    empty: "Personne n'était inscrit·e en cuisine. Quelqu'un a aidé ? /cloturer <jour> aide Prénom.",
    came: "venu·e",
    noShow: "pas venu·e",
    helper: "aide",
    hours: "Heures bénévoles de ce service : {{hours}}.",
    hoursOpen: "Heures bénévoles : {{hours}}, comptées une fois les couverts saisis.",
    how: "Un bouton par personne : appuie pour dire qui n'est pas venu·e (ou l'est finalement). Par écrit : /cloturer {{date}} absent Léa · present Léa · aide Sam [rôle] pour quelqu'un d'autre qui a aidé.",
    missingName: "Il manque un nom après « {{word}} » (par exemple : absent Léa, aide Sam). Rien n'a été changé.",
    ambiguous: "Plusieurs personnes de l'équipe s'appellent « {{name}} » : écris le nom complet. Rien n'a été changé.",
    unknown:
      "« {{name}} » n'est pas dans l'équipe de ce service ({{team}}). Pour quelqu'un qui a aidé sans être inscrit·e : aide {{name}}. Rien n'a été changé.",
  },
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
  hours: {
    line: "Heures bénévoles : fin du service {{end}} · par service : {{roles}} · valeur d'une heure {{value}}",
    howTo:
      "Heures bénévoles : /reglages fin 14h30 (fin du service ; - : repas + 2 h) · heures-plonge 2 ou heures-cuisine 4h30 (heures d'un rôle par service ; - : par défaut, de l'heure de cuisine à la fin, du repas à la fin pour la plonge) · valorisation 12,50 (valeur d'une heure de bénévolat, pour les contributions volontaires ; - pour effacer)",
    endBeforeLunch: "La fin du service ({{end}}) doit venir après le repas ({{lunch}}). Rien n'a été changé.",
    badValue: "« {{value}} » n'est pas la valeur d'une heure : écris par exemple 12,50 (ou - pour l'effacer).",
    badHours: "« {{value}} » n'est pas un nombre d'heures par service : écris par exemple 2, 2,5 ou 2h30 (ou - pour revenir au défaut).",
    unknownRole: "« {{role}} » n'est pas un rôle de cette cantine ({{roles}}) : écris par exemple heures-plonge 2.",
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
    usage: "/cloturer [jour] couverts N recette X courses Y [absent Prénom] [aide Prénom]",
    description: "clôturer un service : repas servis, recette et courses (gérant·es et chef·fe du jour)",
    examples:
      "Couverts : les repas réellement servis. Recette : les participations libres encaissées, tous moyens de paiement ; ou bien séparément especes X carte Y cheque Z, la recette étant leur somme. Courses : les ingrédients achetés pour ce service. Dans n'importe quel ordre, une partie seulement si besoin ; une nouvelle valeur remplace l'ancienne, et chaque changement est gardé. L'équipe : toutes les personnes inscrites sont comptées venues ; absent Léa dit qui n'est pas venu·e (present Léa pour revenir dessus), aide Sam [rôle] ajoute quelqu'un qui a aidé sans être inscrit·e (les heures bénévoles en dépendent ; une absence ne se voit qu'en privé). Exemples : /cloturer couverts 42 · /cloturer mardi recette 312,50 € courses 85 · /cloturer especes 120 carte 60 cheque 7,40 · /cloturer gaspillage 2,5 kg (ou séparément assiettes 1 non-servi 1,2 preparation 0,3, en kilos) · /cloturer mardi absent Léa aide Sam plonge · /cloturer 2026-11-24 (voir la fiche, l'équipe et l'historique).",
  },
};
