// Messages of the internal-link lunch tables, French (the reference catalogue: en mirrors it).

export const lunchFr = {
  program: {
    title: "🍽️ Déjeuners inter-équipes — {{group}}",
    when: "Chaque {{day}} à {{time}} à {{canteen}}, par tables de {{size}} collègues qui ne se connaissent pas encore.",
    close: "Inscriptions closes la veille ({{eve}}) à {{time}} ; pas les mêmes voisin·es de table pendant {{rounds}} tours.",
    stopped: "Ce programme est arrêté : plus de tables jusqu'à ce qu'un·e gérant·e le relance avec /dejeuner installer.",
    next: "Prochain déjeuner : {{date}}.",
    created: "🎉 Déjeuners inter-équipes lancés dans ce groupe !",
    restarted: "🔄 Les déjeuners inter-équipes de ce groupe sont relancés.",
    tipJoin: "chacun·e s'inscrit avec /dejeuner rejoindre [équipe], par exemple /dejeuner rejoindre Compta ;",
    tipSettings: "gérant·es : /dejeuner reglages jour jeudi taille 4 cloture 17h repetitions 4.",
    stoppedNow: "⏹️ Déjeuners inter-équipes arrêtés : plus de nouvelles tables. /dejeuner installer pour les relancer.",
  },
  table: {
    title: "🍽️ Table {{number}} — {{date}}, {{time}} · {{canteen}}",
    intro: "Déjeuner inter-équipes : faites connaissance !",
    icebreaker: "Pour briser la glace : {{question}}",
    note: "Ta place est réservée auprès de la cuisine. Confirme, ou libère-la si tu ne peux pas venir.",
    merged: "Cette table n'existe plus : ses convives ont rejoint d'autres tables.",
  },
  buttons: {
    confirm: "✅ Je viens",
    drop: "🙅 Je ne peux pas",
    join: "🙋 Je participe",
  },
  round: {
    skipped_one: "😕 Pas de déjeuner inter-équipes {{date}} : {{count}} inscrit·e seulement, il en faut au moins 3.",
    skipped_other: "😕 Pas de déjeuner inter-équipes {{date}} : {{count}} inscrit·es seulement, il en faut au moins 3.",
    invite: "Invitez des collègues : /dejeuner rejoindre [équipe].",
  },
  drop: {
    notice: "👋 {{name}} ne pourra pas venir à la table {{number}} ({{date}}).",
    moved: " passe de la table {{from}} à la table {{to}}.",
    lineup: "Table {{number}} : ",
    small: "Pas d'autre table à rejoindre : bon déjeuner en petit comité !",
  },
  seat: {
    confirmed: "✅ Merci {{name}}, à {{date}} à {{time}} !",
    dropped: "👋 C'est noté {{name}} : ta place du {{date}} est libérée et ta table est prévenue.",
  },
  status: {
    out: "Tu ne participes pas encore : /dejeuner rejoindre [équipe].",
    in: "✅ Tu participes.",
    inTeam: "✅ Tu participes (équipe {{team}}).",
    paused: "⏸️ En pause jusqu'au {{date}} inclus (/dejeuner reprendre pour revenir plus tôt).",
    table: "🍽️ {{date}}, table {{number}} avec ",
    met_zero: "Tu n'as encore rencontré personne : ça viendra !",
    met_one: "Tu as déjà rencontré {{count}} collègue.",
    met_other: "Tu as déjà rencontré {{count}} collègues.",
  },
  avoid: {
    privateOnly: "🤫 Par discrétion, envoie-moi cette demande en message privé : /dejeuner eviter <nom>. Rien n'a été enregistré ici.",
    usage: "Utilisation : /dejeuner autoriser <nom>",
    list: "🤫 Tu as demandé à ne pas être à table avec : {{names}}.",
    none: "Tu n'as demandé à éviter personne. Par exemple : /dejeuner eviter @karim",
    self: "Tu ne risques pas d'être à table avec toi-même 🙂",
    saved: "🤫 C'est noté : tu ne seras pas à table avec {{name}}. Personne d'autre ne le saura.",
    already: "🤫 C'était déjà noté pour {{name}}.",
    removed: "C'est noté : tu peux de nouveau être à table avec {{name}}.",
    notAvoided: "Tu n'avais pas demandé à éviter {{name}}.",
  },
  join: {
    joined: "✅ {{name}} participe aux déjeuners inter-équipes{{team}}.",
    already: "👍 {{name}}, tu participes déjà{{team}}.",
    team: " (équipe {{team}})",
    next: "Prochaines tables : {{date}} — inscriptions closes {{closes}}.",
    teamTooLong: "Ce nom d'équipe est trop long ({{max}} caractères au plus).",
  },
  leave: {
    done: "👋 {{name}} ne participe plus aux déjeuners inter-équipes. Une table déjà formée garde ta place : /dejeuner desister pour la libérer.",
  },
  pause: {
    usage: "Pour combien de temps ? Par exemple /dejeuner pause 2s (deux semaines) ou /dejeuner pause 10j.",
    badDuration: "Je ne comprends pas la durée « {{value}} ». Exemples : 2s, 10j, 3 semaines (un an au plus).",
    done: "⏸️ {{name}}, pause jusqu'au {{date}} inclus. /dejeuner reprendre pour revenir plus tôt.",
    resumed: "▶️ {{name}}, te revoilà pour les prochaines tables.",
  },
  settings: {
    saved: "✅ Réglages enregistrés.",
    howTo:
      "Gérant·es : /dejeuner reglages jour jeudi · taille 4 (de 3 à 10) · cloture 17h (la veille) · repetitions 4 (de 0 à 12) ; /dejeuner arreter pour arrêter.",
    usage: "Utilisation : /dejeuner reglages jour jeudi taille 4 cloture 17h repetitions 4 (un ou plusieurs réglages).",
    badDay: "Je ne comprends pas le jour « {{value}} ». Exemple : jeudi.",
    closedDay: "La cantine n'ouvre pas ce jour-là (« {{value}} »). Elle ouvre : {{open}}.",
    badSize: "Une table compte de {{min}} à {{max}} personnes.",
    badTime: "Je ne comprends pas l'heure « {{value}} ». Exemples : 17:00, 17h30.",
    badRepeats: "Le nombre de tours sans se retrouver à table va de {{min}} à {{max}}.",
    unknownKey: "Je ne connais pas le réglage « {{key}} ». Réglages : jour, taille, cloture, repetitions.",
  },
  report: {
    title: "📊 Déjeuners inter-équipes — bilan de {{group}}",
    rounds: "Déjeuners tenus : {{count}} (annulés faute de monde : {{skipped}})",
    people: "Participant·es : {{count}} · tables : {{tables}}",
    met: "Collègues qui se sont rencontré·es : {{count}} paires",
    crossTeam: "Paires inter-équipes : {{share}} % ({{cross}} sur {{known}} paires dont les équipes sont connues)",
    noTeams: "Paires inter-équipes : — (aucune équipe indiquée)",
    members: "Inscrit·es aujourd'hui : {{count}} (dont {{paused}} en pause)",
    upcoming_one: "Prochain déjeuner : {{date}}, {{people}} personnes à {{count}} table.",
    upcoming_other: "Prochain déjeuner : {{date}}, {{people}} personnes à {{count}} tables.",
  },
  errors: {
    noProgram: "Pas de déjeuners inter-équipes dans ce groupe. Un·e gérant·e les lance avec /dejeuner installer.",
    noProgramPrivate:
      "Tu ne participes à aucun déjeuner inter-équipes. Inscris-toi depuis le canal de ton entreprise : /dejeuner rejoindre [équipe].",
    severalPrograms: "Tu participes à plusieurs déjeuners inter-équipes ({{groups}}) : tape cette commande dans le canal concerné.",
    setupInPrivate: "Les déjeuners inter-équipes se lancent depuis le canal de l'entreprise : tape /dejeuner installer là-bas.",
    stopped: "Les déjeuners inter-équipes de ce groupe sont arrêtés. Un·e gérant·e peut les relancer avec /dejeuner installer.",
    notMember: "Tu ne participes pas aux déjeuners inter-équipes : /dejeuner rejoindre [équipe].",
    unknownTable: "Je ne trouve pas cette table.",
    notYourTable: "Tu n'as pas de place à ce déjeuner.",
    noUpcomingTable: "Tu n'as pas de table à venir. Les tables sont formées la veille du déjeuner.",
    over: "Le déjeuner du {{date}} a déjà commencé.",
    alreadyDropped: "Tu t'es déjà désisté·e de ce déjeuner.",
  },
};

