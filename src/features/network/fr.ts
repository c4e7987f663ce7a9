// Messages of networks of canteens and the monthly digest, French (the reference catalogue: en mirrors it).

export const networkFr = {
  command: {
    description: "réseau de cantines : ses cantines ; gérant·es : créer, inviter, rejoindre, quitter",
    examples:
      "Exemples : /reseau · /reseau creer Les Petites Cantines · /reseau inviter · /reseau rejoindre K7Q2M9XA · /reseau quitter · /impact reseau annee",
    subcommands: {
      create: { usage: "/reseau creer <nom>", description: "créer un réseau dont ta cantine est la première" },
      invite: { usage: "/reseau inviter", description: "un code à usage unique (48 h) pour qu'une autre cantine rejoigne le réseau" },
      join: { usage: "/reseau rejoindre CODE", description: "faire entrer ta cantine dans un réseau" },
      leave: { usage: "/reseau quitter", description: "faire sortir ta cantine de son réseau" },
      list: { usage: "/reseau liste", description: "les cantines du réseau (leurs noms seulement)" },
    },
  },
  usage: {
    create: "/reseau creer <nom du réseau>",
    join: "/reseau rejoindre CODE (le code donné par /reseau inviter)",
  },
  list: {
    title_one: "🕸️ Réseau « {{network}} » — {{count}} cantine",
    title_other: "🕸️ Réseau « {{network}} » — {{count}} cantines",
    yours: " (ta cantine)",
    managerTips:
      "Tu gères ce réseau : /impact reseau [période] pour ses chiffres, /reseau inviter pour ajouter une cantine. Tu vois les chiffres des cantines, jamais leurs membres ni leurs groupes.",
    memberNote:
      "Les gérant·es du réseau voient les chiffres de ta cantine (jamais ses membres ni ses groupes). /reseau quitter pour en sortir.",
  },
  none: "{{canteen}} ne fait partie d'aucun réseau.",
  noneHow: "Pour en créer un : /reseau creer <nom>. Pour en rejoindre un : /reseau rejoindre CODE, avec le code d'un·e gérant·e du réseau.",
  created: {
    title: "🕸️ Réseau « {{network}} » créé",
    body: "{{canteen}} en est la première cantine, et tu en es gérant·e : tu verras les chiffres de ses cantines.",
    tipInvite: "pour ajouter une cantine : /reseau inviter, puis un·e gérant·e de cette cantine tape /reseau rejoindre CODE ;",
    tipImpact: "les chiffres du réseau, une ligne par cantine : /impact reseau [mois · annee · tout].",
  },
  invite: {
    created: "Code pour faire entrer une cantine dans le réseau « {{network}} ». Un·e gérant·e de cette cantine tape, dans son groupe :",
    command: "/reseau rejoindre",
    expires: "Valable une seule fois, {{hours}} h (jusqu'à {{when}}).",
  },
  joined: {
    title: "🕸️ {{canteen}} a rejoint le réseau « {{network}} »",
    body: "Ses gérant·es verront les chiffres de votre cantine (services, repas, enquête), jamais ses membres, leurs noms ni vos groupes. /reseau quitter pour en sortir.",
  },
  left: {
    done: "{{canteen}} a quitté le réseau « {{network}} ». Ses gérant·es ne voient plus vos chiffres.",
    closed: "{{canteen}} a quitté le réseau « {{network}} » : c'était sa dernière cantine, le réseau est supprimé.",
  },
  buttons: {
    impact: "📊 Chiffres du réseau",
    invite: "➕ Inviter une cantine",
  },
  errors: {
    severalNetworks: "Tu gères plusieurs réseaux ({{networks}}) : écris cette commande dans le groupe d'une de leurs cantines.",
    alreadyMember:
      "{{canteen}} fait déjà partie du réseau « {{network}} ». Une cantine n'est que dans un réseau : /reseau quitter d'abord.",
    nameTaken: "Un réseau s'appelle déjà « {{network}} ». Choisis un autre nom, ou demande un code à ses gérant·es.",
    badName: "Ce nom de réseau ne contient ni lettre ni chiffre.",
    badCode: "Ce code ne marche pas : il est inconnu, déjà utilisé ou expiré (48 h). Demande-en un nouveau (/reseau inviter).",
    notInNetwork: "{{canteen}} ne fait partie d'aucun réseau.",
  },
  impact: {
    title: "🕸️ Réseau « {{network}} » — {{period}}",
    perCanteen: "Par cantine",
    canteenLine: "{{canteen}} : {{figures}}",
    empty: "Aucun service dans la période.",
    privacy: "Chiffres seulement : ni membres, ni noms, ni groupes des cantines.",
  },
  line: {
    nothingClosed_zero: "aucun service tenu ni clôturé sur la période",
    nothingClosed_one: "{{count}} service tenu, pas encore clôturé",
    nothingClosed_other: "{{count}} services tenus, aucun encore clôturé",
    meals: "{{value}} repas",
    services: "{{closed}}/{{held}} services clôturés",
  },
  digest: {
    canteenTitle: "📊 {{canteen}} — le mois de {{month}}",
    networkTitle: "🕸️ Réseau « {{network}} » — le mois de {{month}}",
    intro: "Le bilan du mois écoulé, pour toi seul·e :",
    more: "Détail et autres périodes : /impact mois dernier",
    moreNetwork: "Détail et autres périodes : /impact reseau mois dernier",
  },
};
