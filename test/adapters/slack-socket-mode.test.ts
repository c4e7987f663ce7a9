// The Slack adapter in Socket Mode (SLACK_APP_TOKEN set): no public URL, Slack's envelopes arrive
// over a WebSocket the app opens itself. The same contract holds, and envelopes are acked at once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adapterContract } from "../contract/adapter-contract.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";

adapterContract("slack (socket mode)", async (world) => (await startSlackWorld(world, { socketMode: true })).platform);

describe("the Slack adapter in Socket Mode", () => {
  let world: Harness;
  let s: SlackWorld;
  beforeEach(async () => {
    world = await createHarness("2026-11-23T08:00:00Z");
    s = await startSlackWorld(world, { socketMode: true });
  });
  afterEach(async () => {
    await s.stop();
    await world.close();
  });

  it("connects with the app-level token and needs no HTTP route", async () => {
    await s.socket!.connected;
    expect(s.api.callsOf("apps.connections.open")).toHaveLength(1);
    expect(s.http.used).toBe(false);
  });

  it("acks a slash command envelope before its reply is posted", async () => {
    const release = s.api.hold("chat.postMessage");
    const ack = await s.socket!.deliver(s.slack.slashCommand(s.channels.group, s.users.mona, "/tablee", "installer Belleville"));
    expect(ack.envelope_id).toMatch(/^[0-9a-f]+$/);
    expect(s.api.messages(s.channels.group)).toEqual([]);
    release();
    await s.adapter.idle();
    expect(s.api.messages(s.channels.group).at(-1)).toContain("« Belleville » est créée");
  });

  it("processes an event Slack redelivers over the socket once", async () => {
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const req = s.slack.mention(s.channels.group, s.users.alice, "<@U0BOT> cook tuesday");
    await s.deliver(req);
    await s.deliver(req, { retryNum: 1 });
    expect(s.api.messages(s.channels.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
  });
});
