// Platforms misbehaving while the delivery ledger fans an announcement out through the real
// adapters: 429s with retry_after, storms of 5xx, dropped connections, a request that never gets
// an answer. Nothing may be sent twice, the platform's limits must hold in the recorded arrival
// times, and there must be no busy retry loop: every retried failure costs exactly one more
// request. On Slack and Discord nothing is lost either (Slack's history and Discord's nonce tell
// what became of an unclear send); on Telegram an unclear send is left unconfirmed, not resent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Adapter } from "../../src/kernel/adapter.ts";
import type { Canteen } from "../../src/kernel/ports.ts";
import { acceleratedClock } from "../../src/app.ts";
import { Ledger } from "../../src/delivery/ledger.ts";
import { discordHarness, type DiscordHarness } from "../fakes/discord/harness.ts";
import { failures } from "../fakes/discord/rest.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { tooManyRequests } from "../fakes/telegram/server.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { maxInWindow } from "../helpers/recording-adapter.ts";
import { until } from "./support/app-process.ts";
import { seedCanteen } from "../helpers/seed.ts";

/**
 * Arrival times lag the pacer's slots by each request's latency (and the ledger's fence, a
 * database write); limits are checked on windows this much shorter, and waits this much looser.
 */
const JITTER_MS = 60;
const SERVICE = "2026-11-24";

let world: Harness;
let ledger: Ledger | undefined;
beforeEach(async () => {
  world = await createHarness("2026-11-24T09:00:00Z"); // Tuesday 10:00 in Paris
});
afterEach(async () => {
  await ledger?.stop(1_000);
  ledger = undefined;
  await world.close();
});

/**
 * Queues Tuesday's announcement to every group of the canteen and lets a ledger deliver it
 * through `adapter`. Its clock runs 20 times faster, so back-offs (2 s, 4 s, …) pass quickly;
 * the adapters' own pacing and retry_after pauses stay in real time.
 */
async function announce(canteen: Canteen, adapter: Adapter): Promise<void> {
  ledger = new Ledger(
    world.db,
    world.store,
    acceleratedClock(world.clock.now(), 20),
    world.log,
    (d) => world.core.compose(d.canteenId, d.kind, d.subject),
    { pollMs: 50 },
  );
  ledger.attach(adapter);
  await world.core.rhythm.execute(canteen, "announce", SERVICE, world.clock.now());
  ledger.start();
  await until(
    async () => (await world.db.prisma.delivery.count({ where: { status: { in: ["pending", "claimed", "sending"] } } })) === 0,
    "the fan-out to finish",
    90_000,
    50,
  );
}

/** Every announcement row ended "sent". */
async function allSent(n: number): Promise<void> {
  const rows = await world.db.prisma.delivery.findMany({ where: { kind: "announcement" } });
  expect(rows).toHaveLength(n);
  expect(rows.filter((r) => r.status !== "sent").map((r) => `${r.target} ${r.status} ${r.error}`)).toEqual([]);
}

/** Calls into one chat, oldest first, keep at least `gapMs` between them. */
function spacedPerChat(calls: { chat: string; at: number }[], gapMs: number): string[] {
  const byChat = new Map<string, number[]>();
  for (const c of calls) byChat.set(c.chat, [...(byChat.get(c.chat) ?? []), c.at]);
  const out: string[] = [];
  for (const [chat, times] of byChat) {
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++)
      if (times[i]! - times[i - 1]! < gapMs - JITTER_MS) out.push(`${chat}: ${times[i]! - times[i - 1]!} ms apart`);
  }
  return out;
}

/** After a 429 into a chat at `at`, nothing went there for `waitMs`. */
function waited(calls: { chat: string; at: number; limited: boolean }[], waitMs: number): string[] {
  return calls
    .filter((c) => c.limited)
    .flatMap((l) => {
      const next = calls.find((c) => c.chat === l.chat && c.at > l.at);
      return next && next.at - l.at < waitMs - JITTER_MS
        ? [`${l.chat}: retried ${next.at - l.at} ms after a ${waitMs} ms retry_after`]
        : [];
    });
}

