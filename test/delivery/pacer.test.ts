import { describe, expect, it } from "vitest";
import type { RatePolicy } from "../../src/kernel/adapter.ts";
import { marginFor, Pacer } from "../../src/delivery/pacer.ts";
import { maxInWindow } from "../helpers/recording-adapter.ts";
import { VirtualTime } from "../helpers/virtual-time.ts";

const TELEGRAM: RatePolicy = {
  global: [{ limit: 30, windowMs: 1000 }],
  perChat: [
    { limit: 1, windowMs: 1000 },
    { limit: 20, windowMs: 60_000 },
  ],
};

describe("pacing to a platform's limits", () => {
  it("1,000 chats at once never exceed 30 per second, and take about the bound to go out", async () => {
    const v = new VirtualTime();
    const pacer = new Pacer(TELEGRAM, v.clock, v.sleep);
    const sent: number[] = [];
    await v.run(
      Promise.all(
        Array.from({ length: 1000 }, async (_, i) => {
          await pacer.acquire(`chat${i}`);
          sent.push(v.clock());
        }),
      ),
    );
    expect(maxInWindow(sent, 1000)).toBeLessThanOrEqual(30);
    const bound = (1000 / 30) * 1000;
    expect(Math.max(...sent)).toBeLessThanOrEqual(bound * 1.05);
  });

  it("45 messages into one group respect 1 per second and 20 per minute", async () => {
    const v = new VirtualTime();
    const pacer = new Pacer(TELEGRAM, v.clock, v.sleep);
    const sent: number[] = [];
    await v.run(
      (async () => {
        for (let i = 0; i < 45; i++) {
          await pacer.acquire("group");
          sent.push(v.clock());
        }
      })(),
    );
    expect(maxInWindow(sent, 1000)).toBe(1);
    expect(maxInWindow(sent, 60_000)).toBe(20);
    // The 21st waits for the first minute to pass (plus a small safety margin), not longer.
    expect(sent[20]! - sent[0]!).toBe(60_000 + marginFor({ limit: 20, windowMs: 60_000 }));
  });

  it("concurrent sends to one chat queue up instead of sharing a slot", async () => {
    const v = new VirtualTime();
    const pacer = new Pacer({ global: [{ limit: 100, windowMs: 1000 }], perChat: [{ limit: 1, windowMs: 1000 }] }, v.clock, v.sleep);
    const sent: number[] = [];
    await v.run(
      Promise.all(
        Array.from({ length: 5 }, async () => {
          await pacer.acquire("c");
          sent.push(v.clock());
        }),
      ),
    );
    expect(maxInWindow(sent, 1000)).toBe(1);
  });

  it("a 429 pauses that chat for at least the time asked, while other chats go on", async () => {
    const v = new VirtualTime();
    const pacer = new Pacer(TELEGRAM, v.clock, v.sleep);
    pacer.pause("slow", 30_000);
    let other = -1;
    let slow = -1;
    await v.run(Promise.all([pacer.acquire("slow").then(() => (slow = v.clock())), pacer.acquire("fast").then(() => (other = v.clock()))]));
    expect(slow).toBeGreaterThanOrEqual(30_000);
    expect(other).toBeLessThan(30_000);
  });

  it("counting from answers, a call answered late holds its window until a second after its answer", async () => {
    const v = new VirtualTime();
    const pacer = new Pacer({ global: [{ limit: 2, windowMs: 1000 }], perChat: [] }, v.clock, v.sleep, { answerWaitMs: 1000 });
    const sent: number[] = [];
    await v.run(
      (async () => {
        const first = await pacer.acquire("a");
        sent.push(v.clock());
        (await pacer.acquire("b"))();
        sent.push(v.clock());
        await v.sleep(400); // the first request is slow to be answered
        first();
        (await pacer.acquire("c"))();
        sent.push(v.clock());
      })(),
    );
    // The third call waits for a second after the first one's answer (plus the margin), not its start.
    expect(sent[2]! - sent[0]!).toBeGreaterThanOrEqual(1400);
  });

  it("counting from answers, an unanswered call holds the window for at most answerWaitMs", async () => {
    const v = new VirtualTime();
    const pacer = new Pacer({ global: [{ limit: 1, windowMs: 1000 }], perChat: [] }, v.clock, v.sleep, { answerWaitMs: 50 });
    let second = -1;
    await v.run(
      (async () => {
        await pacer.acquire("a"); // never answered
        (await pacer.acquire("b"))();
        second = v.clock();
      })(),
    );
    expect(second).toBe(50 + 1000 + marginFor({ limit: 1, windowMs: 1000 }));
  });
});
