// Survey answers wait here, in memory, and reach the database only in shuffled batches of at least
// SURVEY_BATCH answers of one question of one service, markers and counts together: no row id,
// transaction id, commit or write order can tie a person's marker to their answer more closely
// than to a batch of five. What this costs on a crash or a restart is written in README
// ("Privacy"): answers still waiting are lost, and their people may answer again.
import { randomInt } from "node:crypto";
import type { SurveyAnswer, SurveyQuestion } from "../impact/figures.ts";
import type { CoreDeps } from "../../kernel/context.ts";
import type { Logger } from "../../kernel/ports.ts";
import type { PendingAnswer, SurveyStore } from "./ports.ts";

/** The smallest batch of answers ever written: the anonymity set of an answer. */
export const SURVEY_BATCH = 5;

/** The answers of one question of one service that wait to be counted. */
interface Pool {
  canteenId: number;
  date: string;
  question: SurveyQuestion;
  /** When the survey stops taking answers: the pool is then counted whole. */
  closesAt: Date;
  entries: PendingAnswer[];
  /** A batch of this pool was written already (by this process): later batches must hold SURVEY_BATCH. */
  flushedBefore: boolean;
  /** A write of this pool is under way. */
  busy: boolean;
}

/** A source of random indices, so tests can replay a shuffle; crypto's by default. */
export type RandomIndex = (n: number) => number;

/** In-memory pools of waiting survey answers, one per (service, question). */
export class SurveyPool {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly store: SurveyStore,
    private readonly log: Logger,
    private readonly pick: RandomIndex = (n) => randomInt(n),
  ) {}

  /**
   * Takes a person's answer once: "already" when it is counted or waiting. When the pool reaches
   * twice SURVEY_BATCH, a random SURVEY_BATCH of it is written; the rest keeps waiting.
   */
  async offer(
    canteenId: number,
    date: string,
    question: SurveyQuestion,
    personId: number,
    answer: SurveyAnswer,
    closesAt: Date,
  ): Promise<"counted" | "already"> {
    const key = `${canteenId}:${date}:${question}`;
    if (this.waiting(key, personId)) return "already";
    if (await this.store.surveyAnswered(canteenId, date, personId, question)) return "already";
    // Checked again: another press of the same person may have been taken while we read.
    if (this.waiting(key, personId)) return "already";
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { canteenId, date, question, closesAt, entries: [], flushedBefore: false, busy: false };
      this.pools.set(key, pool);
    }
    pool.entries.push({ personId, answer });
    while (pool.entries.length >= 2 * SURVEY_BATCH && !pool.busy) if (!(await this.write(pool, SURVEY_BATCH))) break;
    return "counted";
  }

  /** Counts, whole, every pool whose survey closed by `now` (the scheduler's tick calls it). */
  async sweep(now: Date): Promise<void> {
    for (const pool of [...this.pools.values()]) {
      if (pool.closesAt.getTime() > now.getTime() || pool.busy) continue;
      await this.closeOut(pool);
    }
  }

  /**
   * A stop (SIGTERM): pools of at least SURVEY_BATCH are counted whole; smaller ones are dropped,
   * since writing them would tie fewer than SURVEY_BATCH people to their answers. Returns how
   * many answers were dropped (for the log; README says it).
   */
  async stop(): Promise<number> {
    let dropped = 0;
    for (const pool of [...this.pools.values()]) {
      if (pool.busy) continue;
      if (pool.entries.length >= SURVEY_BATCH) await this.write(pool, pool.entries.length).catch(() => undefined);
      dropped += pool.entries.length;
      this.pools.delete(this.keyOf(pool));
    }
    if (dropped > 0) this.log.info({ dropped }, "survey answers still waiting were dropped at stop");
    return dropped;
  }

  /** `/lier`: the answers waiting for `from` now wait for `to` (one per question: `to`'s wins). */
  personMerged(from: number, to: number): void {
    for (const pool of this.pools.values()) {
      const hasTo = pool.entries.some((e) => e.personId === to);
      pool.entries = pool.entries.flatMap((e) => (e.personId !== from ? [e] : hasTo ? [] : [{ ...e, personId: to }]));
    }
  }

  /** `/oublier moi`: a person's answers still waiting are dropped, uncounted. */
  personForgotten(personId: number): void {
    for (const pool of this.pools.values()) pool.entries = pool.entries.filter((e) => e.personId !== personId);
  }

  /** How many answers of a canteen's surveys wait to be counted (never per person nor per answer). */
  waitingFor(canteenId: number): number {
    let n = 0;
    for (const p of this.pools.values()) if (p.canteenId === canteenId) n += p.entries.length;
    return n;
  }

  /** How many answers wait, in all (for tests and the log; never per person). */
  get waitingCount(): number {
    let n = 0;
    for (const p of this.pools.values()) n += p.entries.length;
    return n;
  }

  private keyOf(p: Pool): string {
    return `${p.canteenId}:${p.date}:${p.question}`;
  }

  private waiting(key: string, personId: number): boolean {
    return this.pools.get(key)?.entries.some((e) => e.personId === personId) ?? false;
  }

  /** The survey closed: everything left is one batch, unless it would be a small batch after others. */
  private async closeOut(pool: Pool): Promise<void> {
    const counted = pool.flushedBefore || (await this.store.surveyCounts(pool.canteenId, pool.date))[pool.question] !== undefined;
    if (pool.entries.length >= SURVEY_BATCH || !counted) {
      await this.write(pool, pool.entries.length);
      // A failed write left them waiting: the next sweep tries again.
      if (pool.entries.length > 0) return;
    } else if (pool.entries.length > 0)
      this.log.info({ dropped: pool.entries.length }, "too few survey answers left after earlier batches: dropped");
    this.pools.delete(this.keyOf(pool));
  }

  /** Writes `size` answers drawn at random from the pool; on failure they go back to wait (false). */
  private async write(pool: Pool, size: number): Promise<boolean> {
    if (pool.busy || size === 0) return false;
    pool.busy = true;
    const batch: PendingAnswer[] = [];
    for (let i = 0; i < size && pool.entries.length > 0; i++) batch.push(pool.entries.splice(this.pick(pool.entries.length), 1)[0]!);
    try {
      await this.store.countSurveyBatch(pool.canteenId, pool.date, pool.question, batch);
      pool.flushedBefore = true;
      return true;
    } catch (e) {
      pool.entries.push(...batch);
      this.log.warn(
        { err: e, canteenId: pool.canteenId, date: pool.date },
        "a survey batch could not be written: it waits for the next one",
      );
      return false;
    } finally {
      pool.busy = false;
    }
  }
}

/** The survey's name in the feature list: its pool runs under it. */
export const SURVEY_FEATURE = "survey";

/** The running core's survey pool (the survey feature's long-lived part). */
export function poolOf(deps: Pick<CoreDeps, "running">): SurveyPool {
  const pool = deps.running.get(SURVEY_FEATURE);
  if (!(pool instanceof SurveyPool)) throw new Error("the core runs without the survey feature's pool");
  return pool;
}
