// Paces outgoing platform calls to a RatePolicy with exact sliding windows: at most `limit`
// sends start in any `windowMs` span, over the whole bot and into each chat. A send waits for
// its chat first, then reserves the next global slot, so reservations stay in time order and
// no window is ever over-filled. A 429 pauses a chat (or everything) for the time asked.
import type { RatePolicy, RateWindow } from "../core/adapter.ts";

/** Extra spacing added to every window, so transit jitter cannot make the platform count one too many. */
export function marginFor(w: RateWindow): number {
  return Math.max(5, Math.ceil(w.windowMs * 0.01));
}

class WindowLog {
  private readonly times: number[] = [];
  constructor(private readonly w: RateWindow) {}

  /** Earliest time ≥ now at which one more send fits this window. */
  nextAllowed(now: number): number {
    const { limit } = this.w;
    if (this.times.length < limit) return now;
    return Math.max(now, this.times[this.times.length - limit]! + this.w.windowMs + marginFor(this.w));
  }

  record(t: number): void {
    this.times.push(t);
    // Only the last `limit` reservations can ever matter.
    if (this.times.length > this.w.limit * 2) this.times.splice(0, this.times.length - this.w.limit);
  }
}

type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A platform's pacer; one per adapter instance, shared by replies and ledger deliveries. */
export class Pacer {
  private readonly global: WindowLog[];
  private readonly chats = new Map<string, { logs: WindowLog[]; pausedUntil: number; queue: Promise<void>; used: number }>();
  private globalPausedUntil = 0;

  constructor(
    private readonly policy: RatePolicy,
    private readonly clock: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.global = policy.global.map((w) => new WindowLog(w));
  }

  private chat(chat: string) {
    let c = this.chats.get(chat);
    if (!c) {
      c = { logs: this.policy.perChat.map((w) => new WindowLog(w)), pausedUntil: 0, queue: Promise.resolve(), used: 0 };
      this.chats.set(chat, c);
    }
    c.used = this.clock();
    return c;
  }

  /** Waits until a send into `chat` is allowed, and reserves it. Call right before the API call. */
  async acquire(chat: string): Promise<void> {
    const c = this.chat(chat);
    const previous = c.queue;
    let release!: () => void;
    c.queue = new Promise<void>((r) => (release = r));
    await previous;
    try {
      for (;;) {
        const now = this.clock();
        const chatReady = Math.max(c.pausedUntil, this.globalPausedUntil, ...c.logs.map((l) => l.nextAllowed(now)));
        if (chatReady > now) {
          await this.sleep(chatReady - now);
          continue;
        }
        const slot = Math.max(now, ...this.global.map((l) => l.nextAllowed(now)));
        for (const l of this.global) l.record(slot);
        for (const l of c.logs) l.record(slot);
        if (slot > now) await this.sleep(slot - now);
        return;
      }
    } finally {
      release();
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

  /** When a chat may next receive something (for the ledger's scheduling). */
  readyAt(chat: string): number {
    const c = this.chats.get(chat);
    const now = this.clock();
    if (!c) return Math.max(now, this.globalPausedUntil);
    return Math.max(now, c.pausedUntil, this.globalPausedUntil, ...c.logs.map((l) => l.nextAllowed(now)));
  }

  /** Chats untouched for longer than every window are dropped, so memory stays flat. */
  private forgetIdleChats(): void {
    if (this.chats.size < 10_000) return;
    const horizon = Math.max(60_000, ...this.policy.perChat.map((w) => w.windowMs * 2));
    const now = this.clock();
    for (const [k, c] of this.chats) if (now - c.used > horizon && c.pausedUntil < now) this.chats.delete(k);
  }
}
