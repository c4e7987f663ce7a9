// Talking to Discord's REST API through discord.js's REST client: paced channel posts, edits and
// DMs that fail as classified DeliveryErrors, and interaction responses (not paced, exempt from
// the global limit) that wait out short rate limits and give up on long ones.
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes, Routes, type REST } from "discord.js";
import { DeliveryError, type PostOptions } from "../../src/kernel/adapter.ts";
import { neverReached } from "../../src/delivery/ambiguity.ts";
import type { Message } from "../../src/kernel/model.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import type { Pacer } from "../../src/delivery/pacer.ts";
import { EXIT_CONFIGURATION, StartupError, unreachableCause } from "../../src/startup/failure.ts";
import type { StartupVerdict } from "../../src/startup/retry.ts";
import { chatAddress, nativeId, nonceFor } from "./ids.ts";
import { renderMessage, type MessageBody } from "./outbound.ts";

/** Longest wait before retrying a reply to a command; longer rate limits drop the reply. */
export const MAX_REPLY_WAIT_MS = 30_000;
/** Attempts at a reply to a command, the first included. */
export const REPLY_ATTEMPTS = 3;

type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Interaction tokens are credentials for 15 minutes: never let one reach a log line. */
export function redactUrl(url: string): string {
  return url.replace(/(\/(?:webhooks|interactions)\/\d+\/)[^/?]+/g, "$1[token]");
}

/** An error as a log line may show it: status, Discord code and message, route without tokens. */
export function describeError(e: unknown): Record<string, unknown> {
  if (e instanceof DiscordAPIError)
    return { name: "DiscordAPIError", status: e.status, code: e.code, message: e.message, url: redactUrl(e.url) };
  if (e instanceof HTTPError) return { name: "HTTPError", status: e.status, message: e.message, url: redactUrl(e.url) };
  if (e instanceof RateLimitError) return { name: "RateLimitError", route: e.route, global: e.global, retryAfterMs: e.retryAfter };
  if (e instanceof Error) return { name: e.name, message: redactUrl(e.message) };
  return { message: String(e) };
}

/** How long a rate limit asks us to wait, in milliseconds (never less than a second). */
function waitOf(e: RateLimitError): number {
  return Math.ceil(Math.max(e.retryAfter, e.timeToReset, 1_000));
}

/**
 * Classifies a failed call: 429 → rate-limited (with the wait), 403/404 → gone (unreachable
 * for a DM, or whenever Discord says the user cannot be messaged), 400 → rejected, a request that
 * never reached Discord (connection refused, DNS) → transient, and a 5xx, a lost answer or a
 * timeout → ambiguous (Discord may have created the message; a post's nonce makes resending safe).
 */
export function classify(e: unknown, dm = false): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof RateLimitError) {
    return new DeliveryError("rate-limited", `Discord rate limit on ${e.route}${e.global ? " (global)" : ""}`, waitOf(e));
  }
  if (e instanceof DiscordAPIError) {
    const what = `Discord ${e.status} (${e.code}): ${e.message}`;
    if (e.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser) return new DeliveryError("unreachable", what);
    if (e.status === 403 || e.status === 404) return new DeliveryError(dm ? "unreachable" : "gone", what);
    if (e.status >= 500) return new DeliveryError("ambiguous", what);
    return new DeliveryError("rejected", what);
  }
  if (e instanceof HTTPError) return new DeliveryError(e.status >= 500 ? "ambiguous" : "rejected", `Discord ${e.status}: ${e.message}`);
  const what = `Discord unreachable: ${redactUrl(e instanceof Error ? e.message : String(e))}`;
  return new DeliveryError(neverReached(e) ? "transient" : "ambiguous", what);
}

/** The line for a bot token Discord refuses (REST 401, gateway close 4004). */
export function tokenRefused(said: string, cause?: unknown): StartupError {
  return new StartupError(`Discord refused the bot token (${said}): check DISCORD_TOKEN`, EXIT_CONFIGURATION, { cause });
}

/**
 * Reads a failed call at start-up (commands sync, gateway login): a refused token or application
 * is final; 5xx and the network are waited out; anything else is unexpected.
 */
export function judgeStartError(e: unknown): StartupVerdict | undefined {
  if (e instanceof DiscordAPIError || e instanceof HTTPError) {
    const said = e.message.startsWith(String(e.status)) ? e.message : `${e.status} ${e.message}`;
    if (e.status === 401) return { kind: "final", error: tokenRefused(said, e) };
    if (e.status === 403 || e.status === 404) {
      const message = `Discord refused to register the slash commands (${said}): check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope`;
      return { kind: "final", error: new StartupError(message, EXIT_CONFIGURATION, { cause: e }) };
    }
    if (e.status >= 500) return { kind: "transient", cause: `Discord answered ${said}` };
    return undefined;
  }
  if (e instanceof Error && (e as { code?: unknown }).code === "TokenInvalid")
    return { kind: "final", error: tokenRefused("401 Unauthorized", e) };
  const cause = unreachableCause(e);
  return cause ? { kind: "transient", cause } : undefined;
}

/** A message's id in a Discord API answer. */
function idOf(answer: unknown): string {
  const id = (answer as { id?: unknown } | null)?.id;
  if (typeof id !== "string") throw new DeliveryError("transient", "Discord answered without a message id");
  return id;
}

/** An interaction as the transport needs it: where to answer. */
export interface InteractionRef {
  id: string;
  token: string;
  applicationId: string;
}

/** Discord's REST calls for the adapter. */
export class DiscordTransport {
  private readonly dmChannels = new Map<string, string>();

