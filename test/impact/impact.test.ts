// /impact from the chat, in French and English: a month of services, some closed, one open, with
// survey answers; what everyone sees, what managers see, and unknown never shown as zero.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());
const say = async (user: string, text: string) => (await h.say(user, text)).replace(/[\u202f\u00a0]/g, " ");

/** Anonymous survey answers for a service: `answers` per question, from made-up people. */
async function answers(date: string, question: "welcome" | "confidence" | "first", list: string[], firstPerson = 100) {
  await h.store.countSurveyBatch(
    1,
    date,
    question,
    list.map((a, i) => ({ personId: firstPerson + i, answer: a as never })),
  );
}

/** November 2026 at Belleville: Monday 2 closed, Tuesday 3 left open, Wednesday 4 closed. */
async function november(locale: "fr" | "en") {
  h = await createHarness("2026-11-02T08:00:00Z", { locale });
  const fr = locale === "fr";
  await say("Mona", fr ? "/installer Belleville" : "/setup Belleville");
  await say("Mona", fr ? "/reglages prix-ingredients 3,50" : "/settings ingredient-cost 3.50");
  await say("Mona", fr ? "/reglages prix-fonctionnement 9" : "/settings running-cost 9");
  await say("Alice", fr ? "/cuisiner aujourd'hui chef" : "/cook today head cook");
  await say("Bob", "/eat");
  await h.store.keepForecast(1, "2026-11-02", 1, 35);
  h.clock.set("2026-11-02T14:00:00Z");
  await say("Alice", fr ? "/cloturer couverts 40 recette 400 courses 120" : "/close covers 40 takings 400 spent 120");
  h.clock.set("2026-11-03T08:00:00Z");
  await say("Bob", "/eat");
  await say("Carl", "/eat");
  h.clock.set("2026-11-04T14:00:00Z");
  await say("Mona", fr ? "/cloturer couverts 30 recette 270" : "/close covers 30 takings 270");
  await answers("2026-11-02", "welcome", ["yes", "yes", "rather-yes", "rather-yes", "no"]);
  await answers("2026-11-02", "confidence", ["yes", "rather-no", "yes"]);
  await answers("2026-11-04", "first", ["yes", "no", "yes"]);
  h.clock.set("2026-12-01T09:00:00Z");
}

describe("/impact in French", () => {
  it("shows everyone meals, volunteers, newcomers and survey figures, but not money nor open dates", async () => {
    await november("fr");
    const out = await say("Zoe", "/impact mois dernier");
    expect(out).toContain("📊 Belleville — novembre 2026");
    expect(out).toContain("3 services tenus, 2 clôturés.");
    expect(out).toContain("1 service encore ouvert : ses chiffres sont inconnus (pas comptés comme zéro).");
    expect(out).toContain("Repas servis : 70");
    expect(out).toContain("Repas par service : 35");
    expect(out).toContain("Écart prévision / servis : 5 couverts (estimation)");
    expect(out).toContain("Bénévoles : 1 (dont 1 pour la première fois)");
    expect(out).toContain("Nouvelles personnes (connues de Tablée) : 3");
    // Three answers to "first meal?": too few to show even as a count (it would single people out).
    expect(out).toContain("Premiers repas (enquête) : 3 réponses — trop peu pour afficher un pourcentage");
    expect(out).toContain("Accueil : 80 % (5 réponses)");
    expect(out).toContain("Confiance : 3 réponses — trop peu pour afficher un pourcentage");
    expect(out).not.toMatch(/Recette|Participation|Services à clôturer|Détail/);
  });

  it("shows managers the money, the open service by date and the per-service detail", async () => {
    await november("fr");
    const out = await say("Mona", "/bilan novembre");
    expect(out).toContain("Recette : 670 €");
    expect(out).toContain("Participation moyenne : 9,57 €");
    expect(out).toContain("Coût couvert : 77 %");
    expect(out).toContain("Ingrédients couverts : 333 %");
    expect(out).toContain("Services à clôturer : mar. 3/11");
    expect(out).toContain("lun. 2/11 : 40 couverts · recette 400 € · courses 120 € · prévu 35");
    expect(out).toContain("mar. 3/11 : — couverts · recette — · courses — · prévu —");
  });

  it("says unknown, never zero, for a period with no closed service, and explains a period it does not know", async () => {
    await november("fr");
    const out = await say("Mona", "/impact");
    expect(out).toContain("📊 Belleville — décembre 2026");
    expect(out).toContain("Repas servis : inconnu (aucun service clôturé)");
    expect(out).toContain("Recette : inconnu (aucun service clôturé)");
    expect(out).toContain("Accueil : 0 réponse — trop peu pour afficher un pourcentage");
    expect(out).not.toMatch(/Repas servis : 0/);
    expect(await say("Mona", "/impact bientot")).toContain("Je ne comprends pas la période « bientot »");
  });

  it("takes every period word: annee, 2026, 2026-11, tout", async () => {
    await november("fr");
    for (const p of ["annee", "2026", "2026-11", "tout"]) expect(await say("Mona", `/impact ${p}`), p).toContain("Repas servis : 70");
    expect(await say("Mona", "/impact 2025")).toContain("Repas servis : inconnu");
  });

  it("lists every figure's written definition", async () => {
    await november("fr");
    const out = await say("Zoe", "/impact definitions");
    expect(out).toContain("Repas servis : la somme des couverts des services clôturés de la période.");
    expect(out).toContain("La prévision est une estimation");
  });
});

describe("/impact in English", () => {
  it("shows the same figures with English names and formats", async () => {
    await november("en");
    const out = await say("Mona", "/impact last month");
    expect(out).toContain("📊 Belleville — November 2026");
    expect(out).toContain("3 services held, 2 closed.");
    expect(out).toContain("Meals served: 70");
    expect(out).toContain("Takings: €670");
    expect(out).toContain("Average contribution: €9.57");
    expect(out).toContain("Welcome: 80 % (5 answers)");
    expect(out).toContain("Confidence: 3 answers — too few answers to show");
    expect(out).toContain("Services to close: Tue 3/11");
    expect(await say("Mona", "/impact all")).toContain("Meals served: 70");
    expect(await say("Mona", "/figures month")).toContain("Meals served: unknown (no closed service)");
  });
});
