// Takings given by means of payment (cash, card, cheque): the total is their sum, a later value
// replaces one means only, takings that contradict the split are refused, and the history keeps it.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());

const say = async (user: string, text: string) => (await h.say(user, text)).replace(/[\u202f\u00a0]/g, " ");
const record = (date = "2026-11-24") => h.store.closeRecord(1, date);

describe("takings by means of payment, in French", () => {
  it("records cash, card and cheque apart, with the takings as their sum", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    const reply = await say("Mona", "/cloturer couverts 40 especes 120 carte 60 cheque 7,40");
    expect(reply).toContain("Recette : 187,40 € (espèces 120 € · carte 60 € · chèque 7,40 €)");
    expect(await record()).toMatchObject({ covers: 40, takings: 18740, split: { cash: 12000, card: 6000, cheque: 740 } });

    // Correcting one means keeps the others; the takings follow.
    await say("Mona", "/cloturer carte 65");
    expect(await record()).toMatchObject({ takings: 19240, split: { cash: 12000, card: 6500, cheque: 740 } });

    const history = await say("Mona", "/cloturer 2026-11-24");
    expect(history).toMatch(/Mona · Carte : 60 € → 65 €/);
    expect(history).toMatch(/Mona · Recette : 187,40 € → 192,40 €/);
    expect(history).toMatch(/Mona · Chèque : — → 7,40 €/);
  });

  it("still takes the takings alone, and then forgets a split they contradict", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    await say("Mona", "/cloturer couverts 40 recette 200");
    expect(await record()).toMatchObject({ takings: 20000, split: null });
    await say("Mona", "/cloturer especes 150 carte 50");
    expect(await record()).toMatchObject({ takings: 20000, split: { cash: 15000, card: 5000, cheque: null } });
    await say("Mona", "/cloturer recette 210");
    expect(await record()).toMatchObject({ takings: 21000, split: null });
  });

  it("refuses takings that are not the sum of the means given, and changes nothing", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    await say("Mona", "/cloturer couverts 40 especes 120");
    const before = await record();
    const reply = await say("Mona", "/cloturer recette 200 carte 60");
    expect(reply).toContain("La recette (200 €) n'est pas la somme des moyens de paiement (180 €) : rien n'a été changé.");
    expect(await record()).toEqual(before);
    // Takings that do add up are fine.
    await say("Mona", "/cloturer recette 180 carte 60");
    expect(await record()).toMatchObject({ takings: 18000, split: { cash: 12000, card: 6000 } });
    expect(await say("Mona", "/cloturer cheque")).toContain("Il manque une valeur après « cheque »");
    expect(await say("Mona", "/cloturer especes dix")).toContain("« dix » n'est pas un montant");
  });
});

describe("takings by means of payment, in English", () => {
  it("reads cash, card and cheque written the English way", async () => {
    h = await createHarness("2026-11-24T13:30:00Z", { locale: "en" });
    await say("Mona", "/setup Riverside");
    const reply = await say("Mona", "/close covers 38 cash 120 card 60 cheque 7.40");
    expect(reply).toContain("Takings: €187.40 (cash €120 · card €60 · cheque €7.40)");
    expect(await record()).toMatchObject({ takings: 18740, split: { cash: 12000, card: 6000, cheque: 740 } });
    expect(await say("Mona", "/close takings 100 cash 50")).toContain(
      "The takings (€100) are not the sum of the means of payment (€117.40)",
    );
  });
});
