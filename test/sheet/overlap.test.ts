import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const A: SendOptions = { chat: "console:belleville" };
const B: SendOptions = { chat: "console:vaise" };

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/installer Belleville", A);
  await h.say("Bruno", "/installer Vaise", B);
  await h.say("Alice", "/cuisiner mercredi plonge", A);
});
afterEach(() => h.close());

describe("signing up at the same hours as another service one cooks at", () => {
  it("Alice, on Belleville's dishes Wednesday, signing up at Vaise the same day is warned, and signed up all the same", async () => {
    const reply = await h.say("Alice", "/cuisiner mercredi", B);
    expect(reply).toContain("✅ Alice, c'est noté : Cuisine mercredi 25 novembre (1/3).");
    expect(reply).toContain(
      "⚠️ Attention, Alice : tu cuisines aussi à Belleville ce jour-là (Plonge, 09:30–14:30), aux mêmes heures. C'est bien noté ici",
    );
    const vaise = (await h.store.allCanteens()).find((c) => c.name === "Vaise")!;
    expect((await h.store.sheet(vaise.id, ["2026-11-25"])).map((s) => `${s.name} ${s.status}`)).toEqual(["Alice confirmed"]);
  });

  it("no warning on another day, nor for hours that do not overlap (an evening service elsewhere)", async () => {
    expect(await h.say("Alice", "/cuisiner jeudi", B)).not.toContain("⚠️");
    await h.say("Bruno", "/reglages repas 19h", B);
    await h.say("Bruno", "/reglages cuisine 17h30", B);
    expect(await h.say("Alice", "/cuisiner mercredi", B)).not.toContain("⚠️");
  });

  it("a manager signing someone up is told about that person, in the third person", async () => {
    await h.say("Alice", "/creneaux", B); // Alice is a member of Vaise too
    const reply = await h.say("Bruno", "/inscrire Alice mercredi", B);
    expect(reply).toContain("⚠️ Attention : Alice cuisine aussi à Belleville ce jour-là (Plonge, 09:30–14:30), aux mêmes heures.");
  });

  it("in English", async () => {
    await h.say("Bruno", "/reglages langue en", B);
    expect(await h.say("Alice", "/cook wednesday", B)).toContain(
      "⚠️ Heads up, Alice: you also cook at Belleville that day (Dishes, 09:30–14:30), at the same hours.",
    );
  });
});
