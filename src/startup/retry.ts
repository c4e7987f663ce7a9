// Waiting out a database or platform that is not reachable yet at start-up (a container started
// before PostgreSQL, a network coming up): the first contact is retried with backoff for a window
// (TABLEE_START_RETRY_SECONDS, 60 s by default), each retry logged, then one clear StartupError.
import type { Logger } from "../kernel/ports.ts";
import { EXIT_FAILURE, redactSecrets, StartupError } from "./failure.ts";

/** What a failed first contact means. */
export type StartupVerdict =
  /** Not reachable for now (refused, DNS, timeout, 5xx): worth another try; `cause` in words. */
  | { kind: "transient"; cause: string }
  /** An answer that will not change by waiting (a refused token, a wrong password). */
  | { kind: "final"; error: StartupError };

/** How to retry one first contact. */
export interface StartupRetry {
  /** What is contacted, for the log and the final line: "the database at db:5432". */
  what: string;
  /** What to check when it never answers: "is it running? is DATABASE_URL right?". */
  hint: string;
  /** How long to keep trying, in milliseconds (0: a single attempt). */
  windowMs: number;
  log: Logger;
  /** Reads a failure; undefined means unexpected (a bug): thrown as it is. */
  judge(error: unknown): StartupVerdict | undefined;
  /** Tests replace the wait. */
  sleep?: (ms: number) => Promise<void>;
}

/** First pause between attempts; it doubles up to MAX_PAUSE_MS. */
export const FIRST_PAUSE_MS = 500;
export const MAX_PAUSE_MS = 10_000;

/** The retry window in milliseconds for a configuration (TABLEE_START_RETRY_SECONDS). */
export function startRetryWindowMs(config: { TABLEE_START_RETRY_SECONDS: number }): number {
  return config.TABLEE_START_RETRY_SECONDS * 1000;
}

/**
 * Runs `attempt` until it succeeds, retrying transient failures with doubling pauses while the
 * window lasts. A final verdict is thrown at once; a transient one after the window as a
 * StartupError (exit code 1) naming what, why and what to check.
 */
export async function retryAtStart<T>(attempt: () => Promise<T>, opts: StartupRetry): Promise<T> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = Date.now();
  const what = redactSecrets(opts.what); // a URL with credentials in it shows none in the logs
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      const verdict = opts.judge(e);
      if (!verdict) throw e;
      if (verdict.kind === "final") throw verdict.error;
      const elapsed = Date.now() - started;
      const pause = Math.min(FIRST_PAUSE_MS * 2 ** (n - 1), MAX_PAUSE_MS, opts.windowMs - elapsed);
      if (pause <= 0) {
        const tried = n > 1 ? `; tried ${n} times in ${Math.round(elapsed / 1000)} s` : "";
        throw new StartupError(`${what} is not reachable (${verdict.cause}${tried}): ${opts.hint}`, EXIT_FAILURE, { cause: e });
      }
      opts.log.warn({ what, attempt: n, cause: verdict.cause, retryInMs: pause }, "not reachable yet at start-up; retrying");
      await sleep(pause);
    }
  }
}
