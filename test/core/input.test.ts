import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogueKeys } from "../../src/kernel/i18n/index.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/setup Belleville");
});
afterEach(() => h.close());

describe("bad input gets a clear reply and changes nothing", () => {
  it("an unknown command names the closest one and /aide", async () => {
    expect(await h.say("Alice", "/cuisinr mardi")).toBe(
      "Je ne connais pas la commande /cuisinr. Tu voulais dire /cuisiner ? Tape /aide pour la liste.",
    );
    expect(await h.say("Alice", "/zzzzzz")).toBe("Je ne connais pas la commande /zzzzzz. Tape /aide pour la liste.");
  });

  it("empty text addressed to the bot gets a hint; in a group it is ignored", async () => {
    expect(await h.say("Alice", "   ", { addressed: true })).toContain("Ton message est vide");
    expect((await h.send("Alice", "")).replies).toEqual([]);
  });

  it("ordinary chat in a group is not answered, but a direct message gets a hint", async () => {
    expect((await h.send("Alice", "on mange quoi ?")).replies).toEqual([]);
    expect(await h.say("Alice", "bonjour", { addressed: true })).toContain("Je comprends les commandes qui commencent par /");
  });

  it("text over 4,000 characters is refused with the limit", async () => {
    expect(await h.say("Alice", `/cuisiner ${"a".repeat(4000)}`)).toBe("Ton message est trop long : 4000 caractères au plus.");
  });

  it("control characters are refused", async () => {
    expect(await h.say("Alice", "/cuisiner\u0000 mardi")).toContain("caractères invisibles");
    expect(await h.say("Alice", "/cuisiner mardi\u202e")).toContain("caractères invisibles");
    expect(await h.store.sheet(1, ["2026-11-24"])).toEqual([]);
  });

  it("a command addressed to the bot by name (/cook@TableeBot) works", async () => {
    expect(await h.say("Alice", "/cook@TableeBot mardi")).toContain("c'est noté");
  });

  it("a redelivered event is handled once", async () => {
    const first = await h.send("Alice", "/cuisiner mardi", { deliveryId: "telegram:update:7" });
    const again = await h.send("Alice", "/cuisiner mardi", { deliveryId: "telegram:update:7" });
    expect(first.replies).toHaveLength(1);
    expect(again.replies).toEqual([]);
  });

  it("an error of ours is logged with context and answered politely, and a redelivery may retry", async () => {
    const broken = h.store.claimSeat;
    h.store.claimSeat = async () => {
      throw new Error("disk on fire");
    };
    const out = await h.say("Alice", "/cuisiner mardi", { deliveryId: "slack:event:Ev1" });
    expect(out).toBe("😕 Quelque chose s'est mal passé de mon côté. Réessaie dans un instant.");
    expect(h.log.lines.find((l) => l.level === "error")?.obj).toMatchObject({ chat: "console:group", author: "console:alice" });
    h.store.claimSeat = broken;
    expect(await h.say("Alice", "/cuisiner mardi", { deliveryId: "slack:event:Ev1" })).toContain("c'est noté");
  });

  it("/aide lists every command in French with its English name, and /help cook details one", async () => {
    const help = await h.say("Alice", "/aide");
    expect(help).toContain("/cuisiner <jour> [poste] — s'inscrire pour cuisiner (poste par défaut : cuisine) (/cook)");
    expect(help).toContain("Pour les gérant·es :");
    expect(await h.say("Alice", "/help cook")).toContain("Exemples : /cuisiner mardi");
  });
});

describe("every message exists in French and English", () => {
  it("both catalogues have exactly the same keys", () => {
    expect(catalogueKeys("en").sort()).toEqual(catalogueKeys("fr").sort());
  });

  it("an English canteen is answered in English, whatever language the command is typed in", async () => {
    const en = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    try {
      expect(await en.say("Mona", "/setup Leeds Kitchen")).toContain("Canteen “Leeds Kitchen” is created");
      expect(await en.say("Alice", "/cuisiner mardi")).toBe("✅ Alice, you're on: Cook Tuesday 24 November (1/3).");
      expect(await en.say("Alice", "/cook saturday")).toBe(
        "The canteen is closed on Saturday 28 November. It's open on: Monday, Tuesday, Wednesday, Thursday, Friday.",
      );
      expect(await en.say("Alice", "/slots")).toContain("Cook 1/3: Alice · 2 places open");
    } finally {
      await en.close();
    }
  });

  it("no reply ever shows a raw catalogue key", async () => {
    const inputs = [
      "/aide",
      "/help",
      "/creneaux",
      "/cuisiner",
      "/annuler",
      "/postes",
      "/cook mardi",
      "/cook mardi",
      "/uncook mardi",
      "/uncook mardi",
      "/signup x",
      "/roles x 1",
      "/zz",
      "/setup x",
      "/manager",
      "/invite",
      "/help setup",
    ];
    for (const text of inputs) {
      const out = await h.say("Mona", text);
      expect(out, text).not.toMatch(/\b(errors|cook|sheet|setup|roles|commands|help|buttons|manager|invite)\.[a-zA-Z]+\b/);
    }
  });
});
