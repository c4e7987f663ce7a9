// Cook-slot roles: the defaults a new canteen gets, and the words people use for them.
import { fold } from "./text.ts";

/** A kind of slot on a service's sheet and how many people it takes. */
export interface SlotRole {
  key: string;
  capacity: number;
  position: number;
}

/** Head cook 1, cooks 3, dishes 2: what Les Petites Cantines-style kitchens usually need. */
export const DEFAULT_ROLES: readonly SlotRole[] = [
  { key: "headcook", capacity: 1, position: 0 },
  { key: "cook", capacity: 3, position: 1 },
  { key: "dishes", capacity: 2, position: 2 },
];

/** The head cook's role key: that day's head cook may close the service. */
export const HEAD_COOK_ROLE = "headcook";

/** The role people get when they do not name one. */
export const DEFAULT_ROLE = "cook";

/** Highest capacity a manager may set for one role on one service. */
export const MAX_ROLE_CAPACITY = 50;

const ALIASES: Record<string, readonly string[]> = {
  headcook: [
    "headcook",
    "head-cook",
    "head cook",
    "head",
    "chef",
    "cheffe",
    "chef·fe",
    "chef-fe",
    "chef de cuisine",
    "cheffe de cuisine",
    "chef cuisinier",
    "responsable",
    "lead",
  ],
  cook: ["cook", "cooks", "cooking", "cuisine", "cuisiner", "cuisinier", "cuisiniere", "cuisiniers", "commis", "kitchen"],
  dishes: [
    "dishes",
    "dish",
    "dishwashing",
    "washing-up",
    "washing up",
    "washer",
    "plonge",
    "plongeur",
    "plongeuse",
    "vaisselle",
    "vaisselles",
  ],
};

const INDEX = new Map<string, string>();
for (const [key, words] of Object.entries(ALIASES)) for (const w of words) INDEX.set(fold(w), key);

/**
 * The role key a phrase names among a canteen's roles ("plonge" → "dishes"), or undefined.
 * Custom role keys match themselves.
 */
export function parseRole(phrase: string, roles: readonly SlotRole[]): string | undefined {
  const f = fold(phrase);
  const key = INDEX.get(f) ?? f;
  return roles.some((r) => r.key === key) ? key : undefined;
}
