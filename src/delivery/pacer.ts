// Paces outgoing platform calls to a RatePolicy with exact sliding windows: at most `limit`
// calls start in any `windowMs` span, over the whole bot and into each chat. A call waits for
// its chat, then takes the bot-wide turn; the time recorded is when the call really starts
// (after the ledger's fence, right before the request), so windows hold for actual sends.
// A 429 pauses a chat (or everything) for the time the platform asked.
import type { RatePolicy, RateWindow } from "../core/adapter.ts";

/** Extra spacing added to every window, so transit jitter cannot make the platform count one too many. */
export function marginFor(w: RateWindow): number {
  return Math.max(5, Math.ceil(w.windowMs * 0.01));
}

class WindowLog {
  private readonly times: number[] = [];
  constructor(private readonly w: RateWindow) {}

  /** Earliest time ≥ now at which one more call fits this window. */
  nextAllowed(now: number): number {
    const { limit } = this.w;
    if (this.times.length < limit) return now;
    return Math.max(now, this.times[this.times.length - limit]! + this.w.windowMs + marginFor(this.w));
  }

  record(t: number): void {
    this.times.push(t);
    // Only the last `limit` calls can ever matter.
    if (this.times.length > this.w.limit * 2) this.times.splice(0, this.times.length - this.w.limit);
  }
}

/**
 * Even spacing inside each bot-wide window: without it a full window's worth of calls leaves at
 * one instant, reaches the platform spread over the time requests take, and the next burst lands
 * at once — the platform would count more than its limit in a second. Spacing at 75% of
 * window/limit keeps bursts short while never being the bottleneck.
 */
function smoothing(global: RateWindow[]): RateWindow[] {
  return global.map((w) => ({ limit: 1, windowMs: Math.floor((w.windowMs / w.limit) * 0.75) })).filter((w) => w.windowMs >= 5);
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
  private readonly globalTurn = new Turn();
  private readonly chats = new Map<string, { logs: WindowLog[]; pausedUntil: number; turn: Turn; used: number }>();
  private globalPausedUntil = 0;

  constructor(
    private readonly policy: RatePolicy,
    private readonly clock: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.global = [...policy.global, ...smoothing(policy.global)].map((w) => new WindowLog(w));
  }

  private chat(chat: string) {
    let c = this.chats.get(chat);
    if (!c) {
      c = { logs: this.policy.perChat.map((w) => new WindowLog(w)), pausedUntil: 0, turn: new Turn(), used: 0 };
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
   * Call right before the API request.
   */
  async acquire(chat: string, start?: () => Promise<void>): Promise<void> {
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
          const slot = Math.max(now, ...this.global.map((l) => l.nextAllowed(now)));
          if (slot > now) await this.sleep(slot - now);
          await start?.();
          now = this.clock();
          for (const l of this.global) l.record(now);
          for (const l of c.logs) l.record(now);
          return;
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
