import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { message } from "../../src/kernel/model.ts";
import type { OutgoingItem } from "../../src/kernel/ports.ts";
import { Ledger } from "../../src/delivery/ledger.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { maxInWindow, RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
});
afterEach(() => h.close());

const notice = (chat: string, i = 0): OutgoingItem => ({
  key: `test:${chat}:${i}`,
  canteenId: null,
  kind: "notice",
  subject: { date: "2026-11-24" },
  target: { kind: "chat", address: chat },
  payload: message().text(`hello ${chat}`).build(),
});
const groups = (n: number, platform = "telegram") => Array.from({ length: n }, (_, i) => `${platform}:-${1000 + i}`);

/** A second ledger on the same database: another process, or this one after a restart. */
function anotherLedger(tuning = {}): Ledger {
  return new Ledger(h.db, h.store, h.clock, h.log, (d) => h.core.compose(d.canteenId, d.kind, d.subject), tuning);
}

describe("the delivery ledger", () => {
  it("delivers each queued message once, even when it is queued twice", async () => {
    const tg = new RecordingAdapter("telegram");
    h.ledger.attach(tg);
    await h.ledger.enqueue(groups(5).map((g) => notice(g)));
    await h.ledger.enqueue(groups(5).map((g) => notice(g)));
    await h.ledger.drain();
    expect(tg.messages.map((m) => m.chat).sort()).toEqual(groups(5).sort());
  });

  it("a fan-out to 1,000 groups never exceeds the platform's limits and arrives in about the time they allow", async () => {
    // Telegram's limits scaled up 10× together so the run stays short: the ratio is what counts.
    const tg = new RecordingAdapter("telegram", {
      global: [{ limit: 300, windowMs: 1000 }],
      perChat: [
        { limit: 1, windowMs: 1000 },
        { limit: 20, windowMs: 60_000 },
      ],
    });
    h.ledger.attach(tg);
    await h.ledger.enqueue(groups(1000).map((g) => notice(g)));
    const started = Date.now();
    await h.ledger.drain();
    const times = tg.messages.map((m) => m.at);
    expect(tg.messages).toHaveLength(1000);
    expect(new Set(tg.messages.map((m) => m.chat)).size).toBe(1000);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(300);
    // The bound is 1000/300 s; allow the drain's own overhead on a busy machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a crash in the middle of a fan-out: after restart every group gets it exactly once", async () => {
    const before = new RecordingAdapter("telegram");
    // The 40th call never answers: the process dies with that message on the wire.
    let calls = 0;
    before.fail(() => ++calls === 40, "crash");
    h.ledger.attach(before);
    await h.ledger.enqueue(groups(100).map((g) => notice(g)));
    await until(() => before.hanging.length === 1);
    // "kill -9": this ledger is abandoned mid-pass. A new process starts after the lease ran out.
    h.clock.set(new Date(h.clock.now().getTime() + 10 * 60_000));
    const after = new RecordingAdapter("telegram");
    const restarted = anotherLedger();
    restarted.attach(after);
    await restarted.drain();
    // The platform got the hung message (it left), so it is not sent again; nothing is lost.
    const delivered = [...before.messages.map((m) => m.chat), ...before.hanging, ...after.messages.map((m) => m.chat)];
    expect(delivered.sort()).toEqual(groups(100).sort());
    const unsure = await h.db.prisma.delivery.findMany({ where: { status: "unconfirmed" } });
    expect(unsure.map((r) => r.target)).toEqual(before.hanging);
    expect(h.log.lines.some((l) => l.level === "warn" && /interrupted mid-send/.test(l.msg ?? ""))).toBe(true);
  });

  it("on a platform that deduplicates retried posts, a send interrupted by a crash is sent again", async () => {
    const before = new RecordingAdapter("discord", undefined, true);
    before.fail("discord:-1000", "crash");
    h.ledger.attach(before);
    await h.ledger.enqueue([notice("discord:-1000")]);
    await until(() => before.hanging.length === 1);
    h.clock.set(new Date(h.clock.now().getTime() + 10 * 60_000));
    const after = new RecordingAdapter("discord", undefined, true);
    const restarted = anotherLedger();
    restarted.attach(after);
    await restarted.drain();
    expect(after.messages.map((m) => m.chat)).toEqual(["discord:-1000"]);
  });

  it("a send whose answer was lost is never sent again where the platform cannot deduplicate: it is unconfirmed", async () => {
    const tg = new RecordingAdapter("telegram");
    tg.fail("telegram:-1000", "ambiguous");
    h.ledger.attach(tg);
    await h.ledger.enqueue([notice("telegram:-1000")]);
    await h.ledger.drain();
    h.clock.set(new Date(h.clock.now().getTime() + 3_600_000));
    await h.ledger.drain();
    expect(tg.in("telegram:-1000")).toHaveLength(1);
    const row = await h.db.prisma.delivery.findFirstOrThrow();
    expect(row.status).toBe("unconfirmed");
    expect(row.attempts).toBe(1);
    expect(h.log.lines.some((l) => l.level === "warn" && /unconfirmed, not resent/.test(l.msg ?? ""))).toBe(true);
  });

  it("where the platform deduplicates, a lost answer is sent again with the same key, and the first message stands", async () => {
    const dc = new RecordingAdapter("discord", undefined, true);
    dc.idempotencyWindowMs = 180_000;
    dc.fail("discord:-1000", "ambiguous", { times: 2 });
    h.ledger.attach(dc);
    await h.ledger.enqueue([notice("discord:-1000")]);
    for (let i = 0; i < 3; i++) {
      await h.ledger.drain();
      h.clock.set(new Date(h.clock.now().getTime() + 10_000));
    }
    const row = await h.db.prisma.delivery.findFirstOrThrow();
    expect(row.status).toBe("sent");
    expect(dc.in("discord:-1000")).toHaveLength(1);
    expect(row.messageId).toBe(dc.in("discord:-1000")[0]!.id);
  });

  it("where the platform deduplicates only for a while, no resend is made past that window: unconfirmed", async () => {
    const dc = new RecordingAdapter("discord", undefined, true);
    dc.idempotencyWindowMs = 180_000;
    dc.fail("discord:-1000", "ambiguous", { times: 100 });
    h.ledger.attach(dc);
    await h.ledger.enqueue([notice("discord:-1000")]);
    const first = h.clock.now().getTime();
    const tries: number[] = [];
    for (let i = 0; i < 12; i++) {
      await h.ledger.drain();
      const row = await h.db.prisma.delivery.findFirstOrThrow();
      if (row.status !== "pending") break;
      tries.push(row.notBefore.getTime() - first);
      h.clock.set(row.notBefore);
    }
    expect((await h.db.prisma.delivery.findFirstOrThrow()).status).toBe("unconfirmed");
    expect(tries.every((t) => t < 180_000)).toBe(true);
    expect(tries).toEqual([2000, 6000, 14000, 30000, 62000, 126000]);
  });

  it("a send interrupted by a crash past the platform's deduplication window is not sent again", async () => {
    const before = new RecordingAdapter("discord", undefined, true);
    before.idempotencyWindowMs = 180_000;
    before.fail("discord:-1000", "crash");
    h.ledger.attach(before);
    await h.ledger.enqueue([notice("discord:-1000")]);
    await until(() => before.hanging.length === 1);
    h.clock.set(new Date(h.clock.now().getTime() + 10 * 60_000));
    const after = new RecordingAdapter("discord", undefined, true);
    after.idempotencyWindowMs = 180_000;
    const restarted = anotherLedger();
    restarted.attach(after);
    await restarted.drain();
    expect(after.messages).toHaveLength(0);
    expect((await h.db.prisma.delivery.findFirstOrThrow()).status).toBe("unconfirmed");
  });

  it("two instances draining one database deliver each message once", async () => {
    const a = new RecordingAdapter("slack");
    const b = new RecordingAdapter("slack");
    const other = anotherLedger();
    h.ledger.attach(a);
    other.attach(b);
    await h.ledger.enqueue(groups(200, "slack").map((g) => notice(g)));
    await Promise.all([h.ledger.drain(), other.drain(), h.ledger.drain(), other.drain()]);
    const all = [...a.messages, ...b.messages].map((m) => m.chat);
    expect(all.sort()).toEqual(groups(200, "slack").sort());
  });

  it("a 429 pauses that chat for at least retry_after, then the message goes", async () => {
    const tg = new RecordingAdapter("telegram");
    tg.fail("telegram:-1000", "rate-limited", { retryAfterMs: 5000 });
    h.ledger.attach(tg);
    await h.ledger.enqueue([notice("telegram:-1000"), notice("telegram:-1001")]);
    await h.ledger.drain();
    expect(tg.in("telegram:-1001")).toHaveLength(1);
    expect(tg.in("telegram:-1000")).toHaveLength(0);
    const row = await h.db.prisma.delivery.findFirstOrThrow({ where: { target: "telegram:-1000" } });
    expect(row.status).toBe("pending");
    expect(row.notBefore.getTime() - h.clock.now().getTime()).toBeGreaterThanOrEqual(5000);
    h.clock.set(new Date(h.clock.now().getTime() + 5000));
    await until(async () => {
      await h.ledger.drain();
      return tg.in("telegram:-1000").length === 1;
    });
  });

  it("a chat the bot was removed from is disabled and never retried", async () => {
    await h.say("Mona", "/setup Belleville", { chat: "telegram:-1000" });
    const tg = new RecordingAdapter("telegram");
    tg.fail("telegram:-1000", "gone");
    h.ledger.attach(tg);
    await h.ledger.enqueue([notice("telegram:-1000")]);
    await h.ledger.drain();
    expect((await h.db.prisma.delivery.findFirstOrThrow()).status).toBe("gone");
    expect((await h.db.prisma.group.findFirstOrThrow({ where: { address: "telegram:-1000" } })).active).toBe(false);
    h.clock.set(new Date(h.clock.now().getTime() + 3_600_000));
    await h.ledger.drain();
    expect(tg.messages).toHaveLength(0);
  });

  it("transient failures are retried with back-off, then given up after the last attempt", async () => {
    const tg = new RecordingAdapter("telegram");
    tg.fail("telegram:-1000", "transient", { times: 100 });
    h.ledger.attach(tg);
    await h.ledger.enqueue([notice("telegram:-1000")]);
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      await h.ledger.drain();
      const row = await h.db.prisma.delivery.findFirstOrThrow();
      if (row.status !== "pending") break;
      waits.push(row.notBefore.getTime() - h.clock.now().getTime());
      h.clock.set(row.notBefore);
    }
    expect(waits).toEqual([2000, 4000, 8000, 16000, 32000, 64000, 128000]);
    expect((await h.db.prisma.delivery.findFirstOrThrow()).status).toBe("failed");
  });

  it("a person who cannot be messaged privately is mentioned in their groups instead", async () => {
    const tg = new RecordingAdapter("telegram", undefined, false, new Set(["telegram:42"]));
    h.ledger.attach(tg);
    await h.ledger.enqueue([
      {
        key: "remind:x",
        canteenId: null,
        kind: "notice",
        subject: { date: "2026-11-24", personId: 1 },
        target: { kind: "person", address: "telegram:42" },
        payload: message().text("see you tomorrow").build(),
        fallback: ["telegram:-1000"],
      },
    ]);
    await h.ledger.drain();
    expect(tg.dms).toHaveLength(0);
    expect(tg.in("telegram:-1000").map((m) => m.text)).toEqual(["@\nsee you tomorrow"]);
  });
});

async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
