// What the audience guards look for: how each command is typically typed, and the personal
// values (a volunteer's diet and allergies, links with a token, money, close-out histories and teams,
// another canteen's figures, one-time invite codes) that must never reach a group.
import { catalogueKeys, translator } from "../../src/kernel/i18n/index.ts";

/** How each command is typically typed (the first arguments the README shows, and none). */
export const TYPICAL: Record<string, readonly string[]> = {
  cook: ["", "mercredi", "jeudi plonge"],
  uncook: ["", "jeudi"],
  slots: ["", "suivante"],
  eat: ["", "mercredi +1"],
  noeat: ["vendredi"],
  headcount: ["", "mercredi"],
  menu: ["mercredi", "mercredi Soupe de courge ; pain #vegetarien #gluten"],
  allergens: ["mercredi gluten"],
  diet: ["", "vegan sans-gluten"],
  allergies: ["", "arachides sesame"],
  profile: [""],
  link: ["", "ABCD1234"],
  mydata: [""],
  forget: [""],
  setup: ["Cantine Nouvelle"],
  invite: [""],
  signup: ['"Jeanne D." mercredi'],
  manager: [""],
  roles: [""],
  settings: [""],
  closure: ["", "2026-12-24 Noël", "annuler 2026-12-24"],
  lunch: ["", "rejoindre Compta", "eviter Mona", "bilan"],
  language: ["", "fr"],
  replace: ["", "mercredi"],
  take: ["1"],
  replacement: ["1"],
  close: ["", "2026-11-16", "2026-11-17", "2026-11-17 couverts 41", "2026-11-17 absent Mona aide Sam"],
  survey: ["2026-11-16 welcome yes"],
  hygiene: [
    "",
    "equipements",
    "ajouter Frigo 1 froid",
    "action produits jetés",
    "refroidissement Soupe 70",
    "cuisson Poulet 75",
    "nettoyage",
    "nettoyage ajouter Sols quotidien",
    "nettoyage-fait 1",
    "formation Alice 12/03/2025",
  ],
  reading: ["", "Frigo 1 3,5", "Frigo 1 9"],
  impact: ["", "novembre", "definitions", "reseau novembre"],
  network: ["", "inviter"],
  calendar: ["", "nouveau"],
  board: ["", "deconnexion"],
  page: [""],
  help: ["", "cloturer", "allergies"],
};

/** An amount of money with its sign ("287,40 €", "€12.50"). */
const MONEY = /(?:\d[\d .,]*\d|\d)\s?€|€\s?\d[\d.,]*/g;
const normalise = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
/** Amounts with a currency sign that the catalogues hold as fixed examples ("312,50 €"): not anyone's money. */
const EXAMPLE_AMOUNTS = new Set(
  (["fr", "en"] as const).flatMap((l) => catalogueKeys(l).flatMap((k) => normalise(translator(l)(k)).match(MONEY) ?? [])),
);

/** A one-time code as /inviter and /reseau inviter hand it out, with the command that redeems it. */
const INVITE_CODE = /(?:\/setup|\/installer|\/network join|\/reseau rejoindre) ((?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{8})\b/g;
/** Codes the catalogues hold as fixed examples ("/reseau rejoindre K7Q2M9XA"): nobody's way in. */
const EXAMPLE_CODES = new Set(
  (["fr", "en"] as const).flatMap((l) => catalogueKeys(l).flatMap((k) => [...translator(l)(k).matchAll(INVITE_CODE)].map((m) => m[1]!))),
);

/**
 * What only the volunteer (a vegan, gluten-free diet; peanut and sesame allergies), a manager's
 * money or the other canteen (« Cantine Ouest ») could have put there.
 */
const PERSONAL: { what: string; pattern: RegExp }[] = [
  { what: "the volunteer's allergies", pattern: /arachides, sésame|peanuts, sesame/i },
  { what: "the volunteer's diet", pattern: /végétalien[ ,·]+sans gluten|vegan[ ,·]+gluten-free/i },
  { what: "a profile", pattern: /Profil de |'s profile/ },
  { what: "a link with a token", pattern: /\/(?:login|calendar)\/[A-Za-z0-9_-]{20,}/ },
  { what: "a close-out history", pattern: /Historique des changements|History of changes/ },
  { what: "a close-out's team (who did not come)", pattern: /— pas venu·e|— didn't come|\(visible par toi seul·e\)|\(only you see this\)/ },
  { what: "per-service money", pattern: /Détail par service|Per service:/ },
  { what: "another canteen's figures", pattern: /Cantine Ouest ?: ?\d|Par cantine|Per canteen/ },
];

/** The personal values a group-visible text holds (empty when none). */
export function leaks(text: string): string[] {
  const t = normalise(text);
  const found = PERSONAL.filter((p) => p.pattern.test(t)).map((p) => p.what);
  const codes = [...t.matchAll(INVITE_CODE)].filter((m) => !EXAMPLE_CODES.has(m[1]!));
  if (codes.length > 0) found.push("a one-time invite code");
  const money = (t.match(MONEY) ?? []).filter((m) => !EXAMPLE_AMOUNTS.has(m));
  return money.length > 0 ? [...found, `money (${money.join(", ")})`] : found;
}
