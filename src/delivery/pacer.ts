// Paces outgoing platform calls to a RatePolicy with exact sliding windows: at most `limit`
// calls start in any `windowMs` span, over the whole bot and into each chat. A call waits for
// its chat, then takes the bot-wide turn; the time recorded is when the call really starts
// (after the ledger's fence, right before the request), or — for a pacer that counts from
// answers — when the platform answered, the latest moment the request can have arrived there.
// A 429 pauses a chat (or everything) for the time the platform asked.
import type { RatePolicy, RateWindow } from "../kernel/adapter.ts";

/** Extra spacing added to every window, so transit jitter cannot make the platform count one too many. */
export function marginFor(w: RateWindow): number {
  return Math.max(5, Math.ceil(w.windowMs * 0.01));
}

/** One call in a window: when it counts from, and whether its answer is still awaited. */
interface Entry {
  t: number;
  open: boolean;
}

/** How often a pacer waiting on an unanswered call looks again. */
const OPEN_POLL_MS = 2;

class WindowLog {
  private readonly entries: Entry[] = [];
  constructor(
    private readonly w: RateWindow,
    private readonly margin = marginFor(w),
    private readonly answerWaitMs = 0,
  ) {}

  /** Earliest time ≥ now at which one more call fits this window. */
  nextAllowed(now: number): number {
    const { limit } = this.w;
    if (this.entries.length < limit) return now;
    const e = this.entries[this.entries.length - limit]!;
    // Unanswered and not yet late: it may reach the platform any moment, so its window cannot start yet.
    if (e.open && now - e.t < this.answerWaitMs) return now + OPEN_POLL_MS;
    return Math.max(now, (e.open ? e.t + this.answerWaitMs : e.t) + this.w.windowMs + this.margin);
  }

  /** Records a call started at `t`; an `open` one counts from its answer (see PacerOptions.answerWaitMs). */
  record(t: number, open = false): Entry {
    const e = { t, open };
    this.entries.push(e);
    // Only the last `limit` calls can ever matter.
    if (this.entries.length > this.w.limit * 2) this.entries.splice(0, this.entries.length - this.w.limit);
    return e;
  }

  /** The platform answered an open call at `at`. */
  answered(e: Entry, at: number): void {
    if (!e.open) return;
    e.t = Math.min(Math.max(e.t, at), e.t + this.answerWaitMs);
    e.open = false;
  }
}

/**
 * Even spacing inside each bot-wide window: without it a full window's worth of calls leaves at
 * one instant, reaches the platform spread over the time requests take, and the next burst lands
 * at once — the platform would count more than its limit in a second. Spacing at 75% of
 * window/limit keeps bursts short while never being the bottleneck. Pacers that count windows
 * from answers (Telegram) need none: a late arrival cannot land in an earlier window there.
 */
function smoothing(global: RateWindow[]): RateWindow[] {
  return global.map((w) => ({ limit: 1, windowMs: Math.floor((w.windowMs / w.limit) * 0.75) })).filter((w) => w.windowMs >= 5);
}

/** Options of a pacer. */
export interface PacerOptions {
  /**
   * Windows count each call from when the platform answered it (the caller reports it with the
   * function `acquire` returns), or from this long after its start when the answer is slower:
   * a call held up on its way by a busy process (by up to this long) then cannot land within a
   * window of the one `limit` calls later, and a slow platform lengthens no window by more.
   */
  answerWaitMs?: number;
}

type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A FIFO lock. */
class Turn {
  private tail = Promise.resolve();
  async take(): Promise<() => void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    await previous;
    return release;
  }
}

/** A platform's pacer; one per adapter instance, shared by replies and ledger deliveries. */
export class Pacer {
  private readonly global: WindowLog[];
  private readonly spacing: WindowLog[];
  private readonly globalTurn = new Turn();
  private readonly chats = new Map<string, { logs: WindowLog[]; pausedUntil: number; turn: Turn; used: number }>();
  private globalPausedUntil = 0;

