// The adapter contract: the handful of verbs every platform implements. Capabilities some
// platforms lack are optional members; the delivery ledger uses them to fan messages out.
import type { Core } from "./core.ts";
import type { Message, Platform } from "./model.ts";

/** A limit of `limit` sends per sliding window of `windowMs` milliseconds. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** How fast a platform accepts messages: over the whole bot, and into one chat. */
export interface RatePolicy {
  global: RateWindow[];
  perChat: RateWindow[];
}

/** Why a send failed, in the terms the ledger acts on. */
export type DeliveryFailure =
  /** The platform asked us to wait (HTTP 429): retry after `retryAfterMs`, pausing that chat. */
  | "rate-limited"
  /** The bot was removed, the chat deleted or forbidden (403/404): disable the target, never retry. */
  | "gone"
  /** The person cannot be messaged privately (never started the bot, DMs closed): fall back to a group mention. */
  | "unreachable"
  /** Network error, timeout or 5xx: retry later with back-off. */
  | "transient"
  /** The platform rejected the message itself (400): retrying cannot help. */
  | "rejected";

/** A failed platform call, classified. Adapters throw it from post/edit/dm. */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** Options of an outgoing post. */
export interface PostOptions {
  /**
   * Stable key of this delivery (the ledger row). Platforms that can deduplicate a retried
   * request use it (Discord's nonce); the others ignore it.
   */
  deliveryKey: string;
  /**
   * The ledger's fence: adapters pass it to `pacer.acquire(chat, beforeSend)`, which runs it
   * after pacing, right before the platform call that creates the message. If it throws, the
   * adapter must not send, and must rethrow.
   */
  beforeSend?: () => Promise<void>;
}

/** A chat platform plugged into the core. */
export interface Adapter {
  readonly platform: Platform;
  /** Connects and starts feeding events to the core. Resolves once it is listening. */
  start(core: Core): Promise<void>;
  /** Stops listening and lets in-flight work finish. */
  stop(): Promise<void>;
  /** Resolves when the adapter has nothing more to do on its own (the console at end of input). */
  readonly finished?: Promise<void>;

  /** Posts a message to a chat the bot is in (`telegram:-1001`); returns the platform message id. */
  post?(chat: string, message: Message, options: PostOptions): Promise<string>;
  /** Replaces a message the bot posted earlier (live headcount, edited menu). */
  edit?(chat: string, messageId: string, message: Message): Promise<void>;
  /**
   * Sends a private message to a person (`discord:1234`); returns `{ chat, messageId }`.
   * Throws DeliveryError "unreachable" when the platform does not allow it.
   */
  dm?(person: string, message: Message, options: PostOptions): Promise<{ chat: string; messageId: string }>;
  /** The platform's limits; the ledger paces posts and edits to them. */
  readonly ratePolicy?: RatePolicy;
  /**
   * True when `post` with the same deliveryKey can never create a second message (Discord's
   * enforce_nonce), so a send interrupted by a crash may safely be sent again.
   */
  readonly idempotentPosts?: boolean;
}
