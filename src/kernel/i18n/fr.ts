// Catalogue français du noyau — la langue par défaut de Tablée. Il ne garde que ce que le noyau ou
// plusieurs fonctionnalités emploient (erreurs, paramètres, réponses en privé, noms des postes,
// régimes, allergènes, bouton Planning) et le /tick de la console ; chaque fonctionnalité a ses
// messages et l'aide de ses commandes dans son dossier (src/features/<nom>/fr.ts).
import { audienceFr } from "./audience.fr.ts";

/** The kernel's French messages: errors, parameters, audience lines and the shared words. */
export const fr = {
  roles: {
    headcook: "Chef·fe",
    cook: "Cuisine",
    dishes: "Plonge",
  },
  buttons: {
    sheet: "📋 Planning",
  },
  diets: {
    vegetarian: "végétarien",
    vegan: "végétalien",
    halal: "halal",
    porkfree: "sans porc",
    glutenfree: "sans gluten",
  },
  allergens: {
    gluten: "gluten",
    crustaceans: "crustacés",
    eggs: "œufs",
    fish: "poisson",
    peanuts: "arachides",
    soy: "soja",
    milk: "lait",
    nuts: "fruits à coque",
    celery: "céleri",
    mustard: "moutarde",
    sesame: "sésame",
    sulphites: "sulfites",
    lupin: "lupin",
    molluscs: "mollusques",
  },
  tick: {
    consoleOnly: "/tick ne marche que dans la console locale.",
    usage: "Utilisation : /tick 2026-12-01T10:00, /tick 10:00 ou /tick +2h",
    now: "⏰ Horloge : {{when}}",
  },
  errors: {
    closedDay: "La cantine est fermée {{date}}. Elle est ouverte : {{open}}.",
    closedDate: "🔒 La cantine est fermée le {{date}}{{why}}. Prochain service ouvert : {{next}}.",
    closedDateNoNext: "🔒 La cantine est fermée le {{date}}{{why}}, et aucun service n'est ouvert dans les mois qui suivent.",
    pastDay: "Le service du {{date}} est déjà passé.",
    tooEarly: "Le {{date}}, c'est trop loin dans le passé : je remonte au plus jusqu'au {{limit}}, un an avant la création de la cantine.",
    tooLate: "Le {{date}}, c'est trop loin : je vais au plus jusqu'au {{limit}}, deux ans à partir d'aujourd'hui.",
    unknownDay: "Je ne comprends pas le jour « {{day}} ». Exemples : mardi, demain, mardi prochain, 12/03, 2026-03-12.",
    unknownRole: "Je ne connais pas le poste « {{role}} ». Postes : {{roles}}.",
    usage: "Utilisation : {{usage}}",
    managersOnly: "Cette commande est réservée aux gérant·es de la cantine.",
    headCookOrManagers: "Seul·es les gérant·es et le ou la chef·fe du {{date}} peuvent clôturer ce service.",
    teamOrManagers:
      "Seul·es les gérant·es et l'équipe du {{date}} (les personnes inscrites pour cuisiner ce jour-là) peuvent faire ça. Inscris-toi avec /cuisiner ou demande à un·e gérant·e.",
    networkManagersOnly:
      "Cette commande est réservée aux gérant·es d'un réseau. Un·e gérant·e de cantine peut en créer un avec /reseau creer <nom>.",
    unknownPerson:
      "Je ne trouve personne qui s'appelle « {{name}} » dans cette cantine. La personne doit d'abord écrire une commande dans un groupe de la cantine (ou mentionne-la).",
    ambiguousName: "{{count}} personnes s'appellent « {{name}} » : mentionne celle que tu veux dire (@…).",
    emptyName: "Il manque le nom de la personne.",
    nameTooLong: "Ce nom est trop long ({{max}} caractères au plus).",
    empty: "Ton message est vide. Tape /aide pour voir les commandes.",
    tooLong: "Ton message est trop long : {{max}} caractères au plus.",
    controlCharacters: "Ton message contient des caractères invisibles que je ne peux pas lire. Retape-le sans copier-coller.",
    notACommand: "Je comprends les commandes qui commencent par / — par exemple /cuisiner mardi. Tape /aide pour la liste.",
    unknownCommand: "Je ne connais pas la commande {{command}}.{{suggestion}} Tape /aide pour la liste.",
    didYouMean: " Tu voulais dire {{command}} ?",
    unknownSubcommand: "Je ne connais pas « {{word}} » pour {{command}}.{{suggestion}} Possibles : {{valid}}.",
    severalCanteens: "Tu participes à plusieurs cantines ({{canteens}}) : écris cette commande dans le groupe de la cantine concernée.",
    notMemberOf: "Ce bouton est celui d'une cantine dont tu ne fais pas partie : rien n'a été fait.",
    otherCanteen: "Ce bouton est celui d'une autre cantine que celle de ce groupe : rien n'a été fait.",
    noCanteenPrivate: "Tu ne fais encore partie d'aucune cantine. Écris d'abord une commande dans le groupe de ta cantine.",
    notLinked: "Ce groupe n'est relié à aucune cantine. Un·e gérant·e peut taper /installer <nom de la cantine>.",
    internal: "😕 Quelque chose s'est mal passé de mon côté. Réessaie dans un instant.",
    storeUnavailable: "💾 La base de données de la cantine n'a pas pu enregistrer ça. Rien n'a été changé : réessaie dans un instant.",
  },
  audience: audienceFr,
  params: {
    day: { name: "jour", description: "mardi, demain, mardi prochain, 12/03…" },
    role: { name: "poste", description: "cuisine, plonge ou chef" },
    name: { name: "nom", description: "le nom ou la mention de la personne" },
    guests: { name: "invites", description: "nombre d'invité·es en plus de toi" },
    text: { name: "texte", description: "le texte" },
    week: { name: "semaine", description: "« suivante » pour les 7 jours après les 7 prochains, « +2 » pour les suivants" },
    command: { name: "commande", description: "une commande dont tu veux le détail" },
    language: { name: "langue", description: "fr, en, ou auto (celle de ton application)" },
    subcommand: { name: "sous-commande", description: "ce que tu veux faire" },
  },
};