  constructor(
    private readonly policy: RatePolicy,
    private readonly clock: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
    private readonly options: PacerOptions = {},
  ) {
    this.global = policy.global.map((w) => new WindowLog(w, marginFor(w), options.answerWaitMs));
    // The spacing is about bunching, not the platform's count: no margin, counted from starts.
    // Counting from answers needs none: however calls bunch on the way, the one `limit` calls
    // later starts a window after the earlier one's answer, so after it arrived.
    this.spacing = (options.answerWaitMs ?? 0) > 0 ? [] : smoothing(policy.global).map((w) => new WindowLog(w, 0));
  }

  private chat(chat: string) {
    let c = this.chats.get(chat);
    if (!c) {
      c = {
        logs: this.policy.perChat.map((w) => new WindowLog(w, marginFor(w), this.options.answerWaitMs)),
        pausedUntil: 0,
        turn: new Turn(),
        used: 0,
      };
      this.chats.set(chat, c);
    }
    c.used = this.clock();
    return c;
  }

  private chatReady(c: { logs: WindowLog[]; pausedUntil: number }, now: number): number {
    return Math.max(c.pausedUntil, this.globalPausedUntil, ...c.logs.map((l) => l.nextAllowed(now)));
  }

  /**
   * Waits until a call into `chat` is allowed and records it. `start` (the ledger's fence, see
   * PostOptions.beforeSend) runs in that turn; if it throws, nothing is recorded and it rethrows.
   * Call right before the API request. With `answerWaitMs`, call the function it returns once
   * the platform answered (or failed); it does nothing otherwise.
   */
  async acquire(chat: string, start?: () => Promise<void>): Promise<() => void> {
    const c = this.chat(chat);
    const releaseChat = await c.turn.take();
    try {
      for (;;) {
        const ready = this.chatReady(c, this.clock());
        if (ready > this.clock()) {
          await this.sleep(ready - this.clock());
          continue;
        }
        const releaseGlobal = await this.globalTurn.take();
        try {
          let now = this.clock();
          if (this.chatReady(c, now) > now) continue; // paused while we queued
          for (;;) {
            const slot = Math.max(now, ...this.global.map((l) => l.nextAllowed(now)), ...this.spacing.map((l) => l.nextAllowed(now)));
            if (slot <= now) break;
            await this.sleep(slot - now);
            now = this.clock();
          }
          await start?.();
          now = this.clock();
          const open = (this.options.answerWaitMs ?? 0) > 0;
          for (const l of this.spacing) l.record(now);
          const logs = [...this.global, ...c.logs];
          const entries = logs.map((l) => l.record(now, open));
          if (!open) return () => undefined;
          return () => {
            const at = this.clock();
            logs.forEach((l, i) => l.answered(entries[i]!, at));
          };
        } finally {
          releaseGlobal();
        }
      }
    } finally {
      releaseChat();
      this.forgetIdleChats();
    }
  }

  /** The platform asked us to wait (429): nothing goes to `chat` before `untilMs`. */
  pause(chat: string, untilMs: number): void {
    const c = this.chat(chat);
    c.pausedUntil = Math.max(c.pausedUntil, untilMs);
  }

  /** A bot-wide 429: nothing goes anywhere before `untilMs`. */
  pauseAll(untilMs: number): void {
    this.globalPausedUntil = Math.max(this.globalPausedUntil, untilMs);
  }

  /** When a chat may next receive something. */
  readyAt(chat: string): number {
    const c = this.chats.get(chat);
    const now = this.clock();
    if (!c) return Math.max(now, this.globalPausedUntil);
    return Math.max(now, this.chatReady(c, now));
  }

  /** Chats untouched for longer than every window are dropped, so memory stays flat. */
  private forgetIdleChats(): void {
    if (this.chats.size < 10_000) return;
    const horizon = Math.max(60_000, ...this.policy.perChat.map((w) => w.windowMs * 2));
    const now = this.clock();
    for (const [k, c] of this.chats) if (now - c.used > horizon && c.pausedUntil < now) this.chats.delete(k);
  }
}
