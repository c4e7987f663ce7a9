// /reseau · /network through the real core: a canteen manager creates a network, hands out a
// one-time code, another canteen's manager joins with it and can leave; a network manager sees
// the canteens (names only), a canteen's managers see their own network and nothing more.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const EST: SendOptions = { chat: "console:est" };
const OUEST: SendOptions = { chat: "console:ouest" };
const SUD: SendOptions = { chat: "telegram:-100777" };
const dm = (user: string): SendOptions => ({ chat: `console:dm-${user.toLowerCase()}`, private: true });

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Alice", "/setup Cantine Est", EST);
  await h.say("Bruno", "/setup Cantine Ouest", OUEST);
  await h.say("Zoé", "/cuisiner mardi", OUEST); // a volunteer of Ouest, whose name must never reach Est's managers
});
afterEach(() => h.close());

/** The code in a `/reseau inviter` reply. */
function codeOf(text: string): string {
  const m = /(?:rejoindre|join) ([A-Z0-9]{8})/.exec(text);
  if (!m) throw new Error(`no code in: ${text}`);
  return m[1]!;
}

describe("creating a network", () => {
  it("a canteen manager creates it; their canteen is its first member and they manage it", async () => {
    const text = await h.say("Alice", "/reseau creer Les Petites Cantines", EST);
    expect(text).toContain("🕸️ Réseau « Les Petites Cantines » créé");
    expect(text).toContain("Cantine Est en est la première cantine, et tu en es gérant·e");
    const list = await h.say("Alice", "/reseau", EST);
    expect(list).toContain("Réseau « Les Petites Cantines » — 1 cantine");
    expect(list).toContain("• Cantine Est (ta cantine)");
    expect(list).toContain("/impact reseau [période]");
  });

  it("volunteers may not create one, and a canteen is in one network only", async () => {
    await h.say("Yann", "/slots", EST);
    expect(await h.say("Yann", "/reseau creer Mon réseau", EST)).toBe("Cette commande est réservée aux gérant·es de la cantine.");
    await h.say("Alice", "/reseau creer Réseau A", EST);
    expect(await h.say("Alice", "/reseau creer Réseau B", EST)).toContain("Cantine Est fait déjà partie du réseau « Réseau A »");
    expect(await h.say("Bruno", "/reseau creer réseau a", OUEST)).toContain("Un réseau s'appelle déjà « réseau a »");
  });

  it("a name is required and must say something", async () => {
    expect(await h.say("Alice", "/reseau creer", EST)).toBe("Utilisation : /reseau creer <nom du réseau>");
    expect(await h.say("Alice", "/reseau creer ---", EST)).toBe("Ce nom de réseau ne contient ni lettre ni chiffre.");
    expect(await h.say("Alice", `/reseau creer ${"x".repeat(81)}`, EST)).toBe("Ce nom est trop long (80 caractères au plus).");
    expect(await h.say("Alice", "/reseau fusionner", EST)).toContain("Je ne connais pas « fusionner » pour /reseau.");
  });
});

