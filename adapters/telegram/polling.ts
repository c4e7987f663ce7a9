// Long polling with getUpdates. An update is confirmed (the next request's offset) only once
// its batch is handled, so a crash makes Telegram offer it again and the core's delivery ids
// keep it from being handled twice; one the core could not handle (database unavailable) is not
// confirmed, and comes again after a pause. Errors back off and retry; they never end the loop, except
// a revoked token or a webhook set by someone else (reported as fatal). stop() is prompt.
import { TelegramError, type Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../src/kernel/ports.ts";
import { describeError, judgeStartError, timeoutSignal } from "./transport.ts";

/** What the polling loop needs. */
export interface PollingOptions {
  telegram: Telegram;
  allowedUpdates: string[];
  log: Logger;
  /**
   * Handles a batch; resolves once every update in it is handled (it must not throw), with the
   * ids of updates that could not be handled for now (the database was unavailable).
   */
  handle(updates: Update[]): Promise<number[] | void>;
  /** The loop cannot go on. */
  fatal(error: Error): void;
  /** Long-poll timeout asked of Telegram, in seconds. */
  timeoutSeconds?: number;
}

/** A running getUpdates loop. */
export class Polling {
  private readonly abort = new AbortController();
  private offset = 0;
  private confirmed = 0;
  private loop: Promise<void> | undefined;

  constructor(private readonly opts: PollingOptions) {}

  /** Starts polling in the background. */
  start(): void {
    this.loop ??= this.run();
  }

  /** Ends the current long poll at once, waits for the batch in hand, and confirms it. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { telegram, log } = this.opts;
    const timeout = this.opts.timeoutSeconds ?? 50;
    let failures = 0;
    let unhandled = 0;
    while (!this.abort.signal.aborted) {
      let updates: Update[];
      try {
        updates = await telegram.callApi(
          "getUpdates",
          { offset: this.offset, timeout, allowed_updates: this.opts.allowedUpdates as never },
          timeoutSignal((timeout + 15) * 1000, this.abort.signal),
        );
        failures = 0;
        this.confirmed = this.offset;
      } catch (e) {
        if (this.abort.signal.aborted) break;
        if (this.unrecoverable(e)) return;
        failures++;
        const retryAfter = e instanceof TelegramError && e.code === 429 ? (e.parameters?.retry_after ?? 5) * 1000 : 0;
        const wait = Math.max(retryAfter, Math.min(30_000, 250 * 2 ** Math.min(failures, 7)));
        log.warn({ error: describeError(e), retryInMs: wait }, "telegram getUpdates failed; retrying");
        await this.sleep(wait);
        continue;
      }
      if (updates.length === 0) continue;
      const again = (await this.opts.handle(updates)) ?? [];
      if (again.length === 0) {
        this.offset = Math.max(this.offset, ...updates.map((u) => u.update_id + 1));
        unhandled = 0;
        continue;
      }
      // Not confirmed: the first update not handled comes again after a pause, with those after
      // it (already handled: their delivery ids make them no-ops).
      this.offset = Math.min(...again);
      unhandled++;
      const wait = Math.min(30_000, 1_000 * 2 ** Math.min(unhandled - 1, 5));
      log.warn(
        { updates: again.length, retryInMs: wait },
        "telegram updates not handled (database unavailable); they will be offered again",
      );
      await this.sleep(wait);
    }
    await this.confirm();
  }

  /** 401 (token revoked) and 409 because of a webhook cannot be fixed by waiting. */
  private unrecoverable(e: unknown): boolean {
    if (!(e instanceof TelegramError)) return false;
    const webhookConflict = e.code === 409 && /webhook/i.test(e.description ?? "");
    if (e.code !== 401 && !webhookConflict) return false;
    // A revoked token gets the operator's line naming TELEGRAM_BOT_TOKEN (exit code 2).
    const verdict = e.code === 401 ? judgeStartError(e) : undefined;
    this.opts.fatal(verdict?.kind === "final" ? verdict.error : new Error(`Telegram long polling stopped: ${e.code} ${e.description}`));
    return true;
  }

  /** Tells Telegram the last batch was handled, so a restart does not get it again. */
  private async confirm(): Promise<void> {
    if (this.offset <= this.confirmed) return;
    try {
      await this.opts.telegram.callApi("getUpdates", { offset: this.offset, limit: 1, timeout: 0 }, timeoutSignal(5_000));
    } catch (e) {
      this.opts.log.warn({ error: describeError(e) }, "telegram: could not confirm the last updates; they will come again (handled once)");
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.abort.signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.abort.signal.addEventListener("abort", done, { once: true });
    });
  }
}
