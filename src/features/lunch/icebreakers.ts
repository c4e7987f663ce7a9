// Questions that start a conversation between colleagues who have never met: light, open,
// nothing too personal. Each table gets one; the two lists say the same things in the same order.

/** Icebreaker questions in French and English (same length, same order). */
export const ICEBREAKERS: { fr: readonly string[]; en: readonly string[] } = {
  fr: [
    "Quel est le meilleur plat que vous ayez mangé cette année ?",
    "Quel métier auriez-vous aimé faire si vous ne faisiez pas le vôtre ?",
    "Qu'avez-vous appris récemment qui vous a surpris ?",
    "Quel est le plus beau voyage que vous ayez fait… ou que vous rêvez de faire ?",
    "Quelle est la recette que vous réussissez à tous les coups ?",
    "Quel livre, film ou podcast conseilleriez-vous à la table ?",
    "Quel a été votre tout premier job ?",
    "Si vous aviez une heure de libre de plus par jour, qu'en feriez-vous ?",
    "Quel petit rituel rend vos journées meilleures ?",
    "Dans votre travail, qu'est-ce que les autres équipes ne soupçonnent pas ?",
    "Quel est le meilleur conseil qu'on vous ait donné ?",
    "Quel plat de votre enfance aimeriez-vous retrouver ici ?",
    "Quelle compétence aimeriez-vous apprendre d'un·e collègue ?",
    "Quel endroit du quartier recommanderiez-vous à quelqu'un qui arrive ?",
    "Quelle est la chose la plus utile que vous ayez fabriquée ou réparée vous-même ?",
    "Thé, café, ou ni l'un ni l'autre ? Et pourquoi ?",
  ],
  en: [
    "What's the best dish you've eaten this year?",
    "What job would you have liked to do if you weren't doing yours?",
    "What did you learn recently that surprised you?",
    "What's the best trip you've taken… or dream of taking?",
    "Which recipe do you always get right?",
    "Which book, film or podcast would you recommend to the table?",
    "What was your very first job?",
    "If you had one more free hour a day, what would you do with it?",
    "What small ritual makes your days better?",
    "What about your work would other teams never guess?",
    "What's the best piece of advice you've been given?",
    "Which dish from your childhood would you love to find here?",
    "What skill would you like to learn from a colleague?",
    "Which place in the neighbourhood would you recommend to a newcomer?",
    "What's the most useful thing you've made or fixed yourself?",
    "Tea, coffee, or neither? And why?",
  ],
};

/** The icebreaker of a table, in the canteen's language. */
export function icebreaker(index: number, locale: "fr" | "en"): string {
  const list = ICEBREAKERS[locale];
  return list[((index % list.length) + list.length) % list.length]!;
}
