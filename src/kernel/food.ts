// Diets and the 14 allergens EU regulation 1169/2011 requires caterers to declare, with the
// words people use for them in French and English (tags like #vegetarien, or plain words).
import { fold } from "./text.ts";

/** Diet keys, in display order. */
export const DIETS = ["vegetarian", "vegan", "halal", "porkfree", "glutenfree"] as const;
export type Diet = (typeof DIETS)[number];

/** The 14 EU-regulated allergens, in the regulation's order. */
export const ALLERGENS = [
  "gluten",
  "crustaceans",
  "eggs",
  "fish",
  "peanuts",
  "soy",
  "milk",
  "nuts",
  "celery",
  "mustard",
  "sesame",
  "sulphites",
  "lupin",
  "molluscs",
] as const;
export type Allergen = (typeof ALLERGENS)[number];

const DIET_WORDS: Record<Diet, string[]> = {
  vegetarian: ["vegetarian", "veggie", "vegetarien", "vegetarienne", "vege", "veg"],
  vegan: ["vegan", "vegane", "vegetalien", "vegetalienne", "plant-based"],
  halal: ["halal"],
  porkfree: ["pork-free", "porkfree", "no-pork", "nopork", "sans-porc", "sansporc"],
  glutenfree: ["gluten-free", "glutenfree", "sans-gluten", "sansgluten"],
};

const ALLERGEN_WORDS: Record<Allergen, string[]> = {
  gluten: ["gluten", "ble", "wheat"],
  crustaceans: ["crustaceans", "crustacean", "crustaces", "crustace", "shellfish"],
  eggs: ["eggs", "egg", "oeufs", "oeuf", "œufs", "œuf"],
  fish: ["fish", "poisson", "poissons"],
  peanuts: ["peanuts", "peanut", "arachides", "arachide", "cacahuetes", "cacahuete"],
  soy: ["soy", "soya", "soja"],
  milk: ["milk", "lait", "dairy", "lactose", "laitiers"],
  nuts: ["nuts", "tree-nuts", "treenuts", "fruits-a-coque", "fruitsacoque", "noix", "noisettes", "amandes"],
  celery: ["celery", "celeri"],
  mustard: ["mustard", "moutarde"],
  sesame: ["sesame"],
  sulphites: ["sulphites", "sulfites", "sulphite", "sulfite", "sulfur-dioxide", "so2"],
  lupin: ["lupin", "lupine"],
  molluscs: ["molluscs", "mollusks", "mollusques", "mollusque"],
};

function index<K extends string>(words: Record<K, string[]>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [k, ws] of Object.entries(words) as [K, string[]][]) for (const w of ws) m.set(fold(w).replace(/^#/, ""), k);
  return m;
}
const DIET_INDEX = index(DIET_WORDS);
const ALLERGEN_INDEX = index(ALLERGEN_WORDS);

/** The diet a word or #tag names ("#végétarien" → "vegetarian"). */
export function parseDiet(word: string): Diet | undefined {
  return DIET_INDEX.get(fold(word).replace(/^#/, ""));
}

/** The allergen a word or #tag names ("lait" → "milk"). */
export function parseAllergen(word: string): Allergen | undefined {
  return ALLERGEN_INDEX.get(fold(word).replace(/^#/, ""));
}

/** Words meaning "none" live in the kernel's words (src/kernel/text.ts). */
export { isNone } from "./text.ts";

/** Comma-separated keys as stored, back into a list (unknown keys dropped). */
export function keysOf<K extends string>(stored: string, known: readonly K[]): K[] {
  return stored.split(",").filter((k): k is K => (known as readonly string[]).includes(k));
}

/** Diet and allergen tags pulled out of a menu text: "Dahl #vegan #gluten" → tags and clean text. */
export function extractTags(text: string): { text: string; diets: Diet[]; allergens: Allergen[]; unknown: string[] } {
  const diets = new Set<Diet>();
  const allergens = new Set<Allergen>();
  const unknown: string[] = [];
  const clean = text
    .replace(/#([\p{L}\p{N}_-]+)/gu, (_, tag: string) => {
      const d = parseDiet(tag);
      const a = d ? undefined : parseAllergen(tag);
      if (d) diets.add(d);
      else if (a) allergens.add(a);
      else unknown.push(`#${tag}`);
      return "";
    })
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
  return { text: clean, diets: DIETS.filter((d) => diets.has(d)), allergens: ALLERGENS.filter((a) => allergens.has(a)), unknown };
}
