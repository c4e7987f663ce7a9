import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Cantine de Belleville");
});
afterEach(() => h.close());

describe("signing up to cook", () => {
  it("a volunteer signs up with /cuisiner mardi and sees it on the sheet", async () => {
    expect(await h.say("Alice", "/cuisiner mardi")).toContain("✅ Alice, c'est noté : Cuisine mardi 24 novembre (1/3)");
    const sheet = await h.say("Bob", "/creneaux");
    expect(sheet).toMatch(/Mardi 24 novembre\n• Chef·fe 0\/1 : personne · 1 place libre\n• Cuisine 1\/3 : Alice · 2 places libres/);
  });

  it("English command names work in a French canteen, and are case- and accent-insensitive", async () => {
    expect(await h.say("Alice", "/COOK Tuesday dishes")).toContain("Plonge mardi 24 novembre (1/2)");
    expect(await h.say("Bob", "/Créneaux")).toContain("Plonge 1/2 : Alice");
  });

  it("the role can come before the day, and multi-word roles are understood", async () => {
    expect(await h.say("Alice", "/cook head cook wednesday")).toContain("Chef·fe mercredi 25 novembre (1/1)");
    expect(await h.say("Bob", "/cuisiner plonge jeudi")).toContain("Plonge jeudi 26 novembre");
  });

  it("signing up twice says so and changes nothing", async () => {
    await h.say("Alice", "/cuisiner mardi");
    expect(await h.say("Alice", "/cuisiner mardi plonge")).toContain("Alice, tu es déjà inscrit·e mardi 24 novembre (Cuisine)");
    const lines = await h.store.sheet(1, ["2026-11-24"]);
    expect(lines).toHaveLength(1);
  });

  it("a full role puts the next person on the waitlist, in order", async () => {
    await h.say("Alice", "/cuisiner mardi chef");
    expect(await h.say("Bob", "/cuisiner mardi chef")).toContain("Le poste Chef·fe est complet mardi 24 novembre. Bob, tu es n°1");
    expect(await h.say("Carole", "/cuisiner mardi chef")).toContain("Carole, tu es n°2");
    expect(await h.say("Dan", "/creneaux")).toContain("Chef·fe 1/1 : Alice · complet · ⏳ en attente : Bob, Carole");
  });

  it("when someone cancels, the first waiting person is promoted and told", async () => {
    await h.say("Alice", "/cuisiner mardi chef");
    await h.say("Bob", "/cuisiner mardi chef");
    await h.say("Carole", "/cuisiner mardi chef");
    const reply = await h.send("Alice", "/annuler mardi");
    const text = reply.replies.map((r) => r.lines.map((l) => l.spans)).flat(2);
    expect(text).toContainEqual({ mention: { address: "console:bob", name: "Bob" } });
    expect(await h.say("Dan", "/creneaux")).toContain("• Chef·fe 1/1 : Bob · complet · ⏳ en attente : Carole\n");
  });

  it("cancelling when not signed up says so", async () => {
    expect(await h.say("Alice", "/annuler mardi")).toBe("Alice n'est pas inscrit·e mardi 24 novembre.");
  });

  it("/annuler without a day offers the person's own sign-ups as buttons", async () => {
    await h.say("Alice", "/cuisiner mardi");
    await h.say("Alice", "/cuisiner mardi prochain");
    const out = await h.send("Alice", "/annuler");
    expect(out.replies[0]!.buttons.flat().map((b) => b.command)).toEqual(["/uncook 2026-11-24", "/uncook 2026-12-01"]);
  });

  it("/cuisiner without a day shows the week with a row of buttons per service, one per role", async () => {
    const out = await h.send("Alice", "/cuisiner");
    expect(out.replies[0]!.buttons.map((row) => row.map((b) => b.command))).toEqual(
      ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"].map((d) => [
        `/cook ${d}`,
        `/cook ${d} headcook`,
        `/cook ${d} dishes`,
      ]),
    );
  });

  it("a sheet button signs the presser up and answers with a toast", async () => {
    const out = await h.send("Alice", "/cook 2026-11-25", { action: true });
    expect(out.toast).toBe("Inscription confirmée");
  });

  it("a button pressed on the sheet updates that sheet in place instead of posting a new message", async () => {
    const sheet = (await h.send("Bob", "/creneaux")).replies[0]!;
    expect(sheet.refresh).toBe("/slots");
    const out = await h.send("Alice", sheet.buttons[0]![0]!.command!, { action: true, refresh: sheet.refresh });
    expect(out.replies).toEqual([]);
    expect(out.toast).toBe("Inscription confirmée");
    expect(out.update?.lines.map((l) => l.spans.map((x) => (typeof x === "string" ? x : "bold" in x ? x.bold : "")).join(""))).toContain(
      "Cuisine 1/3 : Alice · 2 places libres",
    );
  });

  it("a closed day is answered with the days that are open", async () => {
    expect(await h.say("Alice", "/cuisiner samedi")).toBe(
      "La cantine est fermée samedi 28 novembre. Elle est ouverte : lundi, mardi, mercredi, jeudi, vendredi.",
    );
  });

  it("an unknown day is answered with examples", async () => {
    expect(await h.say("Alice", "/cuisiner mardo")).toContain("Je ne comprends pas le jour « mardo ». Exemples : mardi, demain");
  });

  it("an unknown role is answered with the canteen's roles", async () => {
    expect(await h.say("Alice", "/cuisiner mardi jardinage")).toBe(
      "Je ne connais pas le poste « jardinage ». Postes : Chef·fe, Cuisine, Plonge.",
    );
  });

  it("a service whose lunch has started cannot be signed up for", async () => {
    h.clock.set("2026-11-23T12:00:00Z"); // Monday 13:00
    expect(await h.say("Alice", "/cuisiner aujourd'hui")).toBe("Le service du lundi 23 novembre est déjà passé.");
  });

  it("/creneaux suivante shows next week", async () => {
    expect(await h.say("Alice", "/creneaux suivante")).toContain("Lundi 30 novembre");
  });

  it("a role set to 0 places disappears from the sheet and cannot be taken", async () => {
    await h.say("Mona", "/postes plonge 0");
    expect(await h.say("Alice", "/creneaux")).not.toContain("Plonge");
    expect(await h.say("Alice", "/cuisiner mardi plonge")).toContain("Je ne connais pas le poste");
  });
});

