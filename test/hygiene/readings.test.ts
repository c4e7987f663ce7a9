// The kitchen's temperature records through the real core: managers set the equipment, the day's
// team records readings (and only they, or a manager), a reading out of limits says so, asks for
// the corrective action and tells the managers privately at once; forgetting a reader keeps the record.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h.close());

/** Belleville, set up by Mona on Monday 23 November 2026 at 9:00 in Paris, with Alice cooking today. */
async function kitchen(locale: "fr" | "en" = "fr"): Promise<Harness> {
  h = await createHarness("2026-11-23T08:00:00Z", { locale });
  await h.say("Mona", locale === "fr" ? "/installer Belleville" : "/setup Belleville");
  await h.say("Alice", locale === "fr" ? "/cuisiner aujourd'hui" : "/cook today");
  return h;
}

/** The private alerts queued for the managers, as (address, text). */
async function alerts(): Promise<{ to: string; text: string }[]> {
  const rows = await h.db.prisma.delivery.findMany({ where: { kind: "hygiene-alert" }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ to: r.target, text: JSON.stringify(JSON.parse(r.payload!)) }));
}

describe("equipment", () => {
  it("a manager adds equipment with the usual limits of its kind, or their own, and anyone lists it", async () => {
    await kitchen();
    expect(await h.say("Mona", "/hygiene ajouter Frigo 1 froid")).toContain("✅ Frigo 1 ajouté : froid positif, 0 à 4 °C.");
    expect(await h.say("Mona", "/hygiene ajouter Congélateur congelateur")).toContain("Congélateur ajouté : congélateur, ≤ −18 °C.");
    expect(await h.say("Mona", "/hygiene ajouter « Bain-marie » chaud 65 90")).toContain(
      "Bain-marie ajouté : maintien au chaud, 65 à 90 °C.",
    );
    expect(await h.say("Mona", "/hygiene ajouter Frigo 1 froid 0 3")).toContain("✅ Frigo 1 mis à jour : froid positif, 0 à 3 °C.");
    expect(await h.say("Alice", "/hygiene equipements")).toBe(
      "🧊 Équipements — Belleville\n• Bain-marie — maintien au chaud, 65 à 90 °C\n• Congélateur — congélateur, ≤ −18 °C\n• Frigo 1 — froid positif, 0 à 3 °C\nGérant·es : /hygiene ajouter <nom> froid|congelateur|chaud [min max] · /hygiene retirer <nom>",
    );
  });

  it("/hygiene equipements ajouter … and retirer … work as /hygiene ajouter and retirer do, for managers only", async () => {
    await kitchen();
    expect(await h.say("Alice", "/hygiene equipements ajouter Frigo froid")).toBe(
      "Cette commande est réservée aux gérant·es de la cantine.",
    );
    expect(await h.say("Mona", "/hygiene equipements ajouter Frigo froid")).toContain("✅ Frigo ajouté : froid positif, 0 à 4 °C.");
    expect(await h.say("Alice", "/releve frigo 6,5")).toContain("6,5");
    expect(await h.say("Mona", "/hygiene equipment remove frigo")).toContain("Frigo retiré");
  });

  it("only managers add or remove equipment; a removed one is no longer read but its readings stay", async () => {
    await kitchen();
    expect(await h.say("Alice", "/hygiene ajouter Frigo froid")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
    await h.say("Mona", "/hygiene ajouter Frigo froid");
    await h.say("Alice", "/releve frigo 3");
    expect(await h.say("Alice", "/hygiene retirer Frigo")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
    expect(await h.say("Mona", "/hygiene retirer frigo")).toContain(
      "Frigo retiré : on ne le relève plus, ses relevés restent au registre.",
    );
    expect(await h.say("Alice", "/releve frigo 3")).toContain("Aucun équipement à relever");
    expect(await h.store.temperatureReadings(1, "2026-11-23", "2026-11-23")).toHaveLength(1);
  });

  it("answers mistakes clearly: no kind, too many limits", async () => {
    await kitchen();
    expect(await h.say("Mona", "/hygiene ajouter Frigo")).toContain(
      "Utilisation : /hygiene ajouter <nom> froid|congelateur|chaud [min max]",
    );
    expect(await h.say("Mona", "/hygiene ajouter Frigo froid 0 4 8")).toContain(
      "« 0 4 8 » : après le type, donne au plus deux températures",
    );
  });
});

describe("readings", () => {
  it("the day's team records a temperature as it is typed, with who, when and whether it is within limits", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene ajouter Frigo 1 froid");
    await h.say("Mona", "/hygiene ajouter Congélateur congelateur");
    expect(await h.say("Alice", "/releve Frigo 1 3,5")).toBe("✅ Frigo 1 : 3,5 °C, dans les limites (0 à 4 °C). Relevé par Alice.");
    for (const typed of ["3.5", "3,5°C", "3,5 °C"])
      expect(await h.say("Alice", `/releve frigo 1 ${typed}`)).toContain("3,5 °C, dans les limites");
    expect(await h.say("Alice", "/relevé congel -19")).toContain("Congélateur : −19 °C, dans les limites (≤ −18 °C)");
    const [first] = await h.store.temperatureReadings(1, "2026-11-23", "2026-11-23");
    expect(first).toMatchObject({ equipment: "Frigo 1", value: 3.5, within: true, min: 0, max: 4, by: { name: "Alice" } });
    expect(first!.at).toEqual(new Date("2026-11-23T08:00:00Z"));
    expect(await h.say("Bob", "/hygiene")).toBe(
      [
        "🌡️ Relevés du lundi 23 novembre — Belleville",
        "• Congélateur : −19 °C à 09:00 (Alice) ✅",
        ...Array.from({ length: 4 }, () => "• Frigo 1 : 3,5 °C à 09:00 (Alice) ✅"),
        "Relever : /releve <équipement> <température> · hors limites : /hygiene action <ce qui a été fait>",
      ].join("\n"),
    );
  });

  it("someone not on the day's team is refused clearly; a manager may record", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene ajouter Frigo froid");
    await h.say("Bob", "/cuisiner demain");
    expect(await h.say("Bob", "/releve frigo 3")).toBe(
      "Seul·es les gérant·es et l'équipe du lundi 23 novembre (les personnes inscrites pour cuisiner ce jour-là) peuvent faire ça. Inscris-toi avec /cuisiner ou demande à un·e gérant·e.",
    );
    expect(await h.say("Mona", "/releve frigo 3")).toContain("✅ Frigo : 3 °C");
    expect(await h.say("Bob", "/releve")).toContain("Frigo : 3 °C à 09:00 (Mona) ✅");
  });

  it("out of limits: the reply says so and asks for the action; the managers are told privately at once, not the reader", async () => {
    await kitchen();
    await h.say("Mona", "/installer"); // nothing: Mona already manages Belleville
    await h.say("Mona", "/hygiene ajouter Frigo 1 froid");
    const reply = await h.say("Alice", "/releve Frigo 1 7");
    expect(reply).toContain("⚠️ Frigo 1 : 7 °C, HORS LIMITES (0 à 4 °C). Relevé par Alice.");
    expect(reply).toContain("Note l'action corrective : /hygiene action <texte>");
    expect(reply).toContain("Les gérant·es sont prévenu·es en privé.");
    expect(await alerts()).toEqual([
      {
        to: "console:mona",
        text: expect.stringContaining("⚠️ Belleville — Frigo 1 : 7 °C relevé par Alice à 09:00, hors limites (0 à 4 °C)."),
      },
    ]);
    expect(await h.say("Alice", "/hygiene")).toContain(
      "Frigo 1 : 7 °C à 09:00 (Alice) ⚠️ hors limites (0 à 4 °C) — action corrective à noter",
    );

    h.clock.set("2026-11-23T08:10:00Z");
    expect(await h.say("Alice", "/hygiene action produits jetés, thermostat réglé")).toBe(
      "📝 Action notée pour Frigo 1 (7 °C, le lundi 23 novembre à 09:00) : produits jetés, thermostat réglé",
    );
    const [r] = await h.store.temperatureReadings(1, "2026-11-23", "2026-11-23");
    expect(r!.action).toEqual({
      text: "produits jetés, thermostat réglé",
      at: new Date("2026-11-23T08:10:00Z"),
      by: { personId: expect.any(Number), name: "Alice" },
    });
    expect(await h.say("Alice", "/hygiene")).toContain("— action : produits jetés, thermostat réglé");
    expect(await h.say("Alice", "/hygiene action encore")).toBe(
      "Aucun relevé hors limites n'attend d'action corrective (sur les deux derniers jours).",
    );
  });

  it("a manager reading out of limits is not told twice; another manager is, in their own language", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene ajouter Frigo froid");
    await h.say("Nadia", "/cuisiner aujourd'hui");
    await h.say("Mona", "/gerant Nadia");
    await h.say("Nadia", "/language en");
    await h.say("Mona", "/releve frigo 9");
    expect(await alerts()).toEqual([
      { to: "console:nadia", text: expect.stringContaining("Frigo: 9 °C read by Mona at 09:00, out of limits (0 to 4 °C).") },
    ]);
  });

  it("answers mistakes clearly: unknown equipment, no temperature, a figure no kitchen reads", async () => {
    await kitchen();
    expect(await h.say("Alice", "/releve frigo 3")).toContain("Aucun équipement à relever. Un·e gérant·e l'ajoute");
    await h.say("Mona", "/hygiene ajouter Frigo 1 froid");
    await h.say("Mona", "/hygiene ajouter Frigo 2 froid");
    expect(await h.say("Alice", "/releve frigo 3")).toBe("Je ne connais pas l'équipement « frigo ». Équipements : Frigo 1, Frigo 2.");
    expect(await h.say("Alice", "/releve Frigo 1")).toBe("Il manque la température. Utilisation : /releve <équipement> <température>");
    expect(await h.say("Alice", "/releve Frigo 1 350")).toBe("350 °C ? Ce n'est pas une température de cuisine : vérifie le chiffre.");
    expect(await h.store.temperatureReadings(1, "2026-11-23", "2026-11-23")).toEqual([]);
  });

  it("speaks English in an English canteen", async () => {
    await kitchen("en");
    expect(await h.say("Mona", "/hygiene add Walk-in fridge")).toContain("✅ Walk-in added: fridge, 0 to 4 °C.");
    expect(await h.say("Alice", "/reading walk-in 5.5")).toContain("⚠️ Walk-in: 5.5 °C, OUT OF LIMITS (0 to 4 °C). Read by Alice.");
    expect(await h.say("Alice", "/hygiene action door closed, food moved")).toContain(
      "📝 Action recorded for Walk-in (5.5 °C, Monday 23 November at 09:00)",
    );
  });
});

