// Sends whose request reached the platform but whose answer never came back: a loopback proxy
// between the real adapter and the fake platform forwards the request (the platform posts the
// message), then drops the answer or holds it past the client's timeout. The group must get the
// message once: Telegram's row is left "unconfirmed" and never sent again, until a press on the
// message lets it adopt it; Slack's is found in the channel's history by its metadata; Discord's
// is sent again with the same nonce and Discord returns the first message.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Canteen } from "../../src/kernel/ports.ts";
import { AnswerProxy, type ProxiedRequest } from "../fakes/answer-proxy.ts";
import { discordHarness, eventually, type DiscordHarness } from "../fakes/discord/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

const TUESDAY = "2026-11-24";

let world: Harness;
let proxy: AnswerProxy;
beforeEach(async () => {
  world = await createHarness("2026-11-24T08:30:00Z"); // Tuesday 9:30 in Paris
  proxy = await AnswerProxy.start();
});
afterEach(async () => {
  await proxy.close();
  await world.close();
});

/** The canteen a chat is linked to. */
async function canteenOf(chat: string): Promise<Canteen> {
  return (await world.store.findChat(chat))!.canteen;
}

/** Runs Tuesday's announcement job and lets the ledger deliver (and retry) everything due. */
async function announce(canteen: Canteen): Promise<void> {
  await world.core.rhythm.execute(canteen, "announce", TUESDAY, world.clock.now());
  await world.ledger.drain();
}

/** Moves the world's clock on, then lets the ledger do whatever became due. */
async function later(ms: number): Promise<void> {
  world.clock.set(new Date(world.clock.now().getTime() + ms));
  await world.ledger.drain();
}

async function announcementRow(target: string) {
  return world.db.prisma.delivery.findFirstOrThrow({ where: { kind: "announcement", target } });
}

describe("Telegram loses the answer to the announcement", () => {
  let t: TelegramHarness;
  const sendTo =
    (chatId: number) =>
    (r: ProxiedRequest): boolean =>
      r.path.endsWith("/sendMessage") && JSON.parse(r.body || "{}").chat_id === chatId;

  /** The group's announcements as people see them: the bot's messages with a "Je mange" button. */
  const announcements = () =>
    t.fake.state.botMessages(t.groupChat.id).filter((m) => m.reply_markup?.inline_keyboard.flat().some((b) => /Je mange/.test(b.text)));
  /** Every request that asked Telegram to post an announcement (reached it or not). */
  const announcementSends = () => t.fake.callsOf("sendMessage").filter((c) => /Je mange/.test(JSON.stringify(c.params.reply_markup ?? "")));

  beforeEach(async () => {
    t = await telegramHarness(world, { through: proxy.through, requestTimeoutMs: 1_500 });
    world.ledger.attach(t.adapter);
    await t.userSays(t.group, t.users[0], "/installer Belleville");
  });
  afterEach(() => t.stop());

  it("when the socket closes after the request: the group has it once, the row is unconfirmed and never sent again", async () => {
    proxy.lose("drop", sendTo(t.groupChat.id));
    await announce(await canteenOf(t.group));
    await later(10 * 60_000);
    expect(proxy.lost()).toHaveLength(1);
    expect(announcements()).toHaveLength(1);
    expect(announcementSends()).toHaveLength(1);
    const row = await announcementRow(t.group);
    expect(row.status).toBe("unconfirmed");
    expect(row.messageId).toBeNull();
  });

  it("when the answer comes after the client's timeout: the same, once", async () => {
    proxy.lose("hold", sendTo(t.groupChat.id));
    await announce(await canteenOf(t.group));
    await later(10 * 60_000);
    expect(proxy.lost().map((r) => r.path.split("/").at(-1))).toEqual(["sendMessage"]);
    expect(announcements()).toHaveLength(1);
    expect(announcementSends()).toHaveLength(1);
    expect((await announcementRow(t.group)).status).toBe("unconfirmed");
  });

  it("a press on the unconfirmed message adopts it: later answers are counted in that message", async () => {
    proxy.lose("drop", sendTo(t.groupChat.id));
    await announce(await canteenOf(t.group));
    expect((await announcementRow(t.group)).status).toBe("unconfirmed");
    const [posted] = announcements();

    await t.press(t.group, t.users[1], /Je mange/);
    const adopted = await announcementRow(t.group);
    expect(adopted.status).toBe("sent");
    expect(adopted.messageId).toBe(String(posted!.message_id));

    await t.userSays(t.group, t.users[2], `/manger ${TUESDAY}`);
    await later(5_000);
    await eventually(() => announcements()[0]!.text.includes("🙋 2 couverts"), "the count of 2 in the announcement");
    // Still the one announcement: the count went into it, nothing was posted again.
    expect(announcements()).toHaveLength(1);
    expect(announcementSends()).toHaveLength(1);
  });
});

