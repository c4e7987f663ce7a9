// /lier and roles: the code maker's person stays and the redeemer's account joins it; a canteen's
// manager role or a network's moves only when the maker's account already held it. Memberships
// themselves are all kept. The phishing line "type /lier XXXX" gives its author nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const dm = (user: string, platform = "console"): SendOptions => ({ chat: `${platform}:dm-${user.toLowerCase()}`, private: true });
const TELEGRAM_GROUP: SendOptions = { chat: "telegram:-100" };

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/setup Belleville");
  await h.say("Mona", "/reseau creer Les Petites Cantines");
});
afterEach(() => h.close());

/** `user` makes a code privately on `platform`. */
async function codeOf(user: string, platform = "console"): Promise<string> {
  return /\/link ([A-Z0-9]{6})/.exec(await h.say(user, "/lier", dm(user, platform)))![1]!;
}

/** `user` types the code on `platform`, then confirms it; returns both replies. */
async function redeem(user: string, code: string, platform = "console"): Promise<{ shown: string; done: string }> {
  const shown = await h.say(user, `/lier ${code}`, dm(user, platform));
  const done = await h.say(user, `/lier ${code} oui`, dm(user, platform));
  return { shown, done };
}

const roleOf = async (address: string): Promise<string | undefined> => {
  const personId = await h.store.personOf(address);
  return (await h.store.members(1)).find((m) => m.personId === personId)?.role;
};

describe("phishing: mallory makes a code, the manager who types it loses nothing to her", () => {
  it("after the victim confirms, mallory's person manages neither the canteen nor the network", async () => {
    await h.say("Mallory", "/cuisiner mardi"); // a volunteer of Belleville
    const code = await codeOf("Mallory");
    const { shown, done } = await redeem("Mona", code);
    expect(shown).toContain("Relier ce compte à celui de Mallory sur la console ?");
    expect(shown).toContain("Ces rôles de ce compte ne passeront pas : gérant·e de Belleville · gestion du réseau Les Petites Cantines");
    expect(done).toContain(
      "⚠️ Ces rôles de ce compte n'ont pas été repris : gérant·e de Belleville · gestion du réseau Les Petites Cantines",
    );
    expect(done).toContain("demande à un·e autre gérant·e de la cantine de taper /gerant Mallory");
    expect(done).toContain("fais le code (/lier) sur le compte qui a le rôle et tape-le sur l'autre");

    // The victim's account is now mallory's person: still a member, as a volunteer only.
    expect(await h.store.personOf("console:mona")).toBe(await h.store.personOf("console:mallory"));
    expect(await roleOf("console:mallory")).toBe("volunteer");
    expect(await h.say("Mallory", "/gerant Mallory", { chat: "console:group" })).toBe(
      "Cette commande est réservée aux gérant·es de la cantine.",
    );
    expect(await h.say("Mallory", "/reseau inviter", dm("Mallory"))).toContain("réservée aux gérant·es d'un réseau");
    expect(await h.db.prisma.networkManager.count()).toBe(0);
  });
});

describe("one's own accounts", () => {
  it("a manager on both accounts stays a manager after joining them, and is told of no lost role", async () => {
    const invite = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/invite"))![1]!;
    await h.say("Mona", `/setup ${invite}`, TELEGRAM_GROUP); // telegram:mona, a person of its own, manager too
    const code = await codeOf("Mona", "telegram");
    const { shown, done } = await redeem("Mona", code);
    // The network was managed by the console account only: that role is the one not carried.
    expect(shown).toContain("Ces rôles de ce compte ne passeront pas : gestion du réseau Les Petites Cantines");
    expect(done).not.toContain("gérant·e de Belleville");
    expect(await roleOf("console:mona")).toBe("manager");
    expect(await h.say("Mona", "/gerant", { chat: "console:group" })).toContain("Mona");
  });

  it("the code made on the account that has the roles, typed on the other, keeps them all", async () => {
    const invite = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/invite"))![1]!;
    await h.say("Sam", `/setup ${invite}`, { chat: "slack:C1" });
    await h.say("Mona", "/cuisiner mardi", { chat: "slack:C1" }); // slack:mona: a volunteer of Belleville
    const code = await codeOf("Mona"); // made on the manager's console account
    const { shown, done } = await redeem("Mona", code, "slack");
    expect(shown).not.toContain("ne passeront pas");
    expect(done).toContain("tes comptes sont reliés");
    expect(done).not.toContain("n'ont pas été repris");
    expect(await roleOf("slack:mona")).toBe("manager");
    expect(await h.say("Mona", "/reseau inviter", dm("Mona", "slack"))).toContain("/reseau rejoindre");
  });

  it("a network both accounts managed is still managed after joining them", async () => {
    const invite = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/invite"))![1]!;
    await h.say("Mona", `/setup ${invite}`, TELEGRAM_GROUP);
    const tg = (await h.store.personOf("telegram:mona"))!;
    const network = await h.db.prisma.network.findFirstOrThrow();
    await h.db.prisma.networkManager.create({ data: { networkId: network.id, personId: tg } });
    const { done } = await redeem("Mona", await codeOf("Mona", "telegram"));
    expect(done).not.toContain("n'ont pas été repris");
    expect(await h.db.prisma.networkManager.findMany({ select: { personId: true } })).toEqual([{ personId: tg }]);
    expect(await h.say("Mona", "/reseau", dm("Mona"))).toContain("/impact reseau");
  });
});

describe("in English", () => {
  it("the roles not carried over and what to do are said in the person's language", async () => {
    const en = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    try {
      await en.say("Ann", "/setup Riverside");
      await en.say("Mal", "/cook tuesday");
      const code = /\/link ([A-Z0-9]{6})/.exec(await en.say("Mal", "/link", { chat: "console:dm-mal", private: true }))![1]!;
      await en.say("Ann", `/link ${code}`, { chat: "console:dm-ann", private: true });
      const out = await en.send("Ann", `/link ${code} yes`, { chat: "console:dm-ann", private: true, action: true });
      const text = out.replies.map(plainText).join("\n");
      expect(text).toContain("⚠️ These roles of this account were not carried over: manager of Riverside.");
      expect(text).toContain("ask another manager of the canteen to type /manager Mal in its group");
    } finally {
      await en.close();
    }
  });
});
