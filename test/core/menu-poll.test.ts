import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Belleville");
});
afterEach(() => h.close());

describe("menus", () => {
  it("a manager posts a menu with diet and allergen tags; anyone reads it", async () => {
    const saved = await h.say("Mona", "/menu mardi Dahl de lentilles, riz ; crumble aux pommes #végétarien #vegan #gluten #lait");
    expect(saved).toContain("✅ Menu enregistré");
    const shown = await h.say("Alice", "/menu mardi");
    expect(shown).toBe(
      "🍲 Menu du mardi 24 novembre\nDahl de lentilles, riz ; crumble aux pommes\n🌱 végétarien · végétalien · ⚠️ allergènes : gluten, lait",
    );
  });

  it("English tags and French allergen names both work, and /allergens replaces the list", async () => {
    await h.say("Mona", "/menu tuesday Fish pie #pork-free #fish #eggs");
    await h.say("Mona", "/allergenes mardi poisson œufs moutarde");
    expect(await h.say("Alice", "/menu tuesday")).toContain("⚠️ allergènes : œufs, poisson, moutarde");
  });

  it("multi-line menus keep their lines", async () => {
    await h.say("Mona", "/menu mercredi Entrée : velouté\nPlat : gratin\nDessert : compote");
    expect(await h.say("Alice", "/menu mercredi")).toContain("Entrée : velouté\nPlat : gratin\nDessert : compote");
  });

  it("without a day, /menu shows the next service's menu", async () => {
    await h.say("Mona", "/menu aujourd'hui Soupe");
    expect(await h.say("Alice", "/menu")).toContain("Menu du lundi 23 novembre\nSoupe");
  });

  it("a menu not posted yet says so", async () => {
    expect(await h.say("Alice", "/menu jeudi")).toContain("Menu pas encore publié");
  });

  it("a menu over the length every platform accepts is refused with the limit stated", async () => {
    expect(await h.say("Mona", `/menu mardi ${"Gratin ".repeat(200)}`)).toBe(
      "Ce menu fait 1399 caractères : 1000 au plus, pour tenir dans une annonce sur Telegram, Discord et Slack.",
    );
    expect((await h.store.service(1, "2026-11-24")).menu).toBeNull();
  });

  it("an unknown tag gets the list of known diets and the 14 allergens", async () => {
    const reply = await h.say("Mona", "/menu mardi Tarte #bio #gluten");
    expect(reply).toContain("Je ne connais pas #bio.");
    expect(reply).toContain(
      "gluten, crustacés, œufs, poisson, arachides, soja, lait, fruits à coque, céleri, moutarde, sésame, sulfites, lupin, mollusques",
    );
  });

  it("an unknown allergen word gets the list of the 14", async () => {
    expect(await h.say("Mona", "/allergens mardi gluten kiwi")).toMatch(
      /^« kiwi » n'est pas un des 14 allergènes réglementaires : gluten, crustacés/,
    );
  });

  it("volunteers cannot post menus or allergens", async () => {
    expect(await h.say("Alice", "/menu mardi Pizza")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
    expect(await h.say("Alice", "/allergenes mardi gluten")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
  });

  it("editing the menu of an announced service asks the ledger to update the sent announcements", async () => {
    await h.ledger.enqueue([
      { key: "a", canteenId: 1, kind: "announcement", subject: { date: "2026-11-24" }, target: { kind: "chat", address: "console:group" } },
    ]);
    await h.db.prisma.delivery.updateMany({ data: { status: "sent", messageId: "1" } });
    await h.say("Mona", "/menu mardi Couscous");
    expect(await h.db.prisma.delivery.findFirstOrThrow()).toMatchObject({ version: 1, renderedVersion: 0 });
  });
});

describe("the headcount poll", () => {
  it("/manger counts the person; /manger +2 updates their answer instead of adding", async () => {
    expect(await h.say("Alice", "/manger")).toBe("🍽️ Alice mange lundi 23 novembre.\nTotal : 1 couvert.");
    expect(await h.say("Alice", "/manger +2")).toBe("🍽️ Alice mange lundi 23 novembre avec 2 invité·es.\nTotal : 3 couverts.");
    expect(await h.say("Bob", "/eat tuesday")).toContain("Bob mange mardi 24 novembre");
    expect(await h.say("Alice", "/pasmanger")).toBe("👋 Alice ne mange pas lundi 23 novembre.\nTotal : 0 couvert.");
  });

  it("the poll's '+1 guest' button adds one guest at each press, with a toast and no message", async () => {
    const first = await h.send("Alice", "/eat 2026-11-23 +guest", { action: true });
    const second = await h.send("Alice", "/eat 2026-11-23 +guest", { action: true });
    expect(first.replies).toEqual([]);
    expect(second.toast).toBe("🍽️ Alice mange lundi 23 novembre avec 2 invité·es. Total : 3 couverts.");
  });

  it("guests are 0 to 20", async () => {
    expect(await h.say("Alice", "/manger +21")).toBe("Le nombre d'invité·es va de 0 à 20, par exemple /manger +2.");
  });

  it("after the deadline, answers get a polite 'closed' reply", async () => {
    h.clock.set("2026-11-23T10:00:00Z"); // 11:00 in Paris
    expect(await h.say("Alice", "/manger aujourd'hui")).toBe(
      "Le sondage du lundi 23 novembre est clos depuis 11:00. Pour un changement de dernière minute, préviens un·e gérant·e.",
    );
  });

  it("an answer is the person's own across apps once their accounts are linked: it updates, never adds", async () => {
    await h.say("Alice", "/eat +1");
    const code = /\/link ([A-Z0-9]{6})/.exec(await h.say("Alice", "/lier", { chat: "console:dm-alice", private: true }))![1];
    await h.say("Alice", `/link ${code}`, { chat: "telegram:555", private: true });
    expect(await h.say("Alice", `/link ${code} yes`, { chat: "telegram:555", private: true })).toContain("tes comptes sont reliés");
    await h.say("Mona", `/setup ${/\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/invite"))![1]}`, { chat: "telegram:-100" });
    await h.say("Alice", "/pasmanger", { chat: "telegram:-100" });
    expect(await h.say("Mona", "/couverts")).toContain("0 couvert");
    await h.say("Alice", "/manger +2", { chat: "telegram:-100" });
    expect(await h.store.answers(1, "2026-11-23")).toHaveLength(1);
    expect(await h.say("Mona", "/couverts")).toContain("🙋 3 couverts (1 personne + 2 invité·es)");
  });

  it("/link only works privately, and a bad code is refused", async () => {
    expect(await h.say("Alice", "/link")).toBe("🔗 Pour relier tes comptes, écris-moi /lier en message privé.");
    expect(await h.say("Alice", "/link ZZZZZZ", { chat: "telegram:9", private: true })).toContain("Ce code n'est pas valable");
  });
});

describe("profiles", () => {
  it("/regime and /allergies set what the kitchen summary counts; /profil shows it", async () => {
    await h.say("Alice", "/regime vegetarien sans-gluten");
    await h.say("Alice", "/allergies gluten lait");
    expect(await h.say("Alice", "/profil")).toContain("Régime : végétarien · sans gluten\n• Allergies : gluten, lait");
    await h.say("Alice", "/diet none");
    expect(await h.say("Alice", "/profile")).toContain("Régime : aucun");
  });

  it("an unknown diet is answered with the known ones", async () => {
    expect(await h.say("Alice", "/regime paleo")).toBe(
      "Je ne connais pas le régime « paleo ». Régimes : végétarien, végétalien, halal, sans porc, sans gluten (ou « aucun »).",
    );
  });
});

describe("settings", () => {
  it("anyone reads the settings; managers change times, days, covers, language and texts", async () => {
    expect(await h.say("Alice", "/reglages")).toContain("Cuisine 09:30 · repas 12:30 · annonce 10:00 · fin du sondage 11:00");
    expect(await h.say("Mona", "/reglages annonce 9h30")).toContain("annonce 09:30");
    expect(await h.say("Mona", "/reglages jours lun-jeu")).toContain("Jours d'ouverture : lundi, mardi, mercredi, jeudi");
    expect(await h.say("Mona", "/reglages couverts 55")).toContain("Couverts : 55");
    expect(await h.say("Mona", "/reglages texte-annonce Bon appétit !")).toContain("annonce « Bon appétit ! »");
    expect(await h.say("Mona", "/settings language en")).toContain("✅ Setting saved.");
    expect(await h.say("Alice", "/slots")).toContain("Sign-up sheet — Belleville");
  });

  it("settings that make no sense are refused with the reason", async () => {
    expect(await h.say("Mona", "/reglages cloture 13h")).toBe(
      "L'annonce (10:00) doit précéder la fin du sondage (13:00), qui doit précéder le repas (12:30).",
    );
    expect(await h.say("Mona", "/reglages annonce 25h")).toContain("Je ne comprends pas l'heure « 25h »");
    expect(await h.say("Mona", "/reglages jours week-end")).toContain("Je ne comprends pas les jours");
    expect(await h.say("Mona", "/reglages fuseau Mars/Olympus")).toContain("n'est pas un fuseau horaire connu");
    expect(await h.say("Mona", "/reglages couleur bleu")).toBe("Je ne connais pas le réglage « couleur ». Tape /reglages pour la liste.");
    expect(await h.say("Alice", "/reglages annonce 9h")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
  });
});

describe("forgetting a person", () => {
  it("/oublier asks for an explicit 'moi' first", async () => {
    expect(await h.say("Alice", "/oublier")).toBe(
      "Pour effacer tes données (comptes, profil, inscriptions à venir), tape exactement : /oublier moi",
    );
  });

  it("/oublier moi removes accounts, profile and future sign-ups, promotes who waited, and keeps past counts anonymous", async () => {
    await h.say("Alice", "/cook today head cook");
    await h.say("Alice", "/cook tuesday head cook");
    await h.say("Bob", "/cook tuesday head cook");
    await h.say("Alice", "/allergies lait");
    await h.say("Alice", "/manger");
    h.clock.set("2026-11-23T14:00:00Z"); // Monday afternoon: Monday's service is past
    expect(await h.say("Alice", "/oublier moi")).toBe(
      "🧹 C'est fait : je t'ai oublié·e. Tes inscriptions à venir sont annulées ; les services passés ne comptent plus qu'un anonyme.\n" +
        "1 personne en attente a pris ta place.",
    );
    expect(await h.say("Mona", "/creneaux")).toContain("Chef·fe 1/1 : Bob · complet");
    const monday = await h.store.sheet(1, ["2026-11-23"]);
    expect(monday.map((s) => s.name)).toEqual(["—"]);
    expect((await h.store.answers(1, "2026-11-23")).map((a) => [a.name, a.allergies])).toEqual([["—", []]]);
    expect(await h.db.prisma.identity.count({ where: { address: "console:alice" } })).toBe(0);
    expect((await h.store.members(1)).map((m) => m.name)).not.toContain("Alice");
  });
});
