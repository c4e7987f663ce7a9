// Messages of setting a canteen up (linking groups, managers, role capacities), French (the reference catalogue: en.ts mirrors it).

/** Setting up's messages and its commands' help (/installer, /inviter, /inscrire, /gerant, /postes), in French; role names stay in the kernel. */
export const canteenFr = {
  roles: {
    current: "Postes par service : {{roles}}",
    howTo: "Les gérant·es changent les places avec /postes cuisine 4 plonge 2 (0 pour retirer un poste).",
    updated: "✅ Postes mis à jour : {{roles}}",
    badCapacity: "Un poste compte de 0 à {{max}} places.",
  },
  buttons: {
    help: "❓ Aide",
  },
  setup: {
    createdTitle: "🎉 La cantine « {{canteen}} » est créée et reliée à ce groupe.",
    createdBody: "Tu en es gérant·e. Quelques pistes :",
    tipCook: "les bénévoles s'inscrivent avec /cuisiner mardi (ou /cuisiner mardi plonge) ;",
    tipRoles: "règle les postes avec /postes cuisine 3 plonge 2 ;",
    tipInvite: "pour relier un autre groupe (Telegram, Discord ou Slack), tape /inviter.",
    notInPrivate: "Une cantine se relie depuis un groupe : ajoute-moi au groupe de la cantine et tape /installer <nom> là-bas.",
    alreadyLinked: "Ce groupe est déjà relié à la cantine « {{canteen}} ».",
    joinedTitle: "🔗 Ce groupe est maintenant relié à la cantine « {{canteen}} ».",
    joinedBody: "Il partage le même planning que les autres groupes de la cantine. Tape /creneaux pour le voir.",
    badCode:
      "Ce code d'invitation n'est pas valable (déjà utilisé ou expiré). Demande un nouveau code : /inviter dans un groupe de la cantine.",
    badName: "Ce nom ne contient ni lettre ni chiffre. Exemple : /installer Cantine de Belleville",
    nameTaken:
      "Une cantine « {{canteen}} » existe déjà. Pour relier ce groupe à elle, demande à un·e de ses gérant·es de taper /inviter dans un de ses groupes, puis tape ici le code reçu : /installer CODE",
  },
  invite: {
    created: "🔗 Pour relier un autre groupe à « {{canteen}} », tape dans ce groupe :",
    expires: "Code à usage unique, valable jusqu'à {{when}}.",
  },
  manager: {
    list: "Gérant·es : {{names}}",
    already: "{{name}} est déjà gérant·e.",
    granted: "✅ {{name}} est maintenant gérant·e de « {{canteen}} ».",
  },
  commands: {
    setup: {
      usage: "/installer <nom>",
      description: "relier ce groupe à une cantine (la crée si besoin), ou /installer CODE reçu par /inviter",
      examples: "Exemples : /installer Cantine de Belleville · /installer K7Q2M9XA",
    },
    invite: {
      usage: "/inviter",
      description: "donne un code pour relier un autre groupe (autre app) au même planning",
      examples: "Exemple : /inviter",
    },
    signup: {
      usage: "/inscrire <nom> <jour> [poste]",
      description: "inscrire quelqu'un d'autre, ou un·e bénévole extérieur·e",
      examples: 'Exemples : /inscrire Jeanne mardi · /inscrire "Jeanne D." 12/03 plonge',
    },
    manager: {
      usage: "/gerant <nom>",
      description: "donner le rôle de gérant·e (sans nom : la liste)",
      examples: "Exemples : /gerant Karim · /gerant @karim",
    },
    roles: {
      usage: "/postes [poste places …]",
      description: "voir les places par poste ; gérant·es : les changer",
      examples: "Exemples : /postes · /postes cuisine 4 plonge 2 chef 1",
    },
  },
};