describe("Telegram answering 429s, 5xx storms, dropped connections and a timeout", () => {
  let t: TelegramHarness;
  afterEach(() => t.stop());

  it(
    "no group gets the announcement twice: what surely failed is retried within Telegram's limits, what may have been posted is unconfirmed and never resent",
    { timeout: 120_000 },
    async () => {
      t = await telegramHarness(world, { requestTimeoutMs: 2_000 });
      const chats = Array.from({ length: 40 }, (_, i) => t.fake.state.addGroup(`Cantine ${i}`));
      const canteen = await seedCanteen(
        world.store,
        "Cantine de Belleville",
        chats.map((c) => ({ address: `telegram:${c.id}`, title: c.title! })),
        {
          address: "telegram:5000001",
          name: "Mona",
        },
      );
      const send = { method: "sendMessage" };
      for (const c of chats.slice(0, 3)) t.fake.failNext({ ...send, chatId: c.id }, tooManyRequests(2));
      // This request is never answered: the adapter's own timeout (30 s; 2 s here) must end it.
      t.fake.failNext({ ...send, chatId: chats[10]!.id }, { hang: true });
      t.fake.failNext(send, { status: 502 }, 20);
      t.fake.failNext(send, { network: true }, 5);
      t.fake.failNext(send, { status: 503 }, 5);
      t.fake.failNext(send, { code: 500, description: "Internal Server Error" }, 5);
      // 429s, 503s and 500s say nothing was posted: retried. A 502 (a gateway's word), a dropped
      // connection and a timeout may have been posted: unconfirmed, not resent.
      const retried = 3 + 5 + 5;
      const unsure = 1 + 20 + 5;

      await announce(canteen, t.adapter);
      const rows = await world.db.prisma.delivery.findMany({ where: { kind: "announcement" } });
      const calls = t.fake.callsOf("sendMessage").map((c) => ({ chat: String(c.params.chat_id), at: c.at, limited: c.status === 429 }));
      const delivered = t.fake.callsOf("sendMessage").filter((c) => c.status === 200);
      expect(rows.filter((r) => r.status === "unconfirmed")).toHaveLength(unsure);
      expect(rows.filter((r) => r.status === "sent")).toHaveLength(40 - unsure);
      expect(chats.every((c) => t.fake.messages(c.id).length <= 1)).toBe(true);
      const received = chats.filter((c) => t.fake.messages(c.id).length === 1).map((c) => `telegram:${c.id}`);
      expect(received.sort()).toEqual(
        rows
          .filter((r) => r.status === "sent")
          .map((r) => r.target)
          .sort(),
      );
      expect(delivered).toHaveLength(40 - unsure);
      expect(calls).toHaveLength(40 + retried);
      expect(spacedPerChat(calls, 1_000)).toEqual([]);
      expect(
        maxInWindow(
          calls.map((c) => c.at),
          1_000 - JITTER_MS,
        ),
      ).toBeLessThanOrEqual(30);
      expect(waited(calls, 2_000)).toEqual([]);
    },
  );
});

describe("Discord answering 429s and 5xx storms", () => {
  let d: DiscordHarness;
  afterEach(() => d.stop());

  it(
    "30 channels each get the announcement once, no request over Discord's limits, one extra request per failure",
    { timeout: 120_000 },
    async () => {
      d = await discordHarness(world);
      const channels = Array.from({ length: 30 }, (_, i) => d.fake.world.addChannel(d.belleville, `cantine-${i}`));
      const canteen = await seedCanteen(
        world.store,
        "Cantine de Belleville",
        channels.map((c) => ({ address: `discord:${c.id}`, title: c.name ?? "" })),
        {
          address: `discord:${d.users[0].id}`,
          name: "Mona",
        },
      );
      const posts = /^\/channels\/\d+\/messages$/;
      for (const c of channels.slice(0, 3))
        d.fake.rest.failNext({ method: "POST", path: `/channels/${c.id}/messages` }, failures.rateLimited(1));
      d.fake.rest.failNext({ method: "POST", path: posts }, failures.serverError(), 15);
      const injected = 3 + 15;

      await announce(canteen, d.adapter);
      await allSent(30);
      const calls = d.fake.rest.callsTo("POST", posts).map((c) => ({ chat: c.path.split("/")[2]!, at: c.at, limited: c.status === 429 }));
      expect(channels.map((c) => d.fake.channelMessages(c.id).length)).toEqual(channels.map(() => 1));
      expect(calls).toHaveLength(30 + injected);
      // The fake answers 429 to anything over Discord's buckets: only the injected ones may show.
      expect(calls.filter((c) => c.limited)).toHaveLength(3);
      expect(waited(calls, 1_000)).toEqual([]);
    },
  );
});

