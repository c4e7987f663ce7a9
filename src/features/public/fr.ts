// Messages de la page publique de la cantine (et de /page), en français. Clés identiques à en.ts.

export const publicFr = {
  settings: {
    line: "Page publique : {{state}} · adresse : {{address}} · accès : {{access}}",
    on: "en ligne",
    off: "hors ligne",
    onByAddress: "en ligne (une adresse est donnée)",
    offNoAddress: "hors ligne tant qu'aucune adresse n'est donnée",
    howTo:
      "Page publique : /reglages adresse 12 rue des Lilas, Lyon · acces métro Croix-Rousse, 2e étage (- pour effacer) · page oui (ou non, ou defaut : en ligne dès qu'il y a une adresse)",
    badPage: "« {{value}} » : écris /reglages page oui, non ou defaut.",
    tooLong: "C'est trop long : {{max}} caractères au plus.",
  },
  command: {
    title: "🌍 La page publique de {{canteen}}",
    share: "📤 Partager sur WhatsApp",
    open: "Ouvrir la page",
    shareText: "Le repas de {{canteen}} : menus, horaires, adresse",
    note: "À partager partout (WhatsApp, Signal, affiches…) : on y voit l'adresse, les horaires, les fermetures, les menus de la semaine et leurs allergènes, sans aucun nom de personne.",
    off: "La page publique de {{canteen}} n'est pas en ligne. Un·e gérant·e la met en ligne avec /reglages adresse <adresse> (ou /reglages page oui).",
    notServed: "La page publique n'est pas disponible : le serveur web de Tablée n'est pas servi ici.",
    local: "⚠️ Ce lien ne marche que sur cette machine : l'adresse publique du serveur (TABLEE_PUBLIC_URL) n'est pas réglée.",
  },
  coming: {
    title: "Vous venez ?",
    count: "Combien serez-vous ?",
    name: "Votre prénom (facultatif)",
    submit: "Je viens",
    until: "Dites-le nous avant {{time}} le jour même, sans compte : la cuisine prévoit assez pour tout le monde.",
    thanks: "Merci, c'est noté pour le {{date}} ! À bientôt.",
    limit: "Vous avez déjà répondu plusieurs fois pour ce repas : c'est noté, pas besoin de recommencer.",
    closed: "Les réponses pour ce repas sont closes : venez quand même, il y a souvent de la place.",
    invalid: "Indiquez un nombre de 1 à 10 ; le prénom fait 40 caractères au plus.",
    expired: "Le formulaire a expiré : rechargez la page et réessayez.",
  },
  brief: {
    line_one: "🌍 Depuis la page publique : {{count}} couvert sur {{total}} ({{share}} %)",
    line_other: "🌍 Depuis la page publique : {{count}} couverts sur {{total}} ({{share}} %)",
    names: " — {{names}}",
  },
  page: {
    title: "{{canteen}} — cantine participative",
    switch: "English",
    where: "Où nous trouver",
    noAddress: "Adresse pas encore donnée.",
    access: "Comment venir : ",
    when: "Quand",
    days: "Ouvert le {{days}}, repas à {{lunch}}.",
    closuresTitle: "Fermetures à venir",
    noClosure: "Aucune fermeture prévue.",
    closedOn: "Fermé le {{date}}",
    closedFromTo: "Fermé du {{from}} au {{to}}",
    menusTitle: "Les menus de la semaine",
    noService: "Pas de repas dans les 7 prochains jours.",
    noMenu: "Menu pas encore publié.",
    diets: "Convient : {{list}}",
    allergens: "Allergènes : {{list}}",
    noAllergen: "Aucun des 14 allergènes réglementaires déclaré.",
    allergensNote:
      "Les 14 allergènes réglementaires : {{list}}. Sous chaque plat, ceux qu'il contient ; en cas de doute, demandez en cuisine.",
    priceTitle: "Prix libre",
    price: "Chacun·e donne ce qu'il ou elle peut : personne n'est refusé·e.",
    costFull: "Un repas nous coûte {{total}} ({{ingredients}} d'ingrédients, {{running}} de fonctionnement).",
    costIngredients: "Les ingrédients d'un repas nous coûtent {{amount}}.",
    costRunning: "Le fonctionnement nous coûte {{amount}} par repas.",
    today: "Aujourd'hui : {{menu}}",
    next: "{{date}} : {{menu}}",
    description: "Cantine participative : adresse, horaires et menus de la semaine.",
    footer: "Page publiée avec Tablée.",
  },
};

/** The help of /page, in French. Merged under `commands`. */
export const publicCommandsFr = {
  page: {
    usage: "/page",
    description: "le lien de la page publique de la cantine, à partager",
    examples: "Exemple : /page",
  },
};
