// What the delivery ledger gets from the Slack adapter: post/edit/dm over the real Web API client,
// Slack's errors classified, Retry-After honoured rather than hidden in the client's own retries.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeliveryError } from "../../src/kernel/adapter.ts";
import { message, say } from "../../src/kernel/model.ts";
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

const group = () => `slack:${s.channels.group}`;
const post = (text: string, chat = group()) => s.adapter.post!(chat, say(text), { deliveryKey: `test:${text}` });
const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as DeliveryError,
  );

describe("posting for the ledger", () => {
  it("returns the message ts as its id and edits that message in place", async () => {
    const id = await post("Menu : dahl");
    expect(id).toMatch(/^\d+\.\d{6}$/);
    await s.adapter.edit!(group(), id, message().text("Menu : dahl (12 couverts)").build());
    expect(s.api.messages(s.channels.group)).toEqual(["Menu : dahl (12 couverts)"]);
    expect(s.api.callsOf("chat.update")[0]?.args).toMatchObject({ channel: s.channels.group, ts: id });
  });

  it("sends Block Kit with a plain-text fallback for notifications", async () => {
    await s.adapter.post!(group(), message().title("Menu").text({ bold: "Dahl" }, " & riz").build(), { deliveryKey: "k" });
    const args = s.api.callsOf("chat.postMessage")[0]!.args;
    expect(args.text).toBe("Menu\nDahl &amp; riz");
    expect(args.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Menu", emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: "*Dahl* &amp; riz" } },
    ]);
  });

  it("turns a 429 into a rate-limited error with Retry-After, without retrying behind the ledger's back", async () => {
    s.api.failNext("chat.postMessage", { kind: "rate-limited", retryAfterSeconds: 2 }, s.channels.group);
    const err = await failureOf(post("hi"));
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err!.failure).toBe("rate-limited");
    expect(err!.retryAfterMs).toBe(2000);
    expect(s.api.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it("holds the chat back for the Retry-After it was given before sending there again", async () => {
    s.api.failNext("chat.postMessage", { kind: "rate-limited", retryAfterSeconds: 1 }, s.channels.group);
    await failureOf(post("first"));
    await post("second");
    const [refused, accepted] = s.api.callsOf("chat.postMessage");
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ["channel_not_found", "gone"],
    ["not_in_channel", "gone"],
    ["is_archived", "gone"],
    ["account_inactive", "gone"],
    ["token_revoked", "gone"],
    ["msg_too_long", "rejected"],
    ["invalid_blocks", "rejected"],
    ["internal_error", "transient"],
    ["service_unavailable", "transient"],
  ])("classifies Slack's %s as %s", async (error, failure) => {
    s.api.failNext("chat.postMessage", { kind: "error", error }, s.channels.group);
    expect((await failureOf(post("hi")))?.failure).toBe(failure);
  });

  it("after a 5xx from Slack, finds the message missing from the channel's history: transient (safe to resend), once, without hidden retries", async () => {
    s.api.failNext("chat.postMessage", { kind: "http", status: 503 }, s.channels.group);
    expect((await failureOf(post("hi")))?.failure).toBe("transient");
    expect(s.api.callsOf("chat.postMessage")).toHaveLength(1);
    expect(s.api.callsOf("conversations.history")).toHaveLength(1);
  });

  it("classifies an unreachable Slack as transient", async () => {
    await s.api.stop();
    expect((await failureOf(post("hi")))?.failure).toBe("transient");
  });

  it("rejects the edit of a deleted message without giving up on its chat", async () => {
    const err = await failureOf(s.adapter.edit!(group(), "1700000000.000001", say("x")));
    expect(err?.failure).toBe("rejected");
    expect(err?.message).toContain("message_not_found");
  });

  it("sends nothing when the ledger's fence refuses, and passes its error on", async () => {
    const fence = new Error("lease lost");
    const err = await s.adapter.post!(group(), say("x"), { deliveryKey: "k", beforeSend: () => Promise.reject(fence) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBe(fence);
    expect(s.api.callsOf("chat.postMessage")).toEqual([]);
  });

  it("declares Slack's limits: about one message a second per channel, 20 a second overall", () => {
    expect(s.adapter.ratePolicy).toEqual({ global: [{ limit: 20, windowMs: 1000 }], perChat: [{ limit: 1, windowMs: 1000 }] });
    expect(s.adapter.idempotentPosts).toBe(false);
  });
});

describe("direct messages", () => {
  it("opens the DM with conversations.open, posts there, and reuses it", async () => {
    const first = await s.adapter.dm!("slack:U0ALICE", say("Rappel : tu cuisines demain"), { deliveryKey: "dm:1" });
    expect(first.chat).toBe("slack:D0ALICE");
    expect(first.messageId).toMatch(/^\d+\.\d{6}$/);
    expect(s.api.callsOf("conversations.open")[0]?.args).toMatchObject({ users: "U0ALICE" });
    const second = await s.adapter.dm!("slack:U0ALICE", say("Merci !"), { deliveryKey: "dm:2" });
    expect(second.chat).toBe(first.chat);
    expect(s.api.callsOf("conversations.open")).toHaveLength(1);
    expect(s.api.messages("D0ALICE")).toEqual(["Rappel : tu cuisines demain", "Merci !"]);
  });

  it("reports people Slack cannot message as unreachable", async () => {
    expect((await failureOf(s.adapter.dm!("slack:U0NOBODY", say("x"), { deliveryKey: "k" })))?.failure).toBe("unreachable");
    expect((await failureOf(s.adapter.dm!("slack:U0BOT", say("x"), { deliveryKey: "k" })))?.failure).toBe("unreachable");
  });

  it("renders mentions of Slack people as Slack mentions and of others as plain names", async () => {
    const m = message()
      .text("Table : ", { mention: { address: "slack:U0BOB", name: "Bob" } }, ", ", { mention: { address: "telegram:42", name: "<Zoé>" } })
      .build();
    await s.adapter.dm!("slack:U0ALICE", m, { deliveryKey: "k" });
    const args = s.api.callsOf("chat.postMessage")[0]!.args as { blocks: { text: { text: string } }[] };
    expect(args.blocks[0]!.text.text).toBe("Table : <@U0BOB>, @&lt;Zoé&gt;");
    expect(s.api.messages("D0ALICE")).toEqual(["Table : @Bob, @<Zoé>"]);
  });
});

describe("replies to people", () => {
  it("wait out a short Retry-After and then deliver the reply", async () => {
    s.api.failNext("chat.postMessage", { kind: "rate-limited", retryAfterSeconds: 1 }, s.channels.group);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const [refused, accepted] = s.api.callsOf("chat.postMessage");
    expect(refused!.result).toBe("429");
    expect(accepted!.result).toBe("ok");
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(1000);
    expect(s.api.messages(s.channels.group).at(-1)).toContain("« Belleville » est créée");
  });

  it("are dropped and logged when Slack asks to wait longer than 30 s", async () => {
    s.api.failNext("chat.postMessage", { kind: "rate-limited", retryAfterSeconds: 120 }, s.channels.group);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    expect(s.api.callsOf("chat.postMessage")).toHaveLength(1);
    expect(world.log.lines.find((l) => l.msg === "Slack reply dropped")?.obj).toMatchObject({ failure: "rate-limited" });
  });

  it("never show the bot token or signing secret in the logs", async () => {
    s.api.failNext("chat.postMessage", { kind: "error", error: "invalid_auth" }, s.channels.group);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    await s.deliver(s.slack.slashCommand(s.channels.group, s.users.mona, "/slots", ""), { signature: "v0=forged" });
    const logged = JSON.stringify(world.log.lines);
    expect(logged).not.toContain("xoxb-");
    expect(logged).not.toContain("8f742231b10e8888abcd99yyyzzz85a5");
  });
});