describe("Slack answering 429s, 5xx and internal errors", () => {
  let s: SlackWorld;
  afterEach(() => s.stop());

  it("30 channels each get the announcement once, within Slack's pace, one extra request per failure", { timeout: 120_000 }, async () => {
    s = await startSlackWorld(world);
    const channels = Array.from({ length: 30 }, (_, i) => s.api.addChannel(`C0CANTINE${i}`, `cantine-${i}`).id);
    const canteen = await seedCanteen(
      world.store,
      "Cantine de Belleville",
      channels.map((c) => ({ address: `slack:${c}`, title: c })),
      {
        address: `slack:${s.users.mona.id}`,
        name: "Mona",
      },
    );
    for (const c of channels.slice(0, 3)) s.api.failNext("chat.postMessage", { kind: "rate-limited", retryAfterSeconds: 2 }, c);
    for (let i = 0; i < 10; i++) s.api.failNext("chat.postMessage", { kind: "http", status: 503 });
    for (let i = 0; i < 5; i++) s.api.failNext("chat.postMessage", { kind: "error", error: "internal_error" });
    const injected = 3 + 10 + 5;

    await announce(canteen, s.adapter);
    await allSent(30);
    const calls = s.api.callsOf("chat.postMessage").map((c) => ({ chat: String(c.args.channel), at: c.at, limited: c.result === "429" }));
    expect(channels.map((c) => s.api.messages(c).length)).toEqual(channels.map(() => 1));
    expect(calls).toHaveLength(30 + injected);
    expect(spacedPerChat(calls, 1_000)).toEqual([]);
    expect(
      maxInWindow(
        calls.map((c) => c.at),
        1_000 - JITTER_MS,
      ),
    ).toBeLessThanOrEqual(20);
    expect(waited(calls, 2_000)).toEqual([]);
  });
});

describe("a direct reply survives a short 5xx storm", () => {
  it("on Telegram: two 502s, then the confirmation arrives once", async () => {
    const t = await telegramHarness(world);
    try {
      await t.userSays(t.group, t.users[0], "/installer Belleville");
      t.fake.failNext({ method: "sendMessage", chatId: t.groupChat.id }, { status: 502 }, 2);
      await t.userSays(t.group, t.users[1], "/cuisiner mercredi");
      expect(t.messages(t.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
      expect(t.fake.callsOf("sendMessage").map((c) => c.status)).toEqual([200, 502, 502, 200]);
    } finally {
      await t.stop();
    }
  });

  it("on Discord: the interaction response answered 502 twice still lands once", async () => {
    const d = await discordHarness(world);
    try {
      await d.userSays(d.group, d.users[0], "/setup Belleville");
      d.fake.rest.failNext({ method: "POST", path: /^\/interactions\// }, failures.serverError(), 2);
      await d.userSays(d.group, d.users[1], "/cook wednesday");
      expect(d.messages(d.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
      expect(d.fake.rest.callsTo("POST", /^\/interactions\//).map((c) => c.status)).toEqual([204, 502, 502, 204]);
    } finally {
      await d.stop();
    }
  });

  it("on Slack: two 503s, then the confirmation arrives once", async () => {
    const s = await startSlackWorld(world);
    try {
      await s.says(s.channels.group, s.users.mona, "/setup Belleville");
      for (let i = 0; i < 2; i++) s.api.failNext("chat.postMessage", { kind: "http", status: 503 });
      await s.says(s.channels.group, s.users.alice, "/cook wednesday");
      expect(s.api.messages(s.channels.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
      expect(s.api.callsOf("chat.postMessage").map((c) => c.result)).toEqual(["ok", "503", "503", "ok"]);
    } finally {
      await s.stop();
    }
  });
});
