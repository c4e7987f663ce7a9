// Messages of menus and allergens, English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { menuFr } from "./fr.ts";

/** The menu's messages and its commands' help (/menu, /allergens), in English. */
export const menuEn: Mirror<typeof menuFr> = {
  menu: {
    title: "🍲 Menu for {{date}}",
    saved: "✅ Menu saved (an announcement already posted is updated).",
    savedForLater: "✅ Menu saved: it will be in the day's announcement, at {{time}}.",
    unknownTags: "I don't know {{tags}}. Diets: {{diets}}. Allergens (as #tags or with /allergens): {{allergens}}.",
    tooLong: "This menu is {{length}} characters long: at most {{max}}, to fit an announcement on Telegram, Discord and Slack.",
    unknownAllergen: "“{{word}}” is not one of the 14 regulated allergens: {{list}}. (“none” clears the list.)",
    conflict: "⚠️ Please check: the menu is tagged {{diet}} but mentions {{what}}.",
    conflictFix: "The menu is saved as written: fix its text or #tags with /menu <day> … if need be.",
    diet: {
      vegetarian_one: "{{count}} vegetarian",
      vegetarian_other: "{{count}} vegetarians",
      vegan_one: "{{count}} vegan",
      vegan_other: "{{count}} vegans",
      halal_one: "{{count}} person eating halal",
      halal_other: "{{count}} people eating halal",
      porkfree_one: "{{count}} person eating no pork",
      porkfree_other: "{{count}} people eating no pork",
      glutenfree_one: "{{count}} person eating gluten-free",
      glutenfree_other: "{{count}} people eating gluten-free",
    },
    uncovered: "⚠️ {{who}}: the main dish is not tagged {{diet}}.",
  },
  commands: {
    menu: {
      usage: "/menu [day] [text #tags]",
      description: "see the menu; managers: post it (#vegetarian #halal… and allergens #gluten #milk…)",
      examples: "Examples: /menu · /menu tuesday · /menu tuesday Lentil dahl, rice; crumble #vegetarian #gluten",
    },
    allergens: {
      usage: "/allergens <day> <allergens>",
      description: "set the menu's allergens (the 14 regulated ones)",
      examples: "Examples: /allergens tuesday gluten milk · /allergens tuesday none",
    },
  },
};
