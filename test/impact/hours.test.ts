// Volunteer hours in /impact and the funder report: the team that really cooked on closed services
// (a no-show gives none, a helper gives their role's hours), unknown for services not closed, and
// their value — the contributions volontaires — for managers once an hour's value is set.
import { afterEach, describe, expect, it } from "vitest";
import { computeFigures } from "../../src/features/impact/index.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());
const say = async (user: string, text: string) => (await h.say(user, text)).replace(/[\u202f\u00a0]/g, " ");

/**
 * November 2026: Monday 2 closed with Alice (head cook, 5 h), Bob (no-show) and Sam helping on
 * the dishes (2 h); Tuesday 3 with Carol signed up, left open.
 */
async function november(locale: "fr" | "en") {
  const fr = locale === "fr";
  h = await createHarness("2026-11-02T07:00:00Z", { locale });
  await say("Mona", fr ? "/installer Belleville" : "/setup Belleville");
  await say("Alice", "/cook today head");
  await say("Bob", "/cook today");
  h.clock.set("2026-11-02T14:00:00Z");
  await say("Mona", fr ? "/cloturer couverts 40 absent bob aide Sam plonge" : "/close covers 40 absent bob helper Sam dishes");
  h.clock.set("2026-11-03T07:00:00Z");
  await say("Carol", "/cook today");
  h.clock.set("2026-12-01T09:00:00Z");
}

describe("volunteer hours in the figures", () => {
  it("/impact counts the hours of those who really cooked on closed services, for everyone", async () => {
    await november("fr");
    const out = await say("Zoe", "/impact mois dernier");
    expect(out).toContain("Heures bénévoles : 7");
    expect(out).not.toContain("Contributions volontaires");
  });

  it("are unknown, never zero, while no service is closed", async () => {
    h = await createHarness("2026-11-02T07:00:00Z");
    await say("Mona", "/installer Belleville");
    await say("Alice", "/cook today head");
    h.clock.set("2026-12-01T09:00:00Z");
    expect(await say("Zoe", "/impact mois dernier")).toContain("Heures bénévoles : inconnu (aucun service clôturé)");
  });

  it("managers read their value once /reglages valorisation is set, and are told how to set it before", async () => {
    await november("fr");
    const before = await say("Mona", "/impact mois dernier");
    expect(before).toContain("Contributions volontaires (valorisation du bénévolat) : inconnu (valeur d'une heure non réglée");
    await say("Mona", "/reglages valorisation 12,50");
    expect(await say("Mona", "/impact mois dernier")).toContain("Contributions volontaires (valorisation du bénévolat) : 87,50 €");
  });

  it("speak English, and the definitions carry both figures", async () => {
    await november("en");
    await say("Mona", "/settings hour-value 10");
    const out = await say("Mona", "/impact last month");
    expect(out).toContain("Volunteer hours: 7");
    expect(out).toContain("Volunteer contribution in kind: €70");
    const defs = await say("Zoe", "/impact definitions");
    expect(defs).toContain("Volunteer hours: the sum, over closed services, of the hours of the team that really cooked");
    expect(defs).toContain("Volunteer contribution in kind: volunteer hours × the value of one hour");
  });

  it("a service without known hours is left out, not counted as zero hours", () => {
    const base = { covers: 10, takings: null, spent: null, forecast: null, pollCovers: null, survey: {}, closed: true };
    const f = computeFigures({
      canteenId: 1,
      canteenName: "B",
      currency: "EUR",
      ingredientCost: null,
      runningCost: null,
      hourValue: 1000,
      services: [
        { ...base, date: "2026-11-02", volunteerMinutes: 90 },
        { ...base, date: "2026-11-03" },
      ],
      volunteers: 0,
      newVolunteers: 0,
      newcomers: 0,
      lunch: null,
    });
    expect(f.figures["volunteer-hours"]).toEqual({ known: true, value: 1.5, basis: 1 });
    expect(f.figures["volunteer-value"]).toEqual({ known: true, value: 1500, basis: 1 });
  });
});
