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

// Words of several parts are written with hyphens here and match written with spaces too
// ("fruits à coque", "fruits-a-coque"): see `foodWords`.
const DIET_WORDS: Record<Diet, string[]> = {
  vegetarian: ["vegetarian", "veggie", "vegetarien", "vegetariens", "vegetarienne", "vegetariennes", "vege", "veg"],
  vegan: ["vegan", "vegane", "vegans", "veganes", "vegetalien", "vegetalienne", "plant-based"],
  halal: ["halal"],
  porkfree: ["pork-free", "porkfree", "no-pork", "nopork", "sans-porc", "sansporc", "without-pork"],
  glutenfree: ["gluten-free", "glutenfree", "sans-gluten", "sansgluten", "without-gluten", "coeliac", "celiac", "coeliaque"],
};

const ALLERGEN_WORDS: Record<Allergen, string[]> = {
  gluten: ["gluten", "ble", "wheat", "cereales-contenant-du-gluten", "cereals-containing-gluten"],
  crustaceans: ["crustaceans", "crustacean", "crustaces", "crustace", "shellfish", "crevettes", "shrimps", "prawns"],
  eggs: ["eggs", "egg", "oeufs", "oeuf"],
  fish: ["fish", "poisson", "poissons"],
  peanuts: ["peanuts", "peanut", "arachides", "arachide", "cacahuetes", "cacahuete", "cacahouetes", "cacahouete", "ground-nuts"],
  soy: ["soy", "soya", "soja", "soybeans", "soja-beans"],
  milk: ["milk", "lait", "dairy", "lactose", "laitiers", "produits-laitiers", "dairy-products"],
  nuts: [
    "nuts",
    "tree-nuts",
    "treenuts",
    "tree-nut",
    "fruits-a-coque",
    "fruit-a-coque",
    "fruits-a-coques",
    "fruitsacoque",
    "noix",
    "noisettes",
    "amandes",
    "noix-de-cajou",
    "pistaches",
    "hazelnuts",
    "almonds",
    "walnuts",
    "cashews",
    "pistachios",
  ],
  celery: ["celery", "celeri", "celeriac", "celeri-rave"],
  mustard: ["mustard", "moutarde"],
  sesame: ["sesame", "graines-de-sesame", "sesame-seeds"],
  sulphites: [
    "sulphites",
    "sulfites",
    "sulphite",
    "sulfite",
    "sulfur-dioxide",
    "sulphur-dioxide",
    "so2",
    "anhydride-sulfureux",
    "dioxyde-de-soufre",
  ],
  lupin: ["lupin", "lupine"],
  molluscs: ["molluscs", "mollusks", "mollusques", "mollusque", "mollusc", "mollusk"],
};

/** A food word as looked up: folded, "œ" as "oe", no leading "#", spaces and hyphens as one hyphen. */
function key(word: string): string {
  return fold(word)
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/^#/, "")
    .replace(/[\s_-]+/g, "-");
}

function index<K extends string>(words: Record<K, string[]>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [k, ws] of Object.entries(words) as [K, string[]][]) for (const w of ws) m.set(key(w), k);
  return m;
}
const DIET_INDEX = index(DIET_WORDS);
const ALLERGEN_INDEX = index(ALLERGEN_WORDS);
/** The most words a name of several words has ("cereales contenant du gluten"). */
const LONGEST_NAME = Math.max(...[...DIET_INDEX.keys(), ...ALLERGEN_INDEX.keys()].map((k) => k.split("-").length));

/** The diet a word or #tag names ("#végétarien" → "vegetarian", "sans porc" → "porkfree"). */
export function parseDiet(word: string): Diet | undefined {
  return DIET_INDEX.get(key(word));
}

/** The allergen a word or #tag names ("lait" → "milk", "fruits à coque" → "nuts"). */
export function parseAllergen(word: string): Allergen | undefined {
  return ALLERGEN_INDEX.get(key(word));
}

/**
 * Splits a typed list of diets or allergens on spaces, commas and semicolons, keeping the names of
 * several words whole: "arachides fruits à coque, sans porc" → ["arachides", "fruits à coque", "sans porc"].
 * The longest name wins; other words come back alone.
 */
export function foodWords(text: string): string[] {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 1;
    for (let k = Math.min(LONGEST_NAME, words.length - i); k >= 2; k--) {
      const phrase = words.slice(i, i + k).join(" ");
      if (DIET_INDEX.has(key(phrase)) || ALLERGEN_INDEX.has(key(phrase))) {
        taken = k;
        break;
      }
    }
    out.push(words.slice(i, i + taken).join(" "));
    i += taken;
  }
  return out;
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

