// An in-memory platform for ledger and scheduler tests: it records what arrives, when, and
// can fail on demand like a real platform (429, bot removed, 5xx, DMs closed, a crash mid-call).
// It paces itself with the real Pacer, like every adapter must.
import { DeliveryError, type Adapter, type Capabilities, type PostOptions, type RatePolicy } from "../../src/kernel/adapter.ts";
import { PLATFORM_CAPABILITIES } from "../../adapters/capabilities.ts";
import { plainText, type Message, type Platform } from "../../src/kernel/model.ts";
import { Pacer } from "../../src/delivery/pacer.ts";

/** One message as the platform holds it. */
export interface Received {
  id: string;
  chat: string;
  text: string;
  at: number;
  edits: { text: string; at: number }[];
  key: string;
  /** The message as sent, buttons included. */
  message: Message;
}

/** "crash": this call is on the wire when the process dies; every later call never starts. */
/** "ambiguous": the call reached the platform (the message is there) but its answer was lost. */
type Failure = "rate-limited" | "gone" | "transient" | "unreachable" | "crash" | "ambiguous";

/** A fake platform behind the Adapter interface. */
export class RecordingAdapter implements Adapter {
  readonly messages: Received[] = [];
  readonly dms: Received[] = [];
  readonly pacer: Pacer;
  private failures: { match: (chat: string) => boolean; failure: Failure; retryAfterMs?: number; times: number }[] = [];
  private next = 1;
  /** Calls that never answer (a crash mid-call); resolved by nobody. */
  readonly hanging: string[] = [];
  /** How long the platform deduplicates a repeated key (idempotent platforms); unset: forever. */
  idempotencyWindowMs: number | undefined;
  /** What the platform it stands for can do (its real adapter's declaration). */
  readonly capabilities: Capabilities;

  constructor(
    readonly platform: Platform,
    readonly ratePolicy: RatePolicy = { global: [{ limit: 10_000, windowMs: 1000 }], perChat: [{ limit: 10_000, windowMs: 1000 }] },
    readonly idempotentPosts = false,
    /** People who never opened a private chat with the bot. */
    readonly unreachable = new Set<string>(),
    /** Time stamped on arrivals (a test's clock; real time by default). */
    private readonly now: () => number = Date.now,
  ) {
    this.pacer = new Pacer(ratePolicy);
    this.capabilities = PLATFORM_CAPABILITIES[platform];
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** Makes the next `times` calls to matching chats fail. */
  fail(match: string | ((chat: string) => boolean), failure: Failure, opts: { retryAfterMs?: number; times?: number } = {}): void {
    const fn = typeof match === "string" ? (c: string) => c === match : match;
    this.failures.push({ match: fn, failure, retryAfterMs: opts.retryAfterMs, times: opts.times ?? 1 });
  }

  private crashed = false;

  /** Fails the call when a planned failure matches; "ambiguous" lets `arrived` happen first (the platform acted). */
  private async gate(chat: string, options?: PostOptions, arrived?: () => void): Promise<void> {
    // A dead process runs nothing more: not even the ledger's fence of calls already queued.
    const dead = () => new Promise<void>(() => undefined);
    if (this.crashed) return dead();
    await this.pacer.acquire(chat, async () => {
      if (this.crashed) return dead();
      await options?.beforeSend?.();
    });
    const f = this.failures.find((x) => x.times > 0 && x.match(chat));
    if (!f) return;
    f.times--;
    if (f.failure === "crash") {
      this.crashed = true;
      this.hanging.push(chat);
      return new Promise(() => undefined);
    }
    if (f.failure === "ambiguous") arrived?.();
    if (f.failure === "rate-limited") this.pacer.pause(chat, Date.now() + (f.retryAfterMs ?? 1000));
    throw new DeliveryError(f.failure, `injected ${f.failure}`, f.retryAfterMs);
  }

  async post(chat: string, message: Message, options: PostOptions): Promise<string> {
    // An idempotent platform returns the message it already has for this key.
    const known = () => (this.idempotentPosts ? this.messages.find((m) => m.key === options.deliveryKey && m.chat === chat) : undefined);
    const create = () => {
      const id = String(this.next++);
      this.messages.push({ id, chat, text: plainText(message), at: this.now(), edits: [], key: options.deliveryKey, message });
      return id;
    };
    await this.gate(chat, options, () => known() ?? create());
    return known()?.id ?? create();
  }

  async edit(chat: string, messageId: string, message: Message): Promise<void> {
    await this.gate(chat);
    const m = this.messages.find((x) => x.id === messageId && x.chat === chat) ?? this.dms.find((x) => x.id === messageId);
    if (!m) throw new DeliveryError("rejected", "message not found");
    m.edits.push({ text: plainText(message), at: this.now() });
    m.text = plainText(message);
  }

  async dm(person: string, message: Message, options: PostOptions): Promise<{ chat: string; messageId: string }> {
    if (this.unreachable.has(person)) throw new DeliveryError("unreachable", "user never started the bot");
    await this.gate(person, options);
    const id = String(this.next++);
    this.dms.push({ id, chat: person, text: plainText(message), at: this.now(), edits: [], key: options.deliveryKey, message });
    return { chat: person, messageId: id };
  }

  /** Messages that arrived in one chat. */
  in(chat: string): Received[] {
    return this.messages.filter((m) => m.chat === chat);
  }
}

/** The largest number of timestamps within any window of `windowMs`. */
export function maxInWindow(times: number[], windowMs: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