describe("inviting and joining", () => {
  beforeEach(async () => {
    await h.say("Alice", "/reseau creer Les Petites Cantines", EST);
  });

  it("another canteen's manager joins with the one-time code; the code works once", async () => {
    const invite = await h.say("Alice", "/reseau inviter", dm("Alice"));
    expect(invite).toContain("Valable une seule fois, 48 h");
    const code = codeOf(invite);
    const joined = await h.say("Bruno", `/reseau rejoindre ${code.toLowerCase()}`, OUEST);
    expect(joined).toContain("🕸️ Cantine Ouest a rejoint le réseau « Les Petites Cantines »");
    await h.say("Sam", "/setup Cantine Sud", SUD);
    expect(await h.say("Sam", `/reseau rejoindre ${code}`, SUD)).toContain("Ce code ne marche pas");
    const list = await h.say("Alice", "/reseau", dm("Alice"));
    expect(list).toContain("— 2 cantines");
    expect(list).toContain("• Cantine Ouest");
    expect(list).not.toContain("Zoé");
    expect(list).not.toContain("Bruno");
    expect(list).not.toContain("console:ouest");
  });

  it("a code expires after 48 hours", async () => {
    const code = codeOf(await h.say("Alice", "/reseau inviter", EST));
    h.clock.set("2026-11-25T08:01:00Z");
    expect(await h.say("Bruno", `/reseau rejoindre ${code}`, OUEST)).toContain("Ce code ne marche pas");
  });

  it("only a network's managers hand out codes; a joining canteen's managers see their network, not its figures", async () => {
    expect(await h.say("Bruno", "/reseau inviter", OUEST)).toContain("réservée aux gérant·es d'un réseau");
    await h.say("Bruno", `/reseau rejoindre ${codeOf(await h.say("Alice", "/reseau inviter", EST))}`, OUEST);
    expect(await h.say("Bruno", "/reseau inviter", OUEST)).toContain("réservée aux gérant·es d'un réseau");
    const list = await h.say("Bruno", "/reseau", OUEST);
    expect(list).toContain("• Cantine Ouest (ta cantine)");
    expect(list).toContain("Les gérant·es du réseau voient les chiffres de ta cantine");
    expect(list).not.toContain("/impact reseau");
  });

  it("a volunteer cannot join a network for the canteen, and nonsense codes are refused", async () => {
    const code = codeOf(await h.say("Alice", "/reseau inviter", EST));
    expect(await h.say("Zoé", `/reseau rejoindre ${code}`, OUEST)).toBe("Cette commande est réservée aux gérant·es de la cantine.");
    expect(await h.say("Bruno", "/reseau rejoindre", OUEST)).toContain("Utilisation : /reseau rejoindre CODE");
    expect(await h.say("Bruno", "/reseau rejoindre ABC", OUEST)).toContain("Ce code ne marche pas");
    expect(await h.say("Bruno", "/reseau", OUEST)).toContain("Cantine Ouest ne fait partie d'aucun réseau.");
  });
});

describe("leaving", () => {
  it("a member canteen leaves; the last canteen leaving removes the network", async () => {
    await h.say("Alice", "/reseau creer Les Petites Cantines", EST);
    await h.say("Bruno", `/reseau rejoindre ${codeOf(await h.say("Alice", "/reseau inviter", EST))}`, OUEST);
    expect(await h.say("Bruno", "/reseau quitter", OUEST)).toBe(
      "Cantine Ouest a quitté le réseau « Les Petites Cantines ». Ses gérant·es ne voient plus vos chiffres.",
    );
    expect(await h.say("Alice", "/reseau", EST)).toContain("— 1 cantine");
    expect(await h.say("Bruno", "/reseau quitter", OUEST)).toBe("Cantine Ouest ne fait partie d'aucun réseau.");
    expect(await h.say("Alice", "/network leave", EST)).toContain("c'était sa dernière cantine, le réseau est supprimé");
    expect(await h.say("Alice", "/reseau inviter", EST)).toContain("réservée aux gérant·es d'un réseau");
  });
});

describe("in English", () => {
  it("the same commands answer in the canteen's language", async () => {
    const en = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    try {
      await en.say("Ann", "/setup Riverside Canteen", EST);
      expect(await en.say("Ann", "/network create Canteens United", EST)).toContain('🕸️ Network "Canteens United" created');
      expect(await en.say("Ann", "/network invite", EST)).toContain("Works once, for 48 h");
      expect(await en.say("Ann", "/network", EST)).toContain('Network "Canteens United" — 1 canteen');
      expect(await en.say("Ann", "/network merge", EST)).toContain('I don\'t know "merge" for /network.');
    } finally {
      await en.close();
    }
  });
});

describe("forgetting a network manager", () => {
  it("/oublier moi ends their network role; the network and its canteens stay", async () => {
    await h.say("Alice", "/reseau creer Les Petites Cantines", EST);
    await h.say("Bruno", `/reseau rejoindre ${codeOf(await h.say("Alice", "/reseau inviter", EST))}`, OUEST);
    await h.say("Alice", "/oublier moi", dm("Alice"));
    expect(await h.db.prisma.networkManager.count()).toBe(0);
    expect(await h.say("Bruno", "/reseau", OUEST)).toContain("— 2 cantines");
  });
});
