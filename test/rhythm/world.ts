// A canteen's week on a fake clock: the real core, scheduler and ledger on a real database,
// with recording platforms. `runUntil` walks the clock forward tick by tick like node-cron would.
import { Scheduler, type SchedulerTuning } from "../../src/schedule/scheduler.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

/** Everything a rhythm test drives and observes. */
export interface World extends Harness {
  scheduler: Scheduler;
  platforms: { console: RecordingAdapter; telegram: RecordingAdapter; slack: RecordingAdapter };
  /**
   * Moves the clock to `iso`, running the scheduler and the ledger at every instant something is
   * due (a job's time, a lease's end, a delivery's retry or edit) and at least every `stepMin`.
   */
  runUntil(iso: string, stepMin?: number): Promise<void>;
  /** Every message any platform received, in arrival order (groups and private). */
  all(): { platform: string; chat: string; text: string; at: number; key: string; edits: { text: string }[] }[];
}

/** The next instant after `now` when the scheduler or the ledger has something to do. */
export async function nextEvent(h: Harness, now: number): Promise<number> {
  const after = new Date(now);
  const p = h.db.prisma;
  const [job, lease, send, edit] = await Promise.all([
    p.job.findFirst({ where: { status: "pending", runAt: { gt: after } }, orderBy: { runAt: "asc" }, select: { runAt: true } }),
    p.job.findFirst({
      where: { status: "running", lockedUntil: { gte: after } },
      orderBy: { lockedUntil: "asc" },
      select: { lockedUntil: true },
    }),
    p.delivery.findFirst({
      where: { status: "pending", notBefore: { gt: after } },
      orderBy: { notBefore: "asc" },
      select: { notBefore: true },
    }),
    p.delivery.findFirst({
      where: { status: "sent", editAfter: { gt: after } },
      orderBy: { editAfter: "asc" },
      select: { editAfter: true },
    }),
  ]);
  const times = [job?.runAt, lease?.lockedUntil && new Date(lease.lockedUntil.getTime() + 1), send?.notBefore, edit?.editAfter]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getTime());
  return times.length > 0 ? Math.min(...times) : Infinity;
}

/** Builds a world whose clock starts at `start`; telegram people listed in `unreachable` never started the bot. */
export async function createWorld(
  start: string,
  opts: { unreachable?: string[]; scheduler?: Partial<SchedulerTuning> } = {},
): Promise<World> {
  const h = await createHarness(start, { ledger: { editCoalesceMs: 3_000 } });
  const now = () => h.clock.now().getTime();
  const unreachable = new Set(opts.unreachable ?? []);
  const platforms = {
    console: new RecordingAdapter("console", undefined, false, new Set(), now),
    telegram: new RecordingAdapter("telegram", undefined, false, unreachable, now),
    slack: new RecordingAdapter("slack", undefined, false, new Set(), now),
  };
  for (const p of Object.values(platforms)) h.ledger.attach(p);
  const scheduler = new Scheduler(h.db, h.store, () => h.core.rhythm, h.clock, h.log, opts.scheduler);
  const step = async () => {
    await scheduler.tick();
    await h.ledger.drain();
  };
  return {
    ...h,
    scheduler,
    platforms,
    async runUntil(iso, stepMin = 24 * 60) {
      const end = new Date(iso).getTime();
      await step();
      while (h.clock.now().getTime() < end) {
        const now = h.clock.now().getTime();
        const next = Math.min(end, now + stepMin * 60_000, await nextEvent(h, now));
        h.clock.set(new Date(Math.max(next, now + 1)));
        await step();
      }
    },
    all() {
      return Object.entries(platforms)
        .flatMap(([platform, a]) => [...a.messages, ...a.dms].map((m) => ({ platform, ...m })))
        .sort((a, b) => a.at - b.at);
    },
    async close() {
      await scheduler.stop();
      await h.close();
    },
  };
}
