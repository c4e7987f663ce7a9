import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
});
afterEach(() => h.close());

describe("linking a group to a canteen", () => {
  it("the first person to /setup a group becomes the canteen's manager", async () => {
    expect(await h.say("Mona", "/installer Cantine de Belleville")).toContain("« Cantine de Belleville » est créée");
    expect(await h.say("Mona", "/gerant")).toBe("Gérant·es : Mona");
  });

  it("a group that is already linked says to which canteen", async () => {
    await h.say("Mona", "/setup Belleville");
    expect(await h.say("Mona", "/setup Vaise")).toBe("Ce groupe est déjà relié à la cantine « Belleville ».");
  });

  it("a name already used by another canteen explains how to join it instead", async () => {
    await h.say("Mona", "/setup Belleville");
    expect(await h.say("Paul", "/setup belleville", { chat: "telegram:-200" })).toContain("Une cantine « Belleville » existe déjà");
  });

  it("a canteen cannot be set up from a private chat", async () => {
    expect(await h.say("Mona", "/setup Belleville", { chat: "telegram:42", private: true })).toContain("depuis un groupe");
  });

  it("sign-up commands in an unlinked group explain how to link it", async () => {
    expect(await h.say("Alice", "/cuisiner mardi")).toBe(
      "Ce groupe n'est relié à aucune cantine. Un·e gérant·e peut taper /installer <nom de la cantine>.",
    );
  });

  it("a group that changes address (Telegram supergroup migration) keeps its canteen", async () => {
    await h.say("Mona", "/setup Belleville", { chat: "telegram:-100" });
    await h.core.chatMoved("telegram:-100", "telegram:-1001000");
    expect(await h.say("Mona", "/slots", { chat: "telegram:-1001000" })).toContain("Planning — Belleville");
  });

  it("/setup without a name shows the usage", async () => {
    expect(await h.say("Mona", "/setup")).toBe("Utilisation : /installer <nom>");
  });
});

describe("manager commands", () => {
  beforeEach(async () => {
    await h.say("Mona", "/setup Belleville");
    await h.say("Alice", "/creneaux");
  });

  it("volunteers get 'managers only' for manager commands", async () => {
    const refusal = "Cette commande est réservée aux gérant·es de la cantine.";
    expect(await h.say("Alice", "/inscrire Jeanne mardi")).toBe(refusal);
    expect(await h.say("Alice", "/gerant Alice")).toBe(refusal);
    expect(await h.say("Alice", "/postes cuisine 9")).toBe(refusal);
    expect(await h.say("Alice", "/inviter")).toBe(refusal);
    expect(await h.say("Alice", "/annuler mardi Mona")).toBe(refusal);
  });

  it("a platform administrator (Discord Manage Server) counts as a manager", async () => {
    expect(
      await h.say("Alice", "/postes cuisine 4", { author: { address: "console:alice", name: "Alice", platformAdmin: true } }),
    ).toContain("Postes mis à jour");
  });

  it("/gerant grants the role to a known member", async () => {
    expect(await h.say("Mona", "/gerant alice")).toBe("✅ Alice est maintenant gérant·e de « Belleville ».");
    expect(await h.say("Alice", "/postes cuisine 4")).toContain("Cuisine 4");
  });

  it("/gerant with an unknown name says the person must write first", async () => {
    expect(await h.say("Mona", "/gerant Zorro")).toContain("Je ne trouve personne qui s'appelle « Zorro »");
  });

  it("/gerant accepts a person mentioned by the platform even before they wrote", async () => {
    const mentions = [{ address: "console:karim", name: "Karim" }];
    expect(await h.say("Mona", "/gerant @Karim", { mentions })).toContain("Karim est maintenant gérant·e");
  });

  it("/inscrire signs up a member, or an outside helper by a typed name", async () => {
    expect(await h.say("Mona", "/inscrire Alice mardi plonge")).toContain("Alice, c'est noté : Plonge mardi 24 novembre");
    expect(await h.say("Mona", '/inscrire "Jeanne D." mardi prochain')).toContain("Jeanne D., c'est noté : Cuisine mardi 1er décembre");
    expect(await h.say("Mona", "/inscrire Jean Dupont 26/11 chef")).toContain("Jean Dupont, c'est noté : Chef·fe jeudi 26 novembre");
    expect(await h.say("Bob", "/creneaux")).toContain("Plonge 1/2 : Alice");
  });

  it("/inscrire with a bad day or role answers precisely", async () => {
    expect(await h.say("Mona", "/inscrire Jeanne samedi")).toContain("La cantine est fermée samedi 28 novembre");
    expect(await h.say("Mona", "/inscrire Jeanne mardi jardin")).toContain("Je ne connais pas le poste « jardin »");
    expect(await h.say("Mona", "/inscrire Jeanne")).toBe("Utilisation : /inscrire <nom> <jour> [poste]");
  });

  it("a manager can take someone else off the sheet", async () => {
    await h.say("Mona", "/inscrire Jeanne mardi");
    expect(await h.say("Mona", "/annuler mardi Jeanne")).toContain("Jeanne n'est plus inscrit·e mardi 24 novembre");
  });

  it("/postes shows capacities to everyone and lets managers change them", async () => {
    expect(await h.say("Alice", "/postes")).toContain("Postes par service : Chef·fe 1 · Cuisine 3 · Plonge 2");
    expect(await h.say("Mona", "/postes cuisine=4 plonge: 1 chef de cuisine 2")).toBe(
      "✅ Postes mis à jour : Chef·fe 2 · Cuisine 4 · Plonge 1",
    );
  });

  it("raising a capacity promotes the people waiting", async () => {
    await h.say("Alice", "/cuisiner mardi chef");
    await h.say("Bob", "/cuisiner mardi chef");
    const out = await h.say("Mona", "/roles head cook 2");
    expect(out).toContain("@Bob passe de la liste d'attente au planning : Chef·fe mardi 24 novembre");
    expect(await h.say("Bob", "/creneaux")).toContain("Chef·fe 2/2 : Alice, Bob");
  });

  it("/postes with a bad capacity or role answers with the rule", async () => {
    expect(await h.say("Mona", "/postes cuisine 99")).toBe("Un poste compte de 0 à 50 places.");
    expect(await h.say("Mona", "/postes jardin 2")).toContain("Je ne connais pas le poste « jardin »");
    expect(await h.say("Mona", "/postes cuisine")).toBe("Utilisation : /postes [poste places …]");
  });
});

describe("canteens are separate", () => {
  it("a group of canteen A can neither read nor change canteen B's sheet", async () => {
    await h.say("Mona", "/setup Belleville");
    await h.say("Paul", "/setup Vaise", { chat: "console:vaise" });
    await h.say("Alice", "/cuisiner mardi");
    expect(await h.say("Paul", "/creneaux", { chat: "console:vaise" })).toContain(
      "Mardi 24 novembre — personne encore : Chef·fe 0/1 · Cuisine 0/3",
    );
    expect(await h.say("Paul", "/annuler mardi Alice", { chat: "console:vaise" })).toContain("Je ne trouve personne");
    expect(await h.say("Bob", "/creneaux")).toContain("Cuisine 1/3 : Alice");
  });
});
