// Messages of /aide itself (the lists are every feature's `commands.<key>` help), French (the reference catalogue: en.ts mirrors it).

/** The help's frame (title, sections, rights) and the help of /aide, in French. */
export const helpFr = {
  help: {
    title: "🍲 Tablée — commandes",
    notLinked: "Ce groupe n'est relié à aucune cantine : un·e gérant·e tape /installer <nom de la cantine>.",
    managers: "Pour les gérant·es :",
    subcommands: "Sous-commandes :",
    who: {
      managers: "gérant·es",
      headCookOrManagers: "gérant·es et chef·fe du jour",
      teamOrManagers: "gérant·es et équipe du jour",
      networkManagers: "gérant·es d'un réseau",
    },
    or: " ou ",
    changes: "pour changer : {{who}}",
    footer: "Les jours s'écrivent mardi, mar, demain, mardi prochain, 12/03 ou 2026-03-12. Les commandes marchent aussi en anglais.",
  },
  commands: {
    help: {
      usage: "/aide [commande]",
      description: "cette aide",
      examples: "Exemples : /aide · /aide cuisiner",
    },
  },
};
