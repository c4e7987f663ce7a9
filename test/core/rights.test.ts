// Who may run what, as the commands declare it: a volunteer who tries each command or subcommand
// kept for managers (or a day's head cook or team, or a network's managers) gets the refusal and nothing
// changes; a manager (or that head cook) succeeds. A guard fails when a command declares a right
// this test does not try.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { forManagers, whoList, type CommandSpec } from "../../src/kernel/commands/registry.ts";

const EST: SendOptions = { chat: "console:est" };
const OUEST: SendOptions = { chat: "console:ouest" };
const MANAGERS_ONLY = "Cette commande est réservée aux gérant·es de la cantine.";
const NETWORK_MANAGERS_ONLY = "Cette commande est réservée aux gérant·es d'un réseau.";
const TEAM_ONLY = "Seul·es les gérant·es et l'équipe du mardi 24 novembre (les personnes inscrites pour cuisiner ce jour-là)";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-24T08:00:00Z"); // Tuesday 09:00 in Paris
  await h.say("Mona", "/installer Cantine Est", EST);
  await h.say("Alice", "/creneaux", EST);
  await h.say("Bob", "/cuisiner jeudi", EST);
  await h.say("Mona", "/dejeuner installer", EST);
});
afterEach(() => h.close());

/** A right, tried by a volunteer (refused) then by whoever holds it (who succeeds). */
interface Case {
  /** "menu", or "lunch stop" for a subcommand; "+changes" for a stricter right on some uses. */
  right: string;
  text: string;
  refusal: string;
  success: string;
  by?: string;
}

const CASES: Case[] = [
  {
    right: "closure+changes",
    text: "/fermeture 2027-03-03 travaux",
    refusal: MANAGERS_ONLY,
    success: "🔒 Fermé : le mercredi 3 mars 2027",
  },
  { right: "allergens", text: "/allergenes jeudi gluten", refusal: MANAGERS_ONLY, success: "allergènes : gluten" },
  { right: "invite", text: "/inviter", refusal: MANAGERS_ONLY, success: "/setup " },
  { right: "signup", text: "/inscrire Jeanne jeudi", refusal: MANAGERS_ONLY, success: "Jeanne" },
  { right: "menu+changes", text: "/menu jeudi Dahl de lentilles", refusal: MANAGERS_ONLY, success: "Dahl de lentilles" },
  { right: "settings+changes", text: "/reglages annonce 9h45", refusal: MANAGERS_ONLY, success: "9:45" },
  { right: "roles+changes", text: "/postes plonge 3", refusal: MANAGERS_ONLY, success: "Plonge 3" },
  { right: "uncook+changes", text: "/annuler jeudi Bob", refusal: MANAGERS_ONLY, success: "Bob" },
  { right: "lunch setup", text: "/dejeuner installer", refusal: MANAGERS_ONLY, success: "relancés" },
  { right: "lunch settings+changes", text: "/dejeuner reglages taille 5", refusal: MANAGERS_ONLY, success: "tables de 5" },
  { right: "lunch stop", text: "/dejeuner arreter", refusal: MANAGERS_ONLY, success: "arrêtés" },
  { right: "network create", text: "/reseau creer Réseau Est", refusal: MANAGERS_ONLY, success: "Réseau « Réseau Est » créé" },
  { right: "impact network", text: "/impact reseau", refusal: NETWORK_MANAGERS_ONLY, success: "🕸️ Réseau « Réseau Est »" },
  { right: "network invite", text: "/reseau inviter", refusal: NETWORK_MANAGERS_ONLY, success: "/reseau rejoindre " },
  { right: "network", text: "/reseau", refusal: MANAGERS_ONLY, success: "• Cantine Est (ta cantine)" },
  { right: "network list", text: "/reseau liste", refusal: MANAGERS_ONLY, success: "• Cantine Est (ta cantine)" },
  { right: "network leave", text: "/reseau quitter", refusal: MANAGERS_ONLY, success: "Cantine Est a quitté le réseau" },
  {
    right: "network join",
    text: "/reseau rejoindre CODE",
    refusal: MANAGERS_ONLY,
    success: "Cantine Est a rejoint le réseau « Réseau Ouest »",
  },
  { right: "hygiene add", text: "/hygiene ajouter Frigo froid", refusal: MANAGERS_ONLY, success: "✅ Frigo ajouté" },
  // Alice is not on today's sheet (Bob cooks on Thursday): the day's team or a manager records.
  { right: "reading+changes", text: "/releve Frigo 9", refusal: TEAM_ONLY, success: "HORS LIMITES" },
  { right: "hygiene action", text: "/hygiene action produits jetés", refusal: TEAM_ONLY, success: "📝 Action notée pour Frigo" },
  { right: "hygiene cooling", text: "/hygiene refroidissement Soupe 70", refusal: TEAM_ONLY, success: "❄️ Refroidissement de Soupe" },
  { right: "hygiene core", text: "/hygiene cuisson Poulet 75", refusal: TEAM_ONLY, success: "✅ Cuisson à cœur de Poulet" },
  { right: "hygiene reheat", text: "/hygiene rechauffage Soupe 70", refusal: TEAM_ONLY, success: "✅ Remise en température de Soupe" },
  { right: "hygiene remove", text: "/hygiene retirer Frigo", refusal: MANAGERS_ONLY, success: "Frigo retiré" },
  {
    right: "hygiene cleaning+changes",
    text: "/hygiene nettoyage ajouter Sols quotidien",
    refusal: MANAGERS_ONLY,
    success: "✅ Sols ajouté au plan de nettoyage",
  },
  { right: "hygiene cleaningDone", text: "/hygiene nettoyage-fait 1", refusal: TEAM_ONLY, success: "📝 Noté — Sols : fait par Mona" },
  { right: "hygiene training", text: "/hygiene formation Alice 12/03/2025", refusal: MANAGERS_ONLY, success: "🎓 Noté : Alice" },
  // Last: Alice is a manager from then on.
  { right: "manager", text: "/gerant Alice", refusal: MANAGERS_ONLY, success: "Alice est maintenant gérant·e" },
];

