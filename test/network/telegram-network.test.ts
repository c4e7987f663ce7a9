// Networks on Telegram end to end: the real adapter (telegraf) against the fake Bot API, the real
// core and database. Two canteens' groups; one manager creates the network and invites with the
// button (the code reaching them privately), the other joins with the code, the network's report
// names canteens and nobody else — and reaches its manager privately, never the group.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

describe("networks on Telegram", () => {
  let world: Harness;
  let t: TelegramHarness;
  beforeEach(async () => {
    world = await createHarness("2026-11-24T14:00:00Z"); // Tuesday, after lunch
    t = await telegramHarness(world);
    world.ledger.attach(t.adapter);
  });
  afterEach(async () => {
    await t.stop();
    await world.close();
  });

  it("creates a network, invites with the button, joins with the code, and reports it per canteen", async () => {
    const [mona, alice, bob] = t.users;
    await t.userSays(t.group, mona, "/setup Belleville");
    await t.userSays(t.otherGroup, bob, "/setup Vaise");
    await t.userSays(t.group, mona, "/reseau creer Les Petites Cantines");
    expect(t.messages(t.group).at(-1)).toContain("🕸️ Réseau « Les Petites Cantines » créé");
    // The one-time code is the manager's alone: it reaches them privately, never the group.
    const dm = t.fake.state.privateChat(t.people.mona).chat.id;
    await t.press(t.group, mona, /Inviter une cantine/);
    expect(t.messages(t.group).at(-1)).toBe("Mona, je t'ai répondu en privé.");
    expect(t.messages(t.group).join("\n")).not.toMatch(/rejoindre [A-Z0-9]{8}/);
    const code = /\/network join ([A-Z0-9]{8})|\/reseau rejoindre ([A-Z0-9]{8})/.exec(t.fake.state.botMessages(dm).at(-1)!.text)!;
    await t.userSays(t.otherGroup, bob, `/reseau rejoindre ${code[1] ?? code[2]}`);
    expect(t.messages(t.otherGroup).at(-1)).toContain("Vaise a rejoint le réseau « Les Petites Cantines »");

    await t.userSays(t.group, mona, "/cloturer 2026-11-23 couverts 40");
    await t.userSays(t.otherGroup, bob, "/cloturer 2026-11-23 couverts 25");
    await t.userSays(t.group, mona, "/impact reseau");
    expect(t.messages(t.group).at(-1)).toBe("Mona, je t'ai répondu en privé.");
    expect(t.messages(t.group).join("\n")).not.toContain("Vaise : 25 repas");
    const report = t.fake.state.botMessages(dm).at(-1)!.text;
    expect(report).toContain("Repas servis : 65");
    expect(report).toContain("Belleville : 40 repas");
    expect(report).toContain("Vaise : 25 repas");
    expect(report).not.toContain("Bob");

    await t.userSays(t.otherGroup, bob, "/impact reseau");
    expect(t.messages(t.otherGroup).at(-1)).toContain("réservée aux gérant·es d'un réseau");
    await t.userSays(t.group, alice, "/reseau");
    expect(t.messages(t.group).at(-1)).toBe("Cette commande est réservée aux gérant·es de la cantine.");
  });
});
