// /link on Slack, through the real Bolt app and a fake Slack: a direct message from someone who
// never wrote in a canteen's channel gets a code (joining one's accounts needs no canteen), and a
// code typed in a DM is confirmed with its button there.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";

let world: Harness;
let s: SlackWorld;
beforeEach(async () => {
  world = await createHarness("2026-11-23T08:00:00Z");
  s = await startSlackWorld(world);
});
afterEach(async () => {
  await s.stop();
  await world.close();
});

const last = (channel: string) => s.api.messages(channel).at(-1) ?? "";

describe("/link in a Slack direct message", () => {
  it("gives a code to someone in no canteen yet, and that code joins their account on another app", async () => {
    const dm = s.api.addChannel("D0ALICE", "directmessage").id;
    await s.says(dm, s.users.alice, "link");
    const text = last(dm);
    expect(text).not.toContain("aucune cantine");
    const code = /\/link ([A-Z0-9]{6})/.exec(text)![1]!;
    // Alice's console account, a volunteer of Belleville, types it and confirms.
    await world.say("Mona", "/setup Belleville");
    await world.say("Alice", "/cuisiner mardi");
    const shown = await world.say("Alice", `/lier ${code}`, { chat: "console:dm-alice", private: true });
    expect(shown).toContain("Relier ce compte à celui de Alice sur Slack ?");
    expect(shown).toContain("Ce compte ne fait partie d'aucune cantine.");
    await world.say("Alice", `/lier ${code} oui`, { chat: "console:dm-alice", private: true });
    expect(await world.store.personOf("console:alice")).toBe(await world.store.personOf("slack:U0ALICE"));
    expect((await world.store.canteensOf("slack:U0ALICE")).map((c) => c.name)).toEqual(["Belleville"]);
  });

  it("a code typed in a DM shows whose account it joins, and its button confirms it", async () => {
    await world.say("Mona", "/setup Belleville");
    await world.say("Alice", "/cuisiner mardi");
    const code = /\/link ([A-Z0-9]{6})/.exec(await world.say("Alice", "/lier", { chat: "console:dm-alice", private: true }))![1]!;
    const dm = s.api.addChannel("D0ALICE", "directmessage").id;
    await s.says(dm, s.users.alice, `link ${code}`);
    expect(last(dm)).toContain("Relier ce compte à celui de Alice sur la console ?");
    expect(await world.store.personOf("slack:U0ALICE")).toBeNull();
    await s.press(dm, s.users.alice, /Oui, c'est moi/);
    expect(last(dm)).toContain("tes comptes sont reliés");
    expect(await world.store.personOf("slack:U0ALICE")).toBe(await world.store.personOf("console:alice"));
  });
});
