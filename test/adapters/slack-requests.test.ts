// Requests reaching the Slack adapter's Request URL: only Slack's, signed and fresh, are handled;
// Slack's retries of an event are handled once; the route answers sensibly to everything else.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createSlackAdapter } from "../../adapters/slack/adapter.ts";
import { createHttpServer } from "../../src/http.ts";
import { SIGNING_SECRET, slackConfig, startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { slackSignature } from "../fakes/slack/signed-client.ts";
import { FakeSlackApi } from "../fakes/slack/web-api.ts";

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

/** Nothing reached Slack's Web API on behalf of a request: it was not processed. */
const nothingProcessed = () => {
  expect(s.api.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  expect(s.api.responseCalls).toEqual([]);
};

describe("Slack request signatures", () => {
  it("reject a forged signature with 401 and do nothing", async () => {
    const req = s.slack.slashCommand(s.channels.group, s.users.mona, "/setup", "Belleville");
    const res = await s.deliver(req, { signature: `v0=${"0".repeat(64)}` });
    expect(res.status).toBe(401);
    nothingProcessed();
  });

  it("reject a request signed with another secret", async () => {
    const res = await s.deliver(s.slack.mention(s.channels.group, s.users.mona, "<@U0BOT> help"), { secret: "not-the-signing-secret" });
    expect(res.status).toBe(401);
    nothingProcessed();
  });

  it("reject a replayed request whose timestamp is more than 5 minutes old, even correctly signed", async () => {
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const req = s.slack.slashCommand(s.channels.group, s.users.mona, "/setup", "Belleville");
    expect(slackSignature(SIGNING_SECRET, old, req.body)).toMatch(/^v0=[0-9a-f]{64}$/);
    const res = await s.deliver(req, { timestamp: old });
    expect(res.status).toBe(401);
    nothingProcessed();
  });

  it("reject a body altered after signing", async () => {
    const req = s.slack.slashCommand(s.channels.group, s.users.mona, "/setup", "Belleville");
    const ts = Math.floor(Date.now() / 1000);
    const signature = slackSignature(SIGNING_SECRET, ts, req.body);
    const res = await s.deliver({ ...req, body: req.body.replace("Belleville", "Vaise") }, { timestamp: ts, signature });
    expect(res.status).toBe(401);
    nothingProcessed();
  });

  it("accept a correctly signed request from 4 minutes ago", async () => {
    const res = await s.deliver(s.slack.slashCommand(s.channels.group, s.users.mona, "/setup", "Belleville"), {
      timestamp: Math.floor(Date.now() / 1000) - 4 * 60,
    });
    expect(res.status).toBe(200);
    expect(s.api.messages(s.channels.group).at(-1)).toContain("« Belleville » est créée");
  });

  it("answer Slack's URL verification challenge", async () => {
    const body = JSON.stringify({
      token: "x",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const res = await s.deliver({ body, contentType: "application/json" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });
});

describe("Slack redeliveries", () => {
  it("process an event retried by Slack (same event_id, X-Slack-Retry-Num: 1) once", async () => {
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const req = s.slack.mention(s.channels.group, s.users.alice, "<@U0BOT> cook tuesday");
    expect((await s.deliver(req)).status).toBe(200);
    const retried = await s.deliver(req, { retryNum: 1, retryReason: "http_timeout" });
    expect(retried.status).toBe(200);
    const retriedAgain = await s.deliver(req, { retryNum: 2, retryReason: "http_timeout" });
    expect(retriedAgain.status).toBe(200);
    expect(s.api.messages(s.channels.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
    expect(world.log.lines.some((l) => l.msg === "redelivered event ignored")).toBe(true);
  });

  it("process a slash command delivered twice once", async () => {
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const req = s.slack.slashCommand(s.channels.group, s.users.alice, "/cook", "tuesday");
    await s.deliver(req);
    await s.deliver(req, { retryNum: 1 });
    expect(s.api.messages(s.channels.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
  });

  it("still process two different events with the same text", async () => {
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    await s.deliver(s.slack.mention(s.channels.group, s.users.alice, "<@U0BOT> slots"));
    await s.deliver(s.slack.mention(s.channels.group, s.users.alice, "<@U0BOT> slots"));
    expect(s.api.messages(s.channels.group).filter((m) => m.includes("Cuisine 0/3"))).toHaveLength(2);
  });
});

describe("the Slack route", () => {
  it("answers 405 to a GET and 404 to another path below it", async () => {
    expect((await fetch(s.eventsUrl)).status).toBe(405);
    const other = await fetch(`${s.eventsUrl}/elsewhere`, { method: "POST", body: "{}" });
    expect(other.status).toBe(404);
  });

  it("refuses requests with 503 once the adapter is stopped, after finishing the work in hand", async () => {
    const release = s.api.hold("chat.postMessage");
    await s.slack.send(s.slack.slashCommand(s.channels.group, s.users.mona, "/setup", "Belleville"));
    const stopping = s.adapter.stop();
    const late = await s.slack.send(s.slack.slashCommand(s.channels.group, s.users.mona, "/slots", ""));
    expect(late.status).toBe(503);
    release();
    await stopping;
    expect(s.api.messages(s.channels.group)).toHaveLength(1);
  });
});

describe("Slack adapter start-up", () => {
  it("fails with Slack's reason when the bot token is refused, before taking any request", async () => {
    const other = new FakeSlackApi("xoxb-other");
    await other.start();
    try {
      const adapter = createSlackAdapter({
        config: slackConfig(other.apiUrl),
        log: world.log,
        http: createHttpServer(0, world.log),
        fatal: () => undefined,
      });
      await expect(adapter.start(world.core)).rejects.toThrow(/invalid_auth/);
      expect(other.callsOf("auth.test")).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });
});
