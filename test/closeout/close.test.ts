// Closing a service from the chat, in French and English: who may, what is recorded, what a bad
// value gets, the history managers see, and the figures /impact shows from it.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());

/** Replies with the narrow/no-break spaces of formatted numbers as plain spaces. */
const say = async (user: string, text: string) => (await h.say(user, text)).replace(/[\u202f\u00a0]/g, " ");

async function record(date = "2026-11-24") {
  return h.store.closeRecord(1, date);
}

describe("/cloturer in French", () => {
  it("lets the day's head cook and managers close, refuses anyone else, and repeats what is recorded and missing", async () => {
    // Tuesday 24 November 2026, 9:00 in Paris.
    h = await createHarness("2026-11-24T08:00:00Z");
    await say("Mona", "/installer Belleville");
    await say("Alice", "/cuisiner aujourd'hui chef");
    await say("Bob", "/cuisiner aujourd'hui");
    h.clock.set("2026-11-24T13:30:00Z");

    expect(await say("Bob", "/cloturer couverts 40")).toContain("Seul·es les gérant·es et le ou la chef·fe du mardi 24 novembre");
    expect((await record()).covers).toBeNull();

    const alice = await say("Alice", "/cloturer couverts 42 recette 312,50 €");
    expect(alice).toContain("Couverts : 42 · Recette : 312,50 € · Courses : —");
    expect(alice).toContain("Encore à saisir : Courses");
    expect(await record()).toMatchObject({ covers: 42, takings: 31250, spent: null, currency: "EUR" });

    // A weekday after its lunch means today's service; a later value replaces the earlier one.
    const mona = await say("Mona", "/cloturer mardi courses €85.20 couverts 40 couverts 44");
    expect(mona).toContain("Couverts : 44 · Recette : 312,50 € · Courses : 85,20 €");
    expect(mona).toContain("Tout est saisi");
  });

  it("answers each bad value clearly and changes nothing", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    await say("Mona", "/cloturer couverts 30 recette 200");
    const before = await record();
    const cases: [string, RegExp][] = [
      ["/cloturer couverts -5", /« -5 » n'est pas un nombre de couverts possible/],
      ["/cloturer couverts abc", /« abc » n'est pas un nombre de couverts/],
      ["/cloturer couverts 1e9", /« 1e9 » n'est pas un nombre de couverts/],
      ["/cloturer recette 12,5,0", /« 12,5,0 » n'est pas un montant/],
      ["/cloturer couverts 401", /entre 0 et 400/],
      ["/cloturer recette 1e9", /n'est pas un montant/],
      ["/cloturer couverts 35 recette -3", /« -3 » n'est pas un montant/],
      ["/cloturer couverts", /Il manque une valeur après « couverts »/],
      ["/cloturer demain couverts 3", /à venir|passé/],
    ];
    for (const [text, reply] of cases) expect(await say("Mona", text), text).toMatch(reply);
    expect(await record()).toEqual(before);
    expect(before.history).toHaveLength(2);
  });

  it("shows managers the record with its history (who, when, old → new), and the head cook the record only", async () => {
    h = await createHarness("2026-11-24T08:00:00Z");
    await say("Mona", "/installer Belleville");
    await say("Alice", "/cuisiner aujourd'hui chef");
    h.clock.set("2026-11-24T13:40:00Z");
    await say("Alice", "/cloturer couverts 42");
    h.clock.set("2026-11-24T16:05:00Z");
    await say("Mona", "/cloturer couverts 45 recette 300");
    h.clock.set("2026-11-26T09:00:00Z");
    const history = await say("Mona", "/cloturer 2026-11-24");
    expect(history).toContain("Historique des changements");
    expect(history).toMatch(/24\/11 14:40 · Alice · Couverts : — → 42/);
    expect(history).toMatch(/24\/11 17:05 · Mona · Couverts : 42 → 45/);
    expect(history).toMatch(/Mona · Recette : — → 300 €/);
    const mine = await say("Alice", "/cloturer 24/11");
    expect(mine).toContain("Couverts : 45");
    expect(mine).not.toContain("Historique");
  });

  it("explains each term in /aide cloturer", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    const help = await say("Mona", "/aide cloturer");
    expect(help).toContain("Couverts : les repas réellement servis");
    expect(help).toContain("Recette : les participations libres encaissées, tous moyens de paiement");
    expect(help).toContain("Courses : les ingrédients achetés pour ce service");
  });
});

describe("/close in English", () => {
  it("records amounts written the English way and refuses a volunteer", async () => {
    h = await createHarness("2026-11-24T13:30:00Z", { locale: "en" });
    await say("Mona", "/setup Riverside");
    expect(await say("Zoe", "/close covers 12")).toContain("Only managers and the head cook of Tuesday 24 November");
    const reply = await say("Mona", "/close takings €312.50 covers 38 spent 80");
    expect(reply).toContain("Covers: 38 · Takings: €312.50 · Spent: €80");
    expect(reply).toContain("€312.50");
    expect(await record()).toMatchObject({ covers: 38, takings: 31250, spent: 8000 });
    expect(await say("Mona", "/close covers lots")).toContain('"lots" is not a possible number of covers');
  });
});
