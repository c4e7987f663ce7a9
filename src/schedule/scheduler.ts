// The scheduler: node-cron ticks, persisted jobs. Each (canteen, date, kind) is one database row,
// so a job runs exactly once across restarts, several instances and DST changes: a run is
// claimed atomically (pending → running), its messages are queued idempotently in the ledger,
// and it is finished under the same claim. A job missed during downtime runs late only while
// still useful (before its deadline); otherwise it is skipped and logged.
import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import { DateTime } from "luxon";
import type { Clock, Logger, Store } from "../kernel/ports.ts";
import type { Rhythm } from "../kernel/rhythm.ts";
import type { Database } from "../store/database.ts";
import { atomic } from "../store/tx.ts";

/** Tuning knobs (tests shorten or pin them). */
export interface SchedulerTuning {
  /** Days ahead planned, so a long downtime still finds today's jobs waiting. */
  horizonDays: number;
  leaseMs: number;
  /** A job first planned this long after its time (a new canteen at 10:30) is skipped, not run late. */
  lateGraceMs: number;
  maxAttempts: number;
  /** node-cron expression of the tick (with seconds). */
  cron: string;
}

const DEFAULTS: SchedulerTuning = { horizonDays: 7, leaseMs: 120_000, lateGraceMs: 60_000, maxAttempts: 5, cron: "*/15 * * * * *" };

/** Plans the features' jobs and runs one (the core's rhythm; a function so it may be built after the scheduler). */
export type JobSource = () => Pick<Rhythm, "prepare" | "planFor" | "execute">;

/** Runs the daily rhythm's jobs. */
export class Scheduler {
  readonly instanceId = randomUUID();
  private readonly tuning: SchedulerTuning;
  private task: ScheduledTask | undefined;
  private ticking: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: Store,
    private readonly rhythm: JobSource,
    private readonly clock: Clock,
    private readonly log: Logger,
    tuning: Partial<SchedulerTuning> = {},
  ) {
    this.tuning = { ...DEFAULTS, ...tuning };
  }

  /** Starts ticking (and ticks once at once, to catch up after downtime). */
  start(): void {
    this.task ??= cron.schedule(this.tuning.cron, () => this.tick(), { noOverlap: true, name: `tablee-${this.instanceId}` });
    void this.tick();
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = undefined;
    await this.ticking;
  }

  /** Plans and runs what is due now. Never throws: errors are logged and retried next tick. */
  tick(): Promise<void> {
    this.ticking ??= (async () => {
      try {
        const now = this.clock.now();
        await this.plan(now);
        await this.runDue(now);
      } catch (e) {
        this.log.error({ err: e }, "scheduler tick failed");
      } finally {
        this.ticking = undefined;
      }
    })();
    return this.ticking;
  }

  /** Creates the jobs of the next days and follows changed settings (times, opening days). */
  async plan(now: Date): Promise<void> {
    const rhythm = this.rhythm();
    const prepared = await rhythm.prepare();
    for (const c of await this.store.allCanteens()) {
      const today = DateTime.fromJSDate(now, { zone: c.timezone }).startOf("day");
      const dates = Array.from({ length: this.tuning.horizonDays + 1 }, (_, i) => today.plus({ days: i }).toISODate()!);
      const wanted = await rhythm.planFor(c, dates, prepared);
      await atomic(this.db.prisma, async (tx) => {
        const existing = await tx.job.findMany({ where: { canteenId: c.id, date: { in: dates } } });
        const byKey = new Map(existing.map((j) => [`${j.date}/${j.kind}`, j]));
        const fresh = wanted.filter((w) => !byKey.has(`${w.date}/${w.kind}`));
        if (fresh.length > 0) {
          await tx.job.createMany({
            data: fresh.map((w) => {
              const late = now.getTime() - w.runAt.getTime() > this.tuning.lateGraceMs;
              return {
                canteenId: c.id,
                date: w.date,
                kind: w.kind,
                runAt: w.runAt,
                deadline: w.deadline,
                ...(late ? { status: "skipped", note: "planned after its time", finishedAt: now } : {}),
              };
            }),
          });
        }
        for (const j of existing.filter((e) => e.status === "pending")) {
          const w = wanted.find((x) => x.date === j.date && x.kind === j.kind);
          if (!w) {
            await tx.job.updateMany({
              where: { id: j.id, status: "pending" },
              data: { status: "skipped", note: "no service that day any more", finishedAt: now },
            });
          } else if (w.runAt.getTime() !== j.runAt.getTime() || w.deadline.getTime() !== j.deadline.getTime()) {
            await tx.job.updateMany({ where: { id: j.id, status: "pending" }, data: { runAt: w.runAt, deadline: w.deadline } });
          }
        }
      });
    }
  }

  /** Claims and runs every due job; jobs of a crashed instance are taken over when their lease ends. */
  async runDue(now: Date): Promise<number> {
    const prisma = this.db.prisma;
    const token = `${this.instanceId}:${randomUUID().slice(0, 8)}`;
    const lockedUntil = new Date(now.getTime() + this.tuning.leaseMs);
    const due = await prisma.job.findMany({
      where: {
        OR: [
          { status: "pending", runAt: { lte: now } },
          { status: "running", lockedUntil: { lt: now } },
        ],
      },
      orderBy: { runAt: "asc" },
      select: { id: true, status: true, lockedUntil: true },
    });
    let ran = 0;
    for (const d of due) {
      const claimed = await prisma.job.updateMany({
        where: { id: d.id, status: d.status, lockedUntil: d.lockedUntil },
        data: { status: "running", lockedBy: token, lockedUntil },
      });
      if (claimed.count !== 1) continue; // another instance got it
      const job = await prisma.job.findUniqueOrThrow({ where: { id: d.id } });
      ran++;
      const mine = { id: job.id, lockedBy: token, status: "running" };
      if (now > job.deadline) {
        this.log.warn(
          { canteenId: job.canteenId, date: job.date, kind: job.kind, runAt: job.runAt },
          "missed job skipped: no longer useful",
        );
        await prisma.job.updateMany({
          where: mine,
          data: { status: "skipped", note: "missed: past its deadline", finishedAt: now, lockedBy: null },
        });
        continue;
      }
      try {
        const canteen = await this.store.canteen(job.canteenId);
        const note = canteen ? await this.rhythm().execute(canteen, job.kind, job.date, now) : "canteen gone";
        await prisma.job.updateMany({ where: mine, data: { status: "done", note, finishedAt: now, lockedBy: null } });
        this.log.info({ canteenId: job.canteenId, date: job.date, kind: job.kind, note }, "job done");
      } catch (e) {
        const attempts = job.attempts + 1;
        this.log.error({ err: e, canteenId: job.canteenId, date: job.date, kind: job.kind, attempts }, "job failed");
        await prisma.job.updateMany({
          where: mine,
          data: {
            status: attempts >= this.tuning.maxAttempts ? "failed" : "pending",
            attempts,
            note: String((e as Error).message).slice(0, 300),
            lockedBy: null,
          },
        });
      }
    }
    return ran;
  }
}