/** /dejeuner: description, examples and each subcommand's usage and description. */
export const lunchCommandFr = {
  description: "déjeuners inter-équipes : une table avec des collègues que tu ne connais pas encore",
  examples:
    "Exemples : /dejeuner · /dejeuner rejoindre Compta · /dejeuner pause 2s · /dejeuner eviter @karim (en privé) · /dejeuner bilan · gérant·es : /dejeuner installer · /dejeuner reglages jour jeudi taille 4 cloture 17h repetitions 4",
  subcommands: {
    join: {
      usage: "/dejeuner rejoindre [équipe]",
      description: "participer, en disant ton équipe (les tables mélangent les équipes) ; la redire la change, - l'efface",
    },
    leave: { usage: "/dejeuner quitter", description: "ne plus participer" },
    pause: { usage: "/dejeuner pause 2s", description: "sauter les déjeuners jusqu'à une date (2s, 10j ; un an au plus)" },
    resume: { usage: "/dejeuner reprendre", description: "revenir avant la fin de ta pause" },
    avoid: {
      usage: "/dejeuner eviter <nom>",
      description: "ne pas être à la même table que quelqu'un (jamais dit à personne) ; sans nom : qui tu évites",
    },
    unavoid: { usage: "/dejeuner autoriser <nom>", description: "annuler un « éviter »" },
    confirm: { usage: "/dejeuner confirmer", description: "confirmer ta prochaine table" },
    drop: { usage: "/dejeuner desister", description: "te retirer de ta prochaine table" },
    report: {
      usage: "/dejeuner bilan",
      description: "tours, participant·es, collègues qui se sont rencontré·es, part des paires inter-équipes",
    },
    setup: { usage: "/dejeuner installer", description: "lancer les déjeuners dans ce groupe" },
    settings: {
      usage: "/dejeuner reglages [jour jeudi taille 4 cloture 17h repetitions 4]",
      description: "voir ou changer les réglages du programme",
    },
    stop: { usage: "/dejeuner arreter", description: "arrêter les déjeuners de ce groupe" },
  },
};