describe("one sheet shared by every group of a canteen, whatever the app", () => {
  it("a Discord channel joined with an invite code sees the Telegram group's sign-ups", async () => {
    await h.say("Alice", "/cuisiner mardi");
    const invite = await h.say("Mona", "/inviter");
    const code = /\/setup ([A-Z0-9]{8})/.exec(invite)?.[1];
    expect(code).toBeDefined();
    expect(await h.say("Zoé", `/installer ${code}`, { chat: "discord:555" })).toContain("relié à la cantine « Cantine de Belleville »");
    expect(await h.say("Yann", "/creneaux", { chat: "discord:555" })).toContain("Cuisine 1/3 : Alice");
    await h.say("Yann", "/cuisiner mardi", { chat: "discord:555" });
    expect(await h.say("Bob", "/creneaux")).toContain("Cuisine 2/3 : Alice, Yann");
  });

  it("an invite code works once", async () => {
    const code = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/inviter"))![1];
    await h.say("Zoé", `/setup ${code}`, { chat: "discord:1" });
    expect(await h.say("Zoé", `/setup ${code}`, { chat: "slack:C1" })).toBe(
      "Ce code d'invitation n'est pas valable (déjà utilisé ou expiré). Demande un nouveau code : /inviter dans un groupe de la cantine.",
    );
  });

  it("in a private chat, commands act on the person's only canteen", async () => {
    await h.say("Alice", "/creneaux");
    const out = await h.say("Alice", "/cuisiner mardi", { chat: "console:dm-alice", private: true });
    expect(out).toContain("✅ Alice, c'est noté");
  });
});
