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
  /** The request surely did not create anything (connection refused, DNS, a 5xx the platform documents as not acted on): retry later with back-off. */
  | "transient"
  /**
   * The request may have reached the platform and been acted on — the answer was lost (socket
   * closed or reset after the request was written), timed out, or was a gateway error. A send is
   * retried only where the platform deduplicates (see `idempotentPosts`); elsewhere the ledger
   * marks it "unconfirmed" and never sends it again. An edit is simply retried.
   */
  | "ambiguous"
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

/**
 * What a platform can do. The kernel chooses where an answer goes (and its fallback) from these,
 * never from the platform's name.
 */
export interface Capabilities {
  /** An answer in a group that only its author sees (Slack and Discord ephemeral messages; the console, one person's terminal). */
  ephemeral: boolean;
  /** The bot may write privately to someone who never wrote to it (Telegram: not before they press Start). */
  firstPrivateMessage: boolean;
  /** A message the bot sent can be changed in place. */
  edit: boolean;
  /** A button can open a web address. */
  linkButtons: boolean;
  /** A button can open the private chat with the bot (Telegram's deep link `t.me/<bot>?start=…`). */
  privateChatButton: boolean;
  /**
   * Commands this platform reaches only through one entry command (Slack: `/tablee reglages`, its
   * slash commands being few): help writes them that way. Absent: every command is typed as itself.
   */
  entryCommand?: EntryCommand;
}

/** An entry command and the keys of the commands reached only through it. */
export interface EntryCommand {
  /** The entry command as typed, with its slash ("/tablee"). */
  name: string;
  /** Keys of the commands it alone reaches (`settings`, `network`…). */
  keys: ReadonlySet<string>;
}

/** What the kernel assumes of a platform nobody declared: public replies, nothing more. */
export const NO_CAPABILITIES: Capabilities = {
  ephemeral: false,
  firstPrivateMessage: false,
  edit: false,
  linkButtons: false,
  privateChatButton: false,
};

/** A chat platform plugged into the core. */
export interface Adapter {
  readonly platform: Platform;
  /** What this platform can do (see Capabilities). */
  readonly capabilities: Capabilities;
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
   * enforce_nonce), so an ambiguous send — its answer lost, or interrupted by a crash — may
   * safely be sent again.
   */
  readonly idempotentPosts?: boolean;
  /**
   * How long after a first attempt the platform still recognises a repeated deliveryKey
   * (Discord: "the past few minutes"). A resend later than this could post twice, so it is not
   * made: the row becomes "unconfirmed". Unset: no limit.
   */
  readonly idempotencyWindowMs?: number;
}

/** A message found on the platform for a delivery whose send was ambiguous (see Ledger.adopt). */
export interface FoundMessage {
  platform: Platform;
  /** The chat it is in. */
  chat: string;
  /** The platform's id of the message. */
  messageId: string;
  /**
   * The adapter's judgement of whether a delivery's message, as composed now, is the one it met
   * (Telegram: the pressed button is one of its buttons and its first line reads the same).
   */
  matches(candidate: Message): boolean;
}

/** What an adapter may tell the delivery ledger about messages it meets again (a button pressed on one). */
export interface DeliveryBook {
  /**
   * A press arrived on a message of the bot: if it is the one an "unconfirmed" delivery may have
   * posted, that delivery adopts it (it becomes "sent" with this id and gets its edits again).
   * Returns true when a delivery adopted it.
   */
  adopt(found: FoundMessage): Promise<boolean>;
}
