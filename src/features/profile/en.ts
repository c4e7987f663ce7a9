// Messages of profiles (diets, allergies) and of forgetting oneself, English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { profileFr } from "./fr.ts";

/** The profile's and /forget's messages and their commands' help (/diet, /allergies, /profile, /forget), in English. */
export const profileEn: Mirror<typeof profileFr> = {
  profile: {
    title: "👤 {{name}}'s profile",
    diets: "Diet: {{list}}",
    allergies: "Allergies: {{list}}",
    none: "none",
    noneAllergies: "none",
    howTo: "Change them with /diet vegetarian (or none) and /allergies gluten milk (or none). The kitchen only sees totals, never names.",
    saved: "✅ Saved.",
    unknownDiet: "I don't know the diet “{{word}}”. Diets: {{list}} (or “none”).",
  },
  forget: {
    confirm: "To erase your data (accounts, profile, upcoming sign-ups), type exactly: /forget me",
    nothing: "I have no data about you.",
    done: "🧹 Done: I've forgotten you. Your upcoming sign-ups are cancelled; past services only count an anonymous person.",
    promoted_one: "{{count}} waiting person took your place.",
    promoted_other: "{{count}} waiting people took your places.",
  },
  commands: {
    forget: {
      usage: "/forget me",
      description: "erase your data (accounts, profile, upcoming sign-ups)",
      examples: "Example: /forget me",
    },
    diet: {
      usage: "/diet [diets]",
      description: "your diet (vegetarian, vegan, halal, pork-free, gluten-free, none)",
      examples: "Examples: /diet vegetarian · /diet none",
    },
    allergies: {
      usage: "/allergies [allergens]",
      description: "your allergies, so the kitchen knows (without your name)",
      examples: "Examples: /allergies gluten milk · /allergies none",
    },
    profile: {
      usage: "/profile",
      description: "your diet and allergies",
      examples: "Example: /profile",
    },
  },
};
