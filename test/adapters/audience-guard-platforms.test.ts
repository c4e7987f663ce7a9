// The audience guard on Slack and Discord end to end: the real adapters against their fake
// platforms, where an answer for one person is an ephemeral message. Every command of the table,
// typically typed in the canteen's channel by a manager and by a volunteer who has a diet,
// allergies, calendar links and takings recorded: nothing the channel shows holds a personal
// value, money or another canteen's figures — while the asker still gets their answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformHarness } from "../contract/adapter-contract.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { leaks, TYPICAL } from "../helpers/personal-values.ts";
import { startSlackWorld } from "../fakes/slack/harness.ts";
import { discordHarness } from "../fakes/discord/harness.ts";
import type { CommandSpec } from "../../src/kernel/commands/registry.ts";

/**
 * Discord runs the whole table (its hidden, button-only commands have no slash command to type).
 * Slack's adapter paces one message a second per channel, so it runs the commands whose answers
 * hold personal data or money; the core's guard runs every command with Slack's capabilities.
 */
const PERSONAL_COMMANDS = new Set(["diet", "allergies", "profile", "calendar", "board", "impact", "close", "lunch"]);
const PLATFORMS: [string, (world: Harness) => Promise<PlatformHarness>, (spec: CommandSpec) => boolean][] = [
  ["Slack", async (world) => (await startSlackWorld(world)).platform, (spec) => PERSONAL_COMMANDS.has(spec.key)],
  ["Discord", (world) => discordHarness(world), (spec) => !spec.hidden],
];

describe.each(PLATFORMS)("what a %s channel shows", (_name, start, runs) => {
  let world: Harness;
  let p: PlatformHarness;
  beforeAll(async () => {
    world = await createHarness("2026-11-16T08:00:00Z", { boardUrl: "https://tablee.example.org" }); // Monday 16, 09:00
    p = await start(world);
    const [mona, alice, bob] = p.users;
    await p.userSays(p.group, mona, "/installer Cantine Est");
    await p.userSays(p.group, alice, "/cuisiner aujourd'hui chef");
    await p.userSays(p.group, alice, "/regime vegan sans-gluten");
    await p.userSays(p.group, alice, "/allergies arachides sesame");
    await p.userSays(p.group, alice, "/calendrier");
    world.clock.set("2026-11-23T14:30:00Z");
    await p.userSays(p.group, alice, "/cloturer 2026-11-16 couverts 31 recette 287,40 courses 64,20");
    await p.userSays(p.group, mona, "/cloturer 2026-11-17 couverts 40 recette 356,80 courses 91");
    await p.userSays(p.group, mona, "/cloturer 2026-11-17 recette 358,10");
    await p.userSays(p.group, alice, "/cuisiner mercredi");
    await p.userSays(p.group, alice, "/manger mercredi");
    await p.userSays(p.otherGroup, bob, "/installer Cantine Ouest");
    await p.userSays(p.otherGroup, bob, "/cloturer 2026-11-16 couverts 37 recette 222,20");
    await p.userSays(p.group, mona, "/reseau creer Les Petites Cantines");
    // The one-time code is shown to Mona alone (an ephemeral answer), never in the channel.
    await p.userSays(p.group, mona, "/reseau inviter");
    expect(p.messages(p.group).join("\n")).not.toMatch(/rejoindre [A-Z0-9]{8}/);
    const code = /rejoindre ([A-Z0-9]{8})/.exec(p.toasts(mona).join("\n"))![1]!;
    await p.userSays(p.otherGroup, bob, `/reseau rejoindre ${code}`);
    await world.ledger.drain();
  }, 120_000);
  afterAll(async () => {
    await p.stop();
    await world.close();
  });

  it("shows the asker their profile where only they see it", async () => {
    const alice = p.users[1];
    await p.userSays(p.group, alice, "/profil");
    expect(leaks(p.toasts(alice).join("\n"))).toEqual(expect.arrayContaining(["the volunteer's allergies", "the volunteer's diet"]));
  });

  it("never holds personal data, money or another canteen's figures, whoever asks", async () => {
    const found: string[] = [];
    const [mona, alice] = p.users;
    for (const spec of world.core.commands.specs.filter(runs)) {
      for (const args of TYPICAL[spec.key] ?? []) {
        for (const who of [mona, alice]) {
          const text = `/${spec.names.fr[0]}${args ? ` ${args}` : ""}`;
          const before = p.messages(p.group).length;
          await p.userSays(p.group, who, text);
          await world.ledger.drain();
          for (const what of leaks(p.messages(p.group).slice(before).join("\n"))) found.push(`${who.name} · ${text} → ${what}`);
        }
      }
    }
    expect(found).toEqual([]);
  }, 300_000);
});
