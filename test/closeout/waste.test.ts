// Waste weighed at close-out (kilograms, decimal comma or dot, "kg" optional): given as a total or
// apart (plates, unserved, preparation) with the total as their sum; a total that contradicts its
// parts is refused and nothing is saved; the history keeps every change.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());

const say = async (user: string, text: string) => (await h.say(user, text)).replace(/[\u202f\u00a0]/g, " ");
const record = (date = "2026-11-24") => h.store.closeRecord(1, date);

describe("waste at close-out, in French", () => {
  it("records the waste in kilograms written with a comma, a dot or kg", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    const reply = await say("Mona", "/cloturer couverts 40 gaspillage 2,5 kg");
    expect(reply).toContain("Gaspillage : 2,5 kg");
    expect(await record()).toMatchObject({ covers: 40, waste: { waste: 2500, wastePlates: null } });
    await say("Mona", "/cloturer gaspillage 3.25kg");
    expect((await record()).waste?.waste).toBe(3250);
    await say("Mona", "/cloturer gaspillage 4");
    expect((await record()).waste?.waste).toBe(4000);
    const history = await say("Mona", "/cloturer 2026-11-24");
    expect(history).toMatch(/Mona · Gaspillage : — → 2,5 kg/);
    expect(history).toMatch(/Mona · Gaspillage : 3,25 kg → 4 kg/);
  });

  it("adds the parts up into the waste, and a later part replaces only itself", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    const reply = await say("Mona", "/cloturer couverts 40 assiettes 1 non-servi 1,2 preparation 0,3");
    expect(reply).toContain("Gaspillage : 2,5 kg (assiettes 1 kg · non servi 1,2 kg · préparation 0,3 kg)");
    expect(await record()).toMatchObject({ waste: { waste: 2500, wastePlates: 1000, wasteUnserved: 1200, wastePrep: 300 } });
    await say("Mona", "/cloturer assiettes 1,5");
    expect(await record()).toMatchObject({ waste: { waste: 3000, wastePlates: 1500, wasteUnserved: 1200 } });
    expect(await say("Mona", "/cloturer 2026-11-24")).toMatch(/Mona · Gaspillage \(assiettes\) : 1 kg → 1,5 kg/);
    // A total alone that contradicts the parts forgets them.
    await say("Mona", "/cloturer gaspillage 2");
    expect(await record()).toMatchObject({ waste: { waste: 2000, wastePlates: null, wasteUnserved: null, wastePrep: null } });
  });

  it("refuses a total that is not the sum of its parts, and saves nothing", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    await say("Mona", "/cloturer couverts 40 assiettes 1");
    const before = await record();
    const reply = await say("Mona", "/cloturer couverts 41 gaspillage 3 non-servi 1");
    expect(reply).toContain("Le gaspillage (3 kg) n'est pas la somme de ses parts (2 kg) : rien n'a été changé.");
    expect(await record()).toEqual(before);
    await say("Mona", "/cloturer gaspillage 2 non-servi 1");
    expect(await record()).toMatchObject({ waste: { waste: 2000, wastePlates: 1000, wasteUnserved: 1000 } });
    expect(await say("Mona", "/cloturer gaspillage beaucoup")).toContain("« beaucoup » n'est pas un poids");
  });

  it("leaves the waste unknown, never zero, when nothing was weighed", async () => {
    h = await createHarness("2026-11-24T13:30:00Z");
    await say("Mona", "/installer Belleville");
    const reply = await say("Mona", "/cloturer couverts 40");
    expect(reply).not.toContain("Gaspillage");
    expect((await record()).waste).toBeNull();
  });
});

describe("waste at close-out, in English", () => {
  it("reads waste, plates, unserved and prep", async () => {
    h = await createHarness("2026-11-24T13:30:00Z", { locale: "en" });
    await say("Mona", "/setup Riverside");
    const reply = await say("Mona", "/close covers 38 plates 0.5 unserved 1 prep 0.25");
    expect(reply).toContain("Waste: 1.75 kg (plates 0.5 kg · unserved 1 kg · preparation 0.25 kg)");
    expect(await say("Mona", "/close waste 2 plates 1")).toContain("The waste (2 kg) is not the sum of its parts (2.25 kg)");
    expect((await record()).waste?.waste).toBe(1750);
  });
});