describe("a reader who joins their accounts", () => {
  it("keeps their readings and actions as theirs when their other account is the one that stays", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene ajouter Frigo froid");
    await h.say("Alice", "/releve frigo 8");
    await h.say("Alice", "/hygiene action jeté");
    // Alice's Telegram account exists before the link, as a person of its own; the code is made there.
    await h.say("Alice", "/profil", { chat: "telegram:555", private: true });
    const code = /\/link ([A-Z0-9]{6})/.exec(await h.say("Alice", "/lier", { chat: "telegram:555", private: true }))![1];
    await h.say("Alice", `/link ${code}`, { chat: "console:dm-alice", private: true });
    expect(await h.say("Alice", `/link ${code} yes`, { chat: "console:dm-alice", private: true })).toContain("comptes sont reliés");
    const person = await h.store.personOf("telegram:alice");
    expect(await h.store.personOf("console:alice")).toBe(person);
    const [r] = await h.store.temperatureReadings(1, "2026-11-23", "2026-11-23");
    expect([r!.by.personId, r!.action!.by.personId]).toEqual([person, person]);
  });
});

describe("a reader who asks to be forgotten", () => {
  it("leaves the record in place, shown as a former volunteer's", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene ajouter Frigo froid");
    await h.say("Alice", "/releve frigo 8");
    await h.say("Alice", "/hygiene action jeté");
    expect(await h.say("Alice", "/oublier moi")).toContain("je t'ai oublié·e");
    const [r] = await h.store.temperatureReadings(1, "2026-11-23", "2026-11-23");
    expect(r).toMatchObject({
      value: 8,
      within: false,
      by: { personId: null, name: "" },
      action: { text: "jeté", by: { personId: null } },
    });
    expect(await h.say("Mona", "/hygiene")).toContain("Frigo : 8 °C à 09:00 (un·e ancien·ne bénévole) ⚠️ hors limites");
  });
});