/** Words of a menu's text that name pork (for #halal and #sans-porc), folded and singular. */
const PORK_WORDS = [
  "porc",
  "porcelet",
  "cochon",
  "jambon",
  "lardon",
  "lard",
  "bacon",
  "saucisson",
  "chorizo",
  "rillette",
  "pancetta",
  "coppa",
  "prosciutto",
  "andouillette",
  "boudin",
  "chipolata",
  "pork",
  "ham",
  "gammon",
];
/** Words naming meat (pork's included) or fish: they contradict #vegetarien and #vegan. */
const MEAT_WORDS = [
  ...PORK_WORDS,
  "boeuf",
  "veau",
  "agneau",
  "mouton",
  "poulet",
  "volaille",
  "dinde",
  "canard",
  "lapin",
  "viande",
  "steak",
  "bavette",
  "entrecote",
  "merguez",
  "saucisse",
  "poisson",
  "thon",
  "saumon",
  "cabillaud",
  "colin",
  "merlu",
  "sardine",
  "maquereau",
  "truite",
  "crevette",
  "moule",
  "calamar",
  "anchois",
  "beef",
  "veal",
  "lamb",
  "mutton",
  "chicken",
  "poultry",
  "turkey",
  "duck",
  "rabbit",
  "meat",
  "sausage",
  "fish",
  "tuna",
  "salmon",
  "cod",
  "haddock",
  "mackerel",
  "trout",
  "shrimp",
  "prawn",
  "mussel",
  "squid",
  "anchovy",
  "anchovie",
];
/** A word before a meat word that takes it back ("sans viande", "no meat"). */
const WITHOUT = new Set(["sans", "without", "no", "pas", "zero"]);
/** A word next to it that says it is not meat ("steak végétal", "saucisse de soja", "vegan sausage"). */
const NOT_MEAT = new Set([
  "vegetal",
  "vegetale",
  "vegetaux",
  "vegetales",
  "vegan",
  "vegane",
  "veggie",
  "vege",
  "soja",
  "tofu",
  "seitan",
  "vegetarien",
  "vegetarienne",
]);

/** The words of `list` a menu text names as food (not "sans viande", not "steak végétal"), as written. */
function named(text: string, list: readonly string[]): string[] {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => m[0]);
  const folded = words.map((w) => key(w));
  const found: string[] = [];
  folded.forEach((w, i) => {
    const singular = w.replace(/(s|x)$/, "");
    if (!list.includes(w) && !list.includes(singular)) return;
    // "pas de viande", "saucisse de soja": look past a "de".
    const before = folded[i - 1] === "de" || folded[i - 1] === "d" ? folded[i - 2] : folded[i - 1];
    const after = folded[i + 1] === "de" || folded[i + 1] === "au" ? folded[i + 2] : folded[i + 1];
    if ((before && (WITHOUT.has(before) || NOT_MEAT.has(before))) || (after && NOT_MEAT.has(after))) return;
    if (!found.some((f) => key(f) === w)) found.push(words[i]!.toLowerCase());
  });
  return found;
}

/** Allergen tags a diet excludes: a #vegan menu with #lait is a contradiction. */
const EXCLUDED_ALLERGENS: Partial<Record<Diet, readonly Allergen[]>> = {
  vegan: ["milk", "eggs", "fish", "crustaceans", "molluscs"],
  vegetarian: ["fish", "crustaceans", "molluscs"],
};

/** A menu's diet tag that its allergen tags or its words contradict. */
export interface DietConflict {
  diet: Diet;
  /** Allergen tags the diet excludes. */
  allergens: Allergen[];
  /** Words of the text, as written, naming what the diet excludes (meat, fish, pork). */
  words: string[];
}

/**
 * What contradicts a menu's diet tags: `#vegan` with `#lait` or `#oeufs`, `#vegetarien` with
 * meat or fish words in its text, `#halal` or `#sans-porc` with pork words. Empty when nothing does.
 */
export function dietConflicts(menu: { text: string; diets: readonly Diet[]; allergens: readonly Allergen[] }): DietConflict[] {
  const out: DietConflict[] = [];
  for (const diet of DIETS.filter((d) => menu.diets.includes(d))) {
    const allergens = (EXCLUDED_ALLERGENS[diet] ?? []).filter((a) => menu.allergens.includes(a));
    const list = diet === "vegan" || diet === "vegetarian" ? MEAT_WORDS : diet === "halal" || diet === "porkfree" ? PORK_WORDS : [];
    const words = named(menu.text, list);
    if (allergens.length > 0 || words.length > 0) out.push({ diet, allergens: ALLERGENS.filter((a) => allergens.includes(a)), words });
  }
  return out;
}

/** Diets a dish tagged with `diets` suits too: a vegan dish is vegetarian, a vegetarian one has no pork. */
const COVERED_BY: Record<Diet, readonly Diet[]> = {
  vegetarian: ["vegetarian", "vegan"],
  vegan: ["vegan"],
  halal: ["halal", "vegetarian", "vegan"],
  porkfree: ["porkfree", "halal", "vegetarian", "vegan"],
  glutenfree: ["glutenfree"],
};

/** True when a menu tagged `diets` suits people of `diet`. */
export function menuSuits(diets: readonly Diet[], diet: Diet): boolean {
  return COVERED_BY[diet].some((d) => diets.includes(d));
}
