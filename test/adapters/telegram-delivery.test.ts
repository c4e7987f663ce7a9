// What the delivery ledger relies on from the Telegram adapter: post/edit/dm against the fake
// Bot API, failures classified as DeliveryErrors, and fan-out paced to Telegram's limits.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeliveryError, type RatePolicy } from "../../src/kernel/adapter.ts";
import { message, type Message } from "../../src/kernel/model.ts";
import { telegramHarness, type TelegramHarness, type TelegramHarnessOptions } from "../fakes/telegram/harness.ts";
import { tooManyRequests, type PlannedFailure } from "../fakes/telegram/server.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { maxInWindow } from "../helpers/recording-adapter.ts";

/**
 * Arrival times at the fake differ from the times the pacer released the sends by the request's
 * own latency on loopback (a few ms, more on a busy machine). Limits are checked on windows
 * shortened by this much; an adapter that did not pace would put all its sends in one window.
 */
const JITTER_MS = 50;

const menu = (text: string): Message => message().title("Menu de mardi").text(text).build();

describe("Telegram deliveries for the ledger", () => {
  let world: Harness;
  let t: TelegramHarness;
  const start = async (opts: TelegramHarnessOptions = {}) => {
    t = await telegramHarness(world, opts);
    return t;
  };
  beforeEach(async () => {
    world = await createHarness("2026-11-23T08:00:00Z");
  });
  afterEach(async () => {
    await t?.stop();
    await world.close();
  });
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e as DeliveryError,
    );
  const key = { deliveryKey: "test" };

  it("posts a message and returns its numeric message_id as a string; an unchanged edit is not an error", async () => {
    await start();
    const id = await t.adapter.post!(t.group, menu("Dahl"), key);
    expect(id).toMatch(/^\d+$/);
    await t.adapter.edit!(t.group, id, menu("Dahl (14 couverts)"));
    await t.adapter.edit!(t.group, id, menu("Dahl (14 couverts)"));
    expect(t.messages(t.group)).toEqual(["Menu de mardi\nDahl (14 couverts)"]);
  });

  it("sends a private message to someone who started the bot", async () => {
    await start();
    t.fake.state.privateChat(t.people.alice);
    const sent = await t.adapter.dm!(`telegram:${t.people.alice.id}`, menu("Rappel : tu cuisines demain"), key);
    expect(sent.chat).toBe(`telegram:${t.people.alice.id}`);
    expect(t.fake.messages(t.people.alice.id)).toEqual(["Menu de mardi\nRappel : tu cuisines demain"]);
  });

  it("says 'unreachable' for a person who never started the bot, blocked it, or is unknown", async () => {
    await start();
    const never = await failure(t.adapter.dm!(`telegram:${t.people.bob.id}`, menu("x"), key));
    expect(never).toBeInstanceOf(DeliveryError);
    expect(never?.failure).toBe("unreachable");
    t.fake.state.privateChat(t.people.alice).blocked = true;
    expect((await failure(t.adapter.dm!(`telegram:${t.people.alice.id}`, menu("x"), key)))?.failure).toBe("unreachable");
    expect((await failure(t.adapter.dm!("telegram:99", menu("x"), key)))?.failure).toBe("unreachable");
    expect((await failure(t.adapter.dm!("slack:U1", menu("x"), key)))?.failure).toBe("unreachable");
  });

  it("says 'gone' for a group the bot was removed from, or that does not exist", async () => {
    await start();
    t.fake.state.chat(t.groupChat.id)!.botMember = false;
    const kicked = await failure(t.adapter.post!(t.group, menu("x"), key));
    expect(kicked?.failure).toBe("gone");
    expect(kicked?.message).toContain("kicked");
    expect((await failure(t.adapter.post!("telegram:-4999", menu("x"), key)))?.failure).toBe("gone");
  });

  it.each<[string, PlannedFailure, DeliveryError["failure"]]>([
    ["a 500 (the Bot API could not handle it)", { code: 500, description: "Internal Server Error" }, "transient"],
    ["a 503", { status: 503 }, "transient"],
    ["a 502 from a gateway (the message may have been posted)", { status: 502 }, "ambiguous"],
    ["a connection dropped after the request (the message may have been posted)", { network: true }, "ambiguous"],
    ["a refused message", { code: 400, description: "Bad Request: message is too long" }, "rejected"],
    ["a 429", tooManyRequests(7), "rate-limited"],
  ])("classifies %s", async (_name, planned, expected) => {
    await start();
    t.fake.failNext({ method: "sendMessage" }, planned);
    const err = await failure(t.adapter.post!(t.group, menu("x"), key));
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err?.failure).toBe(expected);
  });

  it("an edit of a message that is gone is rejected, not retried", async () => {
    await start();
    expect((await failure(t.adapter.edit!(t.group, "424242", menu("x"))))?.failure).toBe("rejected");
  });

  it("after a 429 it holds that chat for retry_after while other chats go on", async () => {
    await start();
    t.fake.failNext({ method: "sendMessage", chatId: t.groupChat.id }, tooManyRequests(2));
    const err = await failure(t.adapter.post!(t.group, menu("1"), key));
    expect(err?.retryAfterMs).toBe(2000);
    const limitedAt = t.fake.callsOf("sendMessage")[0]!.at;
    await Promise.all([t.adapter.post!(t.group, menu("2"), key), t.adapter.post!(t.otherGroup, menu("3"), key)]);
    const [, first, second] = t.fake.callsOf("sendMessage");
    expect(Number(first!.params.chat_id)).toBe(t.otherGroupChat.id);
    expect(Number(second!.params.chat_id)).toBe(t.groupChat.id);
    expect(second!.at - limitedAt).toBeGreaterThanOrEqual(2000);
  });

  it("treats 429s in two chats at once as bot-wide: every chat waits", async () => {
    await start();
    const third = t.fake.state.addGroup("Cantine de la Croix-Rousse");
    t.fake.failNext({ method: "sendMessage" }, tooManyRequests(2), 2);
    await failure(t.adapter.post!(t.group, menu("1"), key));
    await failure(t.adapter.post!(t.otherGroup, menu("2"), key));
    const limitedAt = t.fake.callsOf("sendMessage")[1]!.at;
    await t.adapter.post!(`telegram:${third.id}`, menu("3"), key);
    expect(t.fake.callsOf("sendMessage")[2]!.at - limitedAt).toBeGreaterThanOrEqual(2000);
  });

  it("follows a group that became a supergroup, and moves its canteen link", async () => {
    await start();
    await t.userSays(t.group, t.users[0], "/setup Belleville");
    // Migrated behind the bot's back: it learns it from the 400 answer to its next post.
    const supergroup = t.fake.state.migrate(t.groupChat.id, t.people.mona);
    const id = await t.adapter.post!(t.group, menu("Dahl"), key);
    expect(t.fake.messages(supergroup)).toEqual(["Menu de mardi\nDahl"]);
    await t.adapter.edit!(t.group, id, menu("Dahl (9 couverts)"));
    expect(t.fake.messages(supergroup)).toEqual(["Menu de mardi\nDahl (9 couverts)"]);
    expect((await world.store.findChat(`telegram:${supergroup}`))?.canteen.name).toBe("Belleville");
  });

  it("calls the ledger's fence once, right before sending, and sends nothing when it refuses", async () => {
    await start();
    const lost = new Error("lease lost");
    const refused = await t.adapter.post!(t.group, menu("x"), { deliveryKey: "k1", beforeSend: () => Promise.reject(lost) }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBe(lost);
    expect(t.fake.callsOf("sendMessage")).toEqual([]);
    // Across a supergroup migration the retried request is the same send: one fence call.
    const supergroup = t.fake.state.migrate(t.groupChat.id, t.people.mona);
    let fenced = 0;
    await t.adapter.post!(t.group, menu("Dahl"), { deliveryKey: "k2", beforeSend: async () => void fenced++ });
    expect(fenced).toBe(1);
    expect(t.fake.messages(supergroup)).toHaveLength(1);
  });

  it("cuts a post too long for one Telegram message at a line, marked with …", async () => {
    await start();
    const long = message().title("Liste");
    for (let i = 0; i < 400; i++) long.item(`Plat numéro ${i} <avec> & sauce`);
    await t.adapter.post!(t.group, long.build(), key);
    const [text] = t.messages(t.group);
    expect(text!.length).toBeLessThanOrEqual(4096);
    expect(text!.endsWith("\n…")).toBe(true);
    expect(text).toContain("• Plat numéro 0 <avec> & sauce");
  });

  it("leaves out a button whose command cannot fit in 64 bytes of callback_data, and says so", async () => {
    await start();
    const m: Message = {
      ...menu("x"),
      buttons: [
        [
          { label: "ok", command: "/slots" },
          { label: "long", command: `/signup "${"J".repeat(70)}" mardi` },
        ],
      ],
    };
    await t.adapter.post!(t.group, m, key);
    const sent = t.fake.state.botMessages(t.groupChat.id)[0]!;
    expect(sent.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["ok"]);
    expect(world.log.lines.some((l) => l.msg === "telegram button dropped")).toBe(true);
  });

  it("fans a post out to 45 groups at no more than 30 messages a second", async () => {
    await start();
    const groups = Array.from({ length: 45 }, (_, i) => `telegram:${t.fake.state.addGroup(`Groupe ${i}`).id}`);
    const ids = await Promise.all(groups.map((g) => t.adapter.post!(g, menu("Dahl"), key)));
    expect(new Set(ids.map((id, i) => `${groups[i]}/${id}`)).size).toBe(45);
    const times = t.fake.callsOf("sendMessage").map((c) => c.at);
    expect(times).toHaveLength(45);
    expect(maxInWindow(times, 1000 - JITTER_MS)).toBeLessThanOrEqual(30);
  });

  it("paces posts into one group to its per-chat limits (scaled down: 1 per 250 ms, 4 per 2 s)", async () => {
    const policy: RatePolicy = {
      global: [{ limit: 30, windowMs: 1000 }],
      perChat: [
        { limit: 1, windowMs: 250 },
        { limit: 4, windowMs: 2000 },
      ],
    };
    await start({ ratePolicy: policy });
    expect(t.adapter.ratePolicy).toEqual(policy);
    await Promise.all(Array.from({ length: 9 }, (_, i) => t.adapter.post!(t.group, menu(`n°${i}`), key)));
    const times = t.fake.callsOf("sendMessage").map((c) => c.at);
    expect(times).toHaveLength(9);
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250 - JITTER_MS / 2);
    expect(maxInWindow(times, 2000 - JITTER_MS)).toBeLessThanOrEqual(4);
  });

  it("declares Telegram's own limits by default", async () => {
    await start();
    expect(t.adapter.ratePolicy).toEqual({
      global: [{ limit: 30, windowMs: 1000 }],
      perChat: [
        { limit: 1, windowMs: 1000 },
        { limit: 20, windowMs: 60_000 },
      ],
    });
    expect(t.adapter.idempotentPosts).toBe(false);
  });
});