/** Every right the table declares beyond "anyone", named as CASES names them. */
function declaredRights(specs: readonly CommandSpec[]): string[] {
  const out: string[] = [];
  for (const spec of specs) {
    if (forManagers(spec)) out.push(spec.key);
    if (spec.changes) out.push(`${spec.key}+changes`);
    for (const sub of spec.subcommands ?? []) {
      if (sub.who !== undefined ? !whoList(sub.who).includes("anyone") : forManagers(spec)) out.push(`${spec.key} ${sub.key}`);
      if (sub.changes) out.push(`${spec.key} ${sub.key}+changes`);
    }
  }
  return out;
}

describe("rights declared by the commands", () => {
  it("are all tried here (add a case when a command declares a new right)", () => {
    const tried = [...CASES.map((c) => c.right), "close"].sort();
    expect(declaredRights(h.core.commands.specs).sort()).toEqual(tried);
  });

  it("refuse a volunteer each command and subcommand kept for managers, and let a manager run it", async () => {
    await h.say("Bruno", "/installer Cantine Ouest", OUEST);
    await h.say("Bruno", "/reseau creer Réseau Ouest", OUEST);
    const code = /rejoindre ([A-Z0-9]{8})/.exec(await h.say("Bruno", "/reseau inviter", OUEST))![1]!;
    for (const c of CASES) {
      const text = c.text.replace("CODE", code);
      expect(await h.say("Alice", text, EST), `${text} by a volunteer`).toContain(c.refusal);
      expect(await h.say(c.by ?? "Mona", text, EST), `${text} by a manager`).toContain(c.success);
    }
  });

  it("let a volunteer read what managers change: the menu, the settings, the places, the lunch settings", async () => {
    expect(await h.say("Alice", "/menu jeudi", EST)).toContain("jeudi 26 novembre");
    expect(await h.say("Alice", "/reglages", EST)).toContain("Cantine Est");
    expect(await h.say("Alice", "/postes", EST)).toContain("Cuisine 3");
    expect(await h.say("Alice", "/dejeuner reglages", EST)).toContain("tables de 4");
    expect(await h.say("Bob", "/annuler jeudi Bob", EST)).toContain("Bob");
  });

  it("let the day's head cook and managers close a service, and refuse anyone else with that day", async () => {
    await h.say("Alice", "/cuisiner aujourd'hui chef", EST);
    h.clock.set("2026-11-24T13:30:00Z");
    expect(await h.say("Bob", "/cloturer couverts 40", EST)).toContain("Seul·es les gérant·es et le ou la chef·fe du mardi 24 novembre");
    expect((await h.store.closeRecord(1, "2026-11-24")).covers).toBeNull();
    expect(await h.say("Alice", "/cloturer couverts 42", EST)).toContain("Couverts : 42");
    expect(await h.say("Bob", "/cloturer lundi couverts 12", EST)).toContain("chef·fe du lundi 23 novembre");
    expect(await h.say("Mona", "/cloturer lundi couverts 12", EST)).toContain("Couverts : 12");
  });
});
