// /lier · /link through the real core: a code typed on the other app first shows whose account it
// joins (name, app, canteens) with a warning; only the confirmation of the account it was shown
// to merges, and uses the code up. In a group, nothing but "write to me privately".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const dm = (user: string, platform = "console"): SendOptions => ({ chat: `${platform}:dm-${user.toLowerCase()}`, private: true });

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/setup Belleville");
  await h.say("Alice", "/cuisiner mardi");
});
afterEach(() => h.close());

/** Alice's code, made privately on the console. */
async function aliceCode(): Promise<string> {
  const text = await h.say("Alice", "/lier", dm("Alice"));
  return /\/link ([A-Z0-9]{6})/.exec(text)![1]!;
}

describe("making a code", () => {
  it("the code comes with the advice to give it to nobody", async () => {
    const text = await h.say("Alice", "/lier", dm("Alice"));
    expect(text).toMatch(/\/link [A-Z0-9]{6}/);
    expect(text).toContain("ne le donne à personne, tape-le toi-même");
  });
});

describe("typing a code shows whose account it joins, and merges nothing", () => {
  it("the reply names the maker, their app and their canteens, warns, and offers confirm and cancel buttons", async () => {
    const code = await aliceCode();
    const shown = await h.send("Alice", `/lier ${code}`, dm("Alice", "telegram"));
    const text = shown.replies.map(plainText).join("\n");
    expect(text).toContain("🔗 Relier ce compte à celui de Alice sur la console ?");
    expect(text).toContain("Ses cantines : Belleville");
    expect(text).toContain("Ne confirme que si tu as créé ce code toi-même sur ton autre application");
    expect(shown.replies[0]!.buttons.flat().map((b) => [b.label, b.command])).toEqual([
      ["✅ Oui, c'est moi", `/link ${code} yes`],
      ["✋ Ce n'est pas moi", `/link ${code} no`],
    ]);
    expect(await h.store.personOf("telegram:alice")).not.toBe(await h.store.personOf("console:alice"));
  });

  it("the confirm button merges the accounts and uses the code up", async () => {
    const code = await aliceCode();
    await h.say("Alice", `/lier ${code}`, dm("Alice", "telegram"));
    const done = await h.say("Alice", `/link ${code} yes`, { ...dm("Alice", "telegram"), action: true });
    expect(done).toContain("🔗 C'est fait : tes comptes sont reliés (à celui de Alice)");
    expect(await h.store.personOf("telegram:alice")).toBe(await h.store.personOf("console:alice"));
    expect(await h.say("Alice", `/link ${code} yes`, dm("Alice", "telegram"))).toContain("Ce code n'est pas valable");
  });

  it("'/lier CODE oui' typed before the code was ever shown shows it, and merges nothing", async () => {
    const code = await aliceCode();
    const text = await h.say("Alice", `/lier ${code} oui`, dm("Alice", "telegram"));
    expect(text).toContain("Relier ce compte à celui de Alice");
    expect(await h.store.personOf("telegram:alice")).toBeNull();
    expect(await h.say("Alice", `/lier ${code} oui`, dm("Alice", "telegram"))).toContain("tes comptes sont reliés");
    expect(await h.store.personOf("telegram:alice")).toBe(await h.store.personOf("console:alice"));
  });

  it("a code shown to one account cannot be shown to or confirmed by another", async () => {
    const code = await aliceCode();
    await h.say("Alice", `/lier ${code}`, dm("Alice", "telegram"));
    expect(await h.say("Eve", `/lier ${code}`, dm("Eve", "slack"))).toContain("Ce code n'est pas valable");
    expect(await h.say("Eve", `/lier ${code} oui`, dm("Eve", "slack"))).toContain("Ce code n'est pas valable");
    expect(await h.store.personOf("slack:eve")).toBeNull();
    expect(await h.say("Alice", `/lier ${code} oui`, dm("Alice", "telegram"))).toContain("tes comptes sont reliés");
  });

  it("'That's not me' merges nothing and the code stops working", async () => {
    await h.say("Mona", "/cuisiner mercredi");
    const code = /\/link ([A-Z0-9]{6})/.exec(await h.say("Mona", "/lier", dm("Mona")))![1]!;
    await h.say("Alice", `/lier ${code}`, dm("Alice"));
    expect(await h.say("Alice", `/link ${code} no`, { ...dm("Alice"), action: true })).toContain(
      "✋ Rien n'a été relié, et ce code ne marche plus",
    );
    expect(await h.say("Alice", `/lier ${code} oui`, dm("Alice"))).toContain("Ce code n'est pas valable");
    expect(await h.store.personOf("console:alice")).not.toBe(await h.store.personOf("console:mona"));
  });

  it("a code that expired between showing and confirming merges nothing", async () => {
    const code = await aliceCode();
    await h.say("Alice", `/lier ${code}`, dm("Alice", "telegram"));
    h.clock.set("2026-11-23T08:16:00Z");
    expect(await h.say("Alice", `/lier ${code} oui`, dm("Alice", "telegram"))).toContain("Ce code n'est pas valable");
    expect(await h.store.personOf("telegram:alice")).toBeNull();
  });

  it("a code typed on the account that made it says so", async () => {
    const code = await aliceCode();
    expect(await h.say("Alice", `/lier ${code}`, dm("Alice"))).toBe("Ce code vient de ce compte-ci : tape-le sur ton autre application.");
  });

  it("an unknown answer word says how to confirm or cancel", async () => {
    const code = await aliceCode();
    expect(await h.say("Alice", `/lier ${code} peutetre`, dm("Alice", "telegram"))).toBe(
      `Réponds /lier ${code} oui pour confirmer, ou /lier ${code} non pour annuler.`,
    );
  });

  it("the confirmation speaks English to someone whose app is in English", async () => {
    const code = await aliceCode();
    const text = await h.say("Alice", `/link ${code}`, {
      ...dm("Alice", "slack"),
      author: { address: "slack:alice", name: "Alice", language: "en" },
    });
    expect(text).toContain("🔗 Join this account to Alice's on the console?");
    expect(text).toContain("Only confirm if you created this code yourself on your other app");
  });
});

describe("in a group", () => {
  it("/lier answers only 'write to me privately', with a button to the private chat", async () => {
    const out = await h.send("Alice", "/lier");
    expect(out.replies.map(plainText)).toEqual(["🔗 Pour relier tes comptes, écris-moi /lier en message privé."]);
    expect(out.replies[0]!.buttons.flat()).toEqual([{ label: "🔗 Ouvrir le chat privé", start: "link", style: "primary" }]);
  });

  it("a code typed in a group was seen by everyone: it is cancelled and shows nothing of its maker", async () => {
    const code = await aliceCode();
    const text = await h.say("Bob", `/lier ${code}`);
    expect(text).toContain("Ce code a été vu dans ce groupe : je l'ai annulé.");
    expect(text).not.toContain("Belleville");
    expect(await h.say("Bob", `/lier ${code}`, dm("Bob"))).toContain("Ce code n'est pas valable");
  });
});
