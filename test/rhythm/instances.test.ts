// Two bot instances on one database (SQLite here; PostgreSQL in the PostgreSQL run of the
// suite): every job runs once and every message is delivered once.
import { afterEach, describe, expect, it } from "vitest";
import { Ledger } from "../../src/delivery/ledger.ts";
import { Scheduler } from "../../src/schedule/scheduler.ts";
import { createWorld, nextEvent, type World } from "./world.ts";

let w: World | undefined;
afterEach(() => w?.close());

describe("two instances sharing one database", () => {
  it("run each job once and deliver each message once over three days", async () => {
    w = await createWorld("2026-11-22T20:00:00Z");
    await w.say("Mona", "/setup Belleville");
    for (let i = 0; i < 20; i++) {
      const code = /\/setup ([A-Z0-9]{8})/.exec(await w.say("Mona", "/invite"))![1];
      await w.say(`Tom${i}`, `/setup ${code}`, { chat: `telegram:-${100 + i}` });
    }
    await w.say("Alice", "/cook tuesday");
    const world = w;
    const second = new Ledger(world.db, world.store, world.clock, world.log, (d) => world.core.compose(d.canteenId, d.kind, d.subject));
    for (const p of Object.values(world.platforms)) second.attach(p);
    const otherScheduler = new Scheduler(world.db, world.store, () => world.core.rhythm, world.clock, world.log);
    const end = Date.parse("2026-11-25T18:00:00Z");
    while (world.clock.now().getTime() < end) {
      // Both instances tick at the same moments: whenever something is due, and hourly.
      const now = world.clock.now().getTime();
      world.clock.set(new Date(Math.min(end, now + 3_600_000, Math.max(now + 1, await nextEvent(world, now)))));
      await Promise.all([world.scheduler.tick(), otherScheduler.tick()]);
      await Promise.all([world.ledger.drain(), second.drain()]);
    }
    const announcements = world.platforms.telegram.messages.filter((m) => m.text.includes("— menu du"));
    // 20 Telegram groups × Monday, Tuesday, Wednesday.
    expect(announcements).toHaveLength(60);
    const keys = world.all().map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const jobs = await world.db.prisma.job.findMany({ where: { status: "done" } });
    expect(new Set(jobs.map((j) => `${j.date}/${j.kind}`)).size).toBe(jobs.length);
    await second.stop();
    await otherScheduler.stop();
  });
});