describe("Slack loses the answer to the announcement", () => {
  let s: SlackWorld;
  const postTo =
    (channel: string) =>
    (r: ProxiedRequest): boolean =>
      r.path.endsWith("/chat.postMessage") && new URLSearchParams(r.body).get("channel") === channel && r.body.includes("metadata");
  /** Ledger posts in the group: messages carrying Tablée's delivery metadata. */
  const posts = () => s.api.channels.get(s.channels.group)!.messages.filter((m) => m.metadata !== undefined);

  beforeEach(async () => {
    s = await startSlackWorld(world, { through: proxy.through, adapter: { requestTimeoutMs: 1_500, lookupDelayMs: 0 } });
    world.ledger.attach(s.adapter);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
  });
  afterEach(() => s.stop());

  it("when the socket closes after the request: the message is found in the channel's history, sent once with its ts, and edited later", async () => {
    proxy.lose("drop", postTo(s.channels.group));
    await announce(await canteenOf(`slack:${s.channels.group}`));
    expect(proxy.lost()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    const row = await announcementRow(`slack:${s.channels.group}`);
    expect(row.status).toBe("sent");
    expect(row.messageId).toBe(posts()[0]!.ts);
    expect(s.api.callsOf("conversations.history")).toHaveLength(1);

    await s.says(s.channels.group, s.users.alice, `/eat ${TUESDAY}`);
    await later(5_000);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.edits).toBeGreaterThan(0);
    expect(s.api.messages(s.channels.group).some((m) => m.includes("1 couvert"))).toBe(true);
  });

  it("when the answer comes after the client's timeout: found the same way, once", async () => {
    proxy.lose("hold", postTo(s.channels.group));
    await announce(await canteenOf(`slack:${s.channels.group}`));
    expect(proxy.lost()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect((await announcementRow(`slack:${s.channels.group}`)).status).toBe("sent");
  });

  it("when the history cannot be read (an install without the history scopes): unconfirmed, and never sent again", async () => {
    s.api.historyError = "missing_scope";
    proxy.lose("drop", postTo(s.channels.group));
    await announce(await canteenOf(`slack:${s.channels.group}`));
    await later(10 * 60_000);
    expect(posts()).toHaveLength(1);
    expect(s.api.callsOf("chat.postMessage").filter((c) => c.args.metadata !== undefined)).toHaveLength(1);
    expect((await announcementRow(`slack:${s.channels.group}`)).status).toBe("unconfirmed");
  });

  it("when the message is not in the history, it is sent again: the channel then has it once", async () => {
    // Slack's front answers 503 after the request: unclear, but the history shows nothing came of it.
    s.api.failNext("chat.postMessage", { kind: "http", status: 503 }, s.channels.group);
    await announce(await canteenOf(`slack:${s.channels.group}`));
    await later(5_000);
    expect(posts()).toHaveLength(1);
    expect(s.api.callsOf("conversations.history")).toHaveLength(1);
    expect((await announcementRow(`slack:${s.channels.group}`)).status).toBe("sent");
  });
});

describe("Discord loses the answer to the announcement", () => {
  let d: DiscordHarness;
  const postTo =
    (channelId: string) =>
    (r: ProxiedRequest): boolean =>
      r.method === "POST" && r.path.endsWith(`/channels/${channelId}/messages`);
  /** The channel's announcements: the bot's messages with a "Je mange" button. */
  const announcements = () =>
    d.fake.channelMessages(d.channelOf(d.group)).filter((m) => d.fake.buttons(m).some((b) => /Je mange/.test(b.label)));

  beforeEach(async () => {
    d = await discordHarness(world, { through: proxy.through, adapter: { restTimeoutMs: 1_500 } });
    world.ledger.attach(d.adapter);
    await d.userSays(d.group, d.users[0], "/setup Belleville");
  });
  afterEach(() => d.stop());

  it("when the socket closes after the request: it is sent again with the same nonce and Discord returns the first message", async () => {
    proxy.lose("drop", postTo(d.channelOf(d.group)));
    await announce(await canteenOf(d.group));
    await later(5_000);
    const sends = proxy.log.filter((r) => postTo(d.channelOf(d.group))(r));
    expect(sends).toHaveLength(2);
    expect(new Set(sends.map((r) => JSON.parse(r.body).nonce)).size).toBe(1);
    expect(sends.every((r) => JSON.parse(r.body).enforce_nonce === true)).toBe(true);
    expect(announcements()).toHaveLength(1);
    const row = await announcementRow(d.group);
    expect(row.status).toBe("sent");
    expect(row.messageId).toBe(announcements()[0]!.id);

    await d.userSays(d.group, d.users[1], `/eat ${TUESDAY}`);
    await later(5_000);
    await eventually(() => d.fake.seen(announcements()[0]!).includes("1 couvert"), "the count of 1 in the announcement");
    expect(announcements()).toHaveLength(1);
  });

  it("when every answer is lost, the post is not repeated once Discord's nonce window (3 minutes) has passed: unconfirmed", async () => {
    proxy.lose("drop", postTo(d.channelOf(d.group)), 50);
    await announce(await canteenOf(d.group));
    for (let i = 0; i < 10; i++) await later(30_000);
    const row = await announcementRow(d.group);
    const tries = proxy.log.filter((r) => postTo(d.channelOf(d.group))(r)).length;
    expect(row.status).toBe("unconfirmed");
    // Every try was within 3 minutes of the first (one every 30 s at most): none after.
    expect(tries).toBeLessThanOrEqual(7);
    await later(30 * 60_000);
    expect(proxy.log.filter((r) => postTo(d.channelOf(d.group))(r))).toHaveLength(tries);
    expect(announcements()).toHaveLength(1);
  });

  it("when the answer comes after the client's timeout: the retry carries the same nonce, the channel has it once", async () => {
    proxy.lose("hold", postTo(d.channelOf(d.group)));
    await announce(await canteenOf(d.group));
    await later(5_000);
    expect(proxy.lost()).toHaveLength(1);
    expect(announcements()).toHaveLength(1);
    expect((await announcementRow(d.group)).status).toBe("sent");
  });
});