  constructor(
    private readonly rest: REST,
    private readonly pacer: Pacer,
    private readonly log: Logger,
    private readonly sleep: Sleep = realSleep,
  ) {}

  private render(m: Message): MessageBody {
    const { body, droppedButtons } = renderMessage(m);
    if (droppedButtons > 0) this.log.warn({ droppedButtons, refresh: m.refresh }, "Discord: buttons left out (too many or too long)");
    return body;
  }

  /** A 429 pauses the chat (or everything, for the global limit) before the error goes up. */
  private fail(e: unknown, chat: string, dm = false): DeliveryError {
    const err = classify(e, dm);
    if (err.failure === "rate-limited" && err.retryAfterMs !== undefined) {
      const until = Date.now() + err.retryAfterMs;
      if (e instanceof RateLimitError && e.global) this.pacer.pauseAll(until);
      else this.pacer.pause(chat, until);
    }
    return err;
  }

  private channelOf(chat: string): string {
    const id = nativeId(chat);
    if (!id) throw new DeliveryError("rejected", `not a Discord channel: ${chat}`);
    return id;
  }

  /**
   * Creates a message with a nonce and enforce_nonce: a retried post returns the first message.
   * The ledger's fence (`beforeSend`) runs after pacing, right before the call; if it throws,
   * nothing is sent and its error goes up unchanged.
   */
  async post(chat: string, message: Message, options: PostOptions, dm = false): Promise<string> {
    const channelId = this.channelOf(chat);
    const body = { ...this.render(message), nonce: nonceFor(options.deliveryKey), enforce_nonce: true };
    await this.pacer.acquire(chat, options.beforeSend);
    try {
      return idOf(await this.rest.post(Routes.channelMessages(channelId), { body }));
    } catch (e) {
      throw this.fail(e, chat, dm);
    }
  }

  /** Replaces a message's text, embeds and buttons. */
  async edit(chat: string, messageId: string, message: Message): Promise<void> {
    const channelId = this.channelOf(chat);
    if (!/^\d{1,25}$/.test(messageId)) throw new DeliveryError("rejected", `not a Discord message id: ${messageId}`);
    const body = this.render(message);
    await this.pacer.acquire(chat);
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), { body });
    } catch (e) {
      throw this.fail(e, chat);
    }
  }

  /** Opens (or reuses) the DM channel with a user, then posts into it. */
  async dm(person: string, message: Message, options: PostOptions): Promise<{ chat: string; messageId: string }> {
    const userId = nativeId(person);
    if (!userId) throw new DeliveryError("rejected", `not a Discord person: ${person}`);
    let channelId = this.dmChannels.get(userId);
    if (!channelId) {
      try {
        channelId = idOf(await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } }));
      } catch (e) {
        throw this.fail(e, person, true);
      }
      if (this.dmChannels.size >= 10_000) this.dmChannels.clear();
      this.dmChannels.set(userId, channelId);
    }
    const chat = chatAddress(channelId);
    return { chat, messageId: await this.post(chat, message, options, true) };
  }

  /**
   * Runs one response call; a rate limit of at most 30 s is waited out and retried (3 attempts in
   * all), anything else is logged and dropped. Returns whether it went through.
   */
  private async respond(what: string, call: () => Promise<unknown>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await call();
        return true;
      } catch (e) {
        if (e instanceof RateLimitError && attempt < REPLY_ATTEMPTS && waitOf(e) <= MAX_REPLY_WAIT_MS) {
          this.log.warn({ what, attempt, waitMs: waitOf(e) }, "Discord: reply rate-limited, retrying");
          await this.sleep(waitOf(e));
          continue;
        }
        this.log.error({ what, attempt, err: describeError(e) }, "Discord: reply dropped");
        return false;
      }
    }
  }

  /** The first answer to an interaction (POST …/callback): a reply, a defer, an update. */
  callback(i: InteractionRef, type: number, data?: MessageBody & { flags?: number }): Promise<boolean> {
    const body = data ? { type, data } : { type };
    return this.respond(`callback ${type}`, () => this.rest.post(Routes.interactionCallback(i.id, i.token), { body, auth: false }));
  }

  /** Edits the interaction's original response (or, after a deferred update, the pressed message). */
  editOriginal(i: InteractionRef, message: Message): Promise<boolean> {
    const body = this.render(message);
    return this.respond("edit original", () =>
      this.rest.patch(Routes.webhookMessage(i.applicationId, i.token, "@original"), { body, auth: false }),
    );
  }

  /** Removes the original response (a deferred "thinking…" that turned out to need no answer). */
  deleteOriginal(i: InteractionRef): Promise<boolean> {
    return this.respond("delete original", () =>
      this.rest.delete(Routes.webhookMessage(i.applicationId, i.token, "@original"), { auth: false }),
    );
  }

  /** A further message for the interaction; `ephemeral` shows it to the presser only. */
  followUp(i: InteractionRef, data: MessageBody & { flags?: number }): Promise<boolean> {
    return this.respond("follow-up", () =>
      this.rest.post(Routes.webhook(i.applicationId, i.token), { body: data, auth: false, query: new URLSearchParams({ wait: "true" }) }),
    );
  }

  /**
   * Renders for an interaction response (callback data or follow-up): `ephemeral` shows it to
   * the presser only (flag 64), `noEmbeds` suppresses link previews (flag 4).
   */
  body(message: Message, ephemeral = false, noEmbeds = false): MessageBody & { flags?: number } {
    const body = this.render(message);
    const flags = (ephemeral ? 64 : 0) | (noEmbeds ? 4 : 0);
    return flags ? { ...body, flags } : body;
  }
}
