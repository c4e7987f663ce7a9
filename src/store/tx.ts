// One atomic unit of work with retries: every store method runs through `atomic`, so on SQLite
// no statement ever runs outside a transaction (the better-sqlite3 adapter shares one connection)
// and on PostgreSQL lost races (unique violations, serialization failures) are simply replayed.
import type { Db } from "./database.ts";

/** The transaction client handed to a unit of work. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const RETRYABLE_CODES = new Set(["P2002", "P2034", "P2028"]);

/** Errors that mean "someone else won this race": the work is safe to replay. */
export function isRetryable(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  if (err.code && RETRYABLE_CODES.has(err.code)) return true;
  return /SQLITE_BUSY|database is locked|could not serialize|deadlock detected/i.test(err.message ?? "");
}

/** True for a unique-constraint violation (Prisma P2002). */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "P2002";
}

/** Attempts before a contended unit of work gives up. */
const MAX_ATTEMPTS = 40;

/** Runs `work` in a transaction, replaying it when it lost a race. */
export async function atomic<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 20_000, timeout: 20_000 });
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
      // Short randomised back-off so racing writers do not collide again in lock-step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * attempt)));
    }
  }
}
