// One atomic unit of work with retries: every store method runs through `atomic`, so on SQLite
// no statement ever runs outside a transaction (the better-sqlite3 adapter shares one connection)
// and on PostgreSQL lost races (unique violations, serialization failures) are simply replayed.
import type { Db } from "./database.ts";
import { isSqliteBusy } from "./failure.ts";
import { inTransaction } from "./raw.ts";

/** The transaction client handed to a unit of work. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const RETRYABLE_CODES = new Set(["P2002", "P2034", "P2028"]);

/** Errors that mean "someone else won this race": the work is safe to replay. */
export function isRetryable(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  if (err.code && RETRYABLE_CODES.has(err.code)) return true;
  if (isUniqueViolation(e)) return true;
  return /could not serialize|deadlock detected/i.test(err.message ?? "");
}

/**
 * True for a unique-constraint violation: Prisma's P2002, or a raw statement's failure (P2010)
 * whose driver error is one.
 */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null;
  return err?.code === "P2002" || (err?.code === "P2010" && err.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation");
}

/** Attempts before a contended unit of work gives up. */
const MAX_ATTEMPTS = 40;

/**
 * How long a unit of work that found SQLite busy (another process holding the write lock, P1008)
 * is replayed before the failure is the caller's: the time a command may wait for the file.
 */
export const BUSY_RETRY_MS = 10_000;

/**
 * Runs `work` in a transaction, replaying it when it lost a race, and — within BUSY_RETRY_MS —
 * when SQLite was busy (nothing of it was written: the write lock is taken at BEGIN).
 */
export async function atomic<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => inTransaction(db, tx, work), { maxWait: 20_000, timeout: 20_000 });
    } catch (e) {
      const busy = isSqliteBusy(e);
      if (busy ? Date.now() - started >= BUSY_RETRY_MS : attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
      // Short randomised back-off so racing writers do not collide again in lock-step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(busy ? 200 : 50, 2 * attempt)));
    }
  }
}

interface Waiting<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/**
 * Group commit for a store method: calls that arrive while a batch is running wait, and the next
 * batch takes them all into one unit of work (few queries, one transaction), answering each in
 * order as if they had run one after another. An idle batcher starts at once (after the current
 * I/O callbacks), so a lone call waits for nobody. If a batch fails for a reason other than a lost
 * race, its calls are run again one by one, so only the faulty one sees the error.
 */
export class Batcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private running = false;

  constructor(
    private readonly run: (inputs: I[]) => Promise<O[]>,
    private readonly maxBatch = 128,
  ) {}

  /** Queues one call; resolves with its own result. */
  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const out = await this.run(batch.map((w) => w.input));
        batch.forEach((w, i) => w.resolve(out[i]!));
      } catch (e) {
        if (batch.length === 1) batch[0]!.reject(e);
        else for (const w of batch) await this.run([w.input]).then((out) => w.resolve(out[0]!), w.reject);
      }
    }
    this.running = false;
  }
}
