// /reglages · /settings as a manager reads it: every setting named with how to change it, the
// poll's end called what it is (`fin-sondage`; the older `cloture` still works).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../src/kernel/i18n/index.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/installer Cantine de Belleville");
});
afterEach(() => h.close());

describe("/reglages", () => {
  it("sets the poll's end with fin-sondage, and still with cloture", async () => {
    expect(await h.say("Mona", "/reglages fin-sondage 10h45")).toContain("fin du sondage 10:45");
    expect((await h.store.canteen(1))!.pollDeadline).toBe("10:45");
    await h.say("Mona", "/reglages cloture 11h15");
    expect((await h.store.canteen(1))!.pollDeadline).toBe("11:15");
    await h.say("Mona", "/reglages langue en");
    await h.say("Mona", "/settings poll-end 11:30");
    expect((await h.store.canteen(1))!.pollDeadline).toBe("11:30");
  });

  it("says how to change every setting, the close-out's prices and times too", async () => {
    const shown = await h.say("Mona", "/reglages");
    expect(shown).toContain("fin-sondage 11h");
    expect(shown).not.toMatch(/· cloture 11h/);
    for (const key of ["prix-ingredients", "prix-fonctionnement", "bilan 15h", "enquete"]) expect(shown).toContain(key);
    const help = await h.say("Mona", "/aide reglages");
    for (const key of ["fin-sondage", "prix-ingredients", "prix-fonctionnement", "bilan", "enquete"]) expect(help).toContain(key);
  });

  it("says it in English for an English canteen", async () => {
    await h.say("Mona", "/reglages langue en");
    const shown = await h.say("Mona", "/settings");
    for (const key of ["poll-end 11:00", "ingredient-cost", "running-cost", "close-out 15:00", "survey"]) expect(shown).toContain(key);
  });
});

describe("/menu's answer", () => {
  it("says the menu waits for the day's announcement when none is posted yet, and that it is updated once posted", async () => {
    expect(await h.say("Mona", "/menu mardi Soupe de potiron")).toContain("✅ Menu enregistré : il sera dans l'annonce du jour, à 10:00.");
    await h.say("Mona", "/menu lundi Lentilles");
    await h.core.rhythm.execute((await h.store.canteen(1))!, "announce", "2026-11-23", h.clock.now());
    expect(await h.say("Mona", "/menu lundi Lentilles corail")).toContain("✅ Menu enregistré (l'annonce déjà postée est mise à jour).");
  });
});

describe("French as it is written", () => {
  it("agrees words: no allergies is « aucune », one or no comparable service is singular, a full role is « le poste … est complet »", async () => {
    expect(await h.say("Alice", "/profil")).toMatch(/Allergies : aucune/);
    expect(await h.say("Alice", "/profil")).toMatch(/Régime : aucun\b/);
    await h.say("Mona", "/postes chef 1");
    await h.say("Alice", "/cuisiner mardi chef");
    expect(await h.say("Bob", "/cuisiner mardi chef")).toContain("Le poste Chef·fe est complet mardi 24 novembre.");
    const t = translator("fr");
    expect(t("closeout.brief.noHistory", { basis: 0, count: 0 })).toContain("(0 service comparable clôturé, il en faut 3)");
    expect(t("closeout.brief.noHistory", { basis: 2, count: 2 })).toContain("(2 services comparables clôturés, il en faut 3)");
    expect(t("remind.text", { date: "mardi", role: "Cuisine", canteen: "Cantine des Lilas", time: "9:30" })).not.toMatch(/à Cantine/);
  });
});
