// Internal-link lunches end to end on Slack: the real Bolt app against the fake Web API, the real
// scheduler and ledger on a fake clock. Colleagues opt in with slash commands, one asks privately
// not to be paired with another, the round is formed when sign-up closes, each table is posted in
// the company's channel with Slack mentions, the seats are in the kitchen's headcount, and the
// confirm button updates the table in place.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/schedule/scheduler.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import type { SlackUser } from "../fakes/slack/web-api.ts";

let world: Harness;
let s: SlackWorld;
let scheduler: Scheduler;
beforeEach(async () => {
  world = await createHarness("2026-11-25T14:00:00Z"); // Wednesday 15:00 in Paris
  s = await startSlackWorld(world);
  world.ledger.attach(s.adapter);
  scheduler = new Scheduler(world.db, world.store, () => world.core.rhythm, world.clock, world.log);
});
afterEach(async () => {
  await scheduler.stop();
  await s.stop();
  await world.close();
});

/** Moves the clock and lets the scheduler and the ledger do what is due. */
async function at(iso: string): Promise<void> {
  world.clock.set(iso);
  await scheduler.tick();
  await world.ledger.drain();
}

describe("internal-link lunches on Slack", () => {
  it("a round is formed, announced with mentions in the company's channel, booked into the headcount, and confirmed in place", async () => {
    const group = s.channels.group;
    const { mona, alice, bob } = s.users;
    const more = ["Chloé", "Driss", "Emma"].map((name) =>
      s.api.addUser({
        id: `U0${name
          .toUpperCase()
          .normalize("NFD")
          .replace(/\p{Mn}/gu, "")}`,
        name,
        locale: "fr-FR",
      }),
    );
    const colleagues: [SlackUser, string][] = [
      [mona, "RH"],
      [alice, "Compta"],
      [bob, "Tech"],
      [more[0]!, "Compta"],
      [more[1]!, "Tech"],
      [more[2]!, "Ventes"],
    ];

    await s.says(group, mona, "/setup Cantine de Belleville");
    await s.says(group, mona, "/lunch setup");
    expect(s.api.messages(group).at(-1)).toContain("Déjeuners inter-équipes lancés");
    await s.says(group, alice, "/dejeuner rejoindre Compta");
    await s.says(group, bob, "/lunch join Tech");
    expect(s.api.messages(group).at(-1)).toContain("Bob participe aux déjeuners inter-équipes (équipe Tech)");
    // The others opt in straight through the core: Slack paces replies at one a second per channel.
    for (const [who, team] of colleagues.filter(([u]) => u !== alice && u !== bob)) {
      await world.send(who.name, `/lunch join ${team}`, { chat: `slack:${group}`, author: { address: `slack:${who.id}`, name: who.name } });
    }

    // "Don't pair me with Alice": answered to Bob alone; the channel sees nothing of it.
    const before = s.api.messages(group).length;
    await s.says(group, bob, `/lunch avoid <@${alice.id}|alice>`);
    expect(s.api.messages(group)).toHaveLength(before);
    // An ephemeral answer is Bob's alone: in his Slack locale (en-GB), not the canteen's French.
    expect(s.api.ephemeralTexts(bob.id)).toEqual(["🤫 Noted: you won't share a table with Alice. Nobody else will know."]);
    expect(s.api.ephemeralTexts(alice.id)).toEqual([]);

    await at("2026-11-25T15:59:00Z");
    expect(s.api.messages(group).filter((m) => m.startsWith("🍽️ Table"))).toEqual([]);
    await at("2026-11-25T16:00:00Z"); // Wednesday 17:00 in Paris: sign-up closes
    await at("2026-11-25T16:15:00Z");

    const tables = s.api.channels.get(group)!.messages.filter((m) => m.blocks?.[0]?.text?.text?.startsWith("🍽️ Table"));
    expect(tables).toHaveLength(2);
    const mentioned: string[][] = tables.map((m) => JSON.stringify(m.blocks).match(/<@U0[A-Z]+>/g) ?? []);
    expect(mentioned.map((ids) => ids.length)).toEqual([3, 3]);
    expect(mentioned.flat().sort()).toEqual(colleagues.map(([u]) => `<@${u.id}>`).sort());
    const tableOf = (u: SlackUser) => mentioned.findIndex((ids) => ids.includes(`<@${u.id}>`));
    expect(tableOf(alice)).not.toBe(tableOf(bob));
    expect(s.api.messages(group).filter((m) => m.includes("Pour briser la glace"))).toHaveLength(2);

    // The kitchen counts them.
    await s.says(group, mona, "/couverts jeudi");
    expect(s.api.messages(group).at(-1)).toContain("6 couverts (6 personnes + 0 invité·e)");

    // Alice presses "I'll be there" on her table's message: updated in place, thanked privately.
    const hers = tables[tableOf(alice)]!;
    await s.deliver(s.slack.blockAction(group, alice, hers, "tablee:0.0"));
    expect(hers.edits).toBe(1);
    expect(s.api.messages(group).find((m) => m.startsWith("🍽️ Table") && m.includes("@Alice"))).toMatch(/@Alice · Compta ✅/);
    expect(s.api.ephemeralTexts(alice.id)).toEqual(["✅ Merci Alice, à jeudi 26 novembre à 12:30 !"]);
    expect((await world.store.answers(1, "2026-11-26")).filter((a) => a.eating)).toHaveLength(6);
  });
});
