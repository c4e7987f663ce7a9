// Messages de /lier (relier ses comptes de plusieurs applications), en français. Clés identiques à link.en.ts.

export const linkFr = {
  privateOnly: "🔗 Pour relier tes comptes, écris-moi /lier en message privé.",
  seenInGroup: "Ce code a été vu dans ce groupe : je l'ai annulé. Demande-en un nouveau avec /lier, en message privé.",
  openPrivateChat: "🔗 Ouvrir le chat privé",
  created: "Sur ton autre application (Telegram, Discord ou Slack), écris-moi en privé dans les {{minutes}} minutes :",
  why: "Tes inscriptions et réponses seront alors les mêmes partout.",
  keep: "Ce code relie à toi le compte qui le tape : ne le donne à personne, tape-le toi-même.",
  confirmTitle: "🔗 Relier ce compte à celui de {{name}} sur {{app}} ?",
  canteens: "Ses cantines : {{list}}",
  noCanteens: "Ce compte ne fait partie d'aucune cantine.",
  whatMoves: "Ce compte-ci et tout ce qu'il contient (inscriptions, réponses, profil) passeront sur cette personne.",
  warning:
    "⚠️ Ne confirme que si tu as créé ce code toi-même sur ton autre application. Si quelqu'un t'a donné ce code ou t'a demandé de le taper, réponds « Ce n'est pas moi ».",
  notCarriedBefore: "Ces rôles de ce compte ne passeront pas : {{roles}}. Un rôle ne passe que si les deux comptes l'avaient.",
  otherWay: "Pour les garder, réponds « Ce n'est pas moi », tape /lier ici et entre le code sur ton autre application.",
  orType: "Ou tape /lier {{code}} oui (ou /lier {{code}} non).",
  confirm: "✅ Oui, c'est moi",
  cancel: "✋ Ce n'est pas moi",
  done: "🔗 C'est fait : tes comptes sont reliés (à celui de {{name}}), tes réponses sont les mêmes sur toutes les applications.",
  notCarriedAfter: "⚠️ Ces rôles de ce compte n'ont pas été repris : {{roles}}. Un rôle ne passe que si les deux comptes l'avaient.",
  regainManager: "Pour redevenir gérant·e, demande à un·e autre gérant·e de la cantine de taper /gerant {{name}} dans son groupe.",
  regainOwn:
    "Si les deux comptes sont à toi, la prochaine fois fais le code (/lier) sur le compte qui a le rôle et tape-le sur l'autre : le rôle passe alors.",
  roleManager: "gérant·e de {{canteen}}",
  roleNetwork: "gestion du réseau {{network}}",
  cancelled: "✋ Rien n'a été relié, et ce code ne marche plus. Si quelqu'un t'a demandé de le taper, ne lui donne rien d'autre.",
  own: "Ce code vient de ce compte-ci : tape-le sur ton autre application.",
  badCode: "Ce code n'est pas valable (déjà utilisé ou expiré). Redemande-en un avec /lier sur l'autre application.",
  unknownWord: "Réponds /lier {{code}} oui pour confirmer, ou /lier {{code}} non pour annuler.",
  apps: { telegram: "Telegram", discord: "Discord", slack: "Slack", console: "la console" },
};

/** The help of /lier, in French. Merged under `commands`. */
export const linkCommandsFr = {
  link: {
    usage: "/lier [code] [oui|non]",
    description: "relier tes comptes de plusieurs applications (en message privé) ; le code montre d'abord à qui tu te relies",
    examples: "Exemples : /lier · /lier K7Q2M9 · /lier K7Q2M9 oui",
  },
};
