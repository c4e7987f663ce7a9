// Web API calls that create or edit messages, paced and classified: every call waits for the
// Pacer first, a 429 pauses the chat for Retry-After, and failures become DeliveryErrors the
// ledger acts on. Replies to people retry short waits themselves.
import type { webApi } from "@slack/bolt";
import { DeliveryError, type RatePolicy } from "../../src/kernel/adapter.ts";
import { neverReached } from "../../src/delivery/ambiguity.ts";
import type { Pacer } from "../../src/delivery/pacer.ts";
import { EXIT_CONFIGURATION, StartupError, unreachableCause } from "../../src/startup/failure.ts";
import type { StartupVerdict } from "../../src/startup/retry.ts";
import { deliveryMetadata, findDelivered } from "./delivered.ts";
import { nativeId } from "./ids.ts";
import type { RenderedMessage } from "./outbound.ts";

/**
 * Slack's limits: chat.postMessage allows about 1 message per second into one channel (short
 * bursts tolerated), and a workspace-wide ceiling Slack does not publish. 20/s over the bot keeps
 * a fan-out well below what one workspace's bot is seen to sustain, so 429s stay exceptional.
 */
export const SLACK_RATE_POLICY: RatePolicy = {
  global: [{ limit: 20, windowMs: 1000 }],
  perChat: [{ limit: 1, windowMs: 1000 }],
};

/**
 * Errors meaning the channel (or the whole installation) is lost: never retry, and the ledger
 * stops using the chat. A deleted message (message_not_found on an edit) is not one of them:
 * the chat is fine, that edit is just rejected.
 */
const GONE = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "token_revoked",
  "team_access_not_granted",
  "ekm_access_denied",
]);
/** Errors meaning a person cannot get a direct message. */
const UNREACHABLE = new Set(["user_not_found", "cannot_dm_bot", "user_disabled", "user_not_visible", "messages_tab_disabled"]);
/**
 * Errors on Slack's side: try again later. Slack's documentation says of internal_error and
 * fatal_error that "it's possible some aspect of the operation succeeded": those are ambiguous.
 * service_unavailable and request_timeout (the POST data missing or truncated) did nothing.
 */
const TRANSIENT = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"]);
const MAYBE_DONE = new Set(["internal_error", "fatal_error"]);
/** Errors that close a direct message channel rather than the installation. */
const DM_CHANNEL = new Set(["channel_not_found", "not_in_channel", "is_archived"]);

/** After a lost answer, Slack gets this long to finish the call before its history is read. */
export const LOOKUP_DELAY_MS = 2_000;

/** Without a usable Retry-After, wait this long. */
const DEFAULT_RETRY_AFTER_MS = 30_000;

type WebApiError = { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number; message?: string };

/** Classifies a Web API failure. `dm` maps errors about the person to "unreachable". */
export function classify(err: unknown, context: "post" | "dm" = "post"): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = (err ?? {}) as WebApiError;
  const what = e.data?.error ?? e.message ?? String(err);
  switch (e.code) {
    case "slack_webapi_rate_limited_error":
      return new DeliveryError("rate-limited", "Slack rate limit (429)", Math.max(1, e.retryAfter ?? 0) * 1000);
    case "slack_webapi_platform_error": {
      const code = e.data?.error ?? "unknown_error";
      if (context === "dm" && (UNREACHABLE.has(code) || DM_CHANNEL.has(code))) return new DeliveryError("unreachable", `Slack: ${code}`);
      if (GONE.has(code)) return new DeliveryError("gone", `Slack: ${code}`);
      if (code === "ratelimited") return new DeliveryError("rate-limited", "Slack: ratelimited", DEFAULT_RETRY_AFTER_MS);
      if (MAYBE_DONE.has(code)) return new DeliveryError("ambiguous", `Slack: ${code}`);
      if (TRANSIENT.has(code)) return new DeliveryError("transient", `Slack: ${code}`);
      return new DeliveryError("rejected", `Slack: ${code}`);
    }
    case "slack_webapi_http_error":
      // A 5xx comes from Slack's front, not the Web API's own answer: the call may have gone through.
      // 408: the request did not arrive in time, nothing was done.
      if (e.statusCode === 408) return new DeliveryError("transient", `Slack HTTP ${e.statusCode}`);
      return (e.statusCode ?? 500) >= 500
        ? new DeliveryError("ambiguous", `Slack HTTP ${e.statusCode}`)
        : new DeliveryError("rejected", `Slack HTTP ${e.statusCode}`);
    case "slack_webapi_request_error":
      return new DeliveryError(neverReached(err) ? "transient" : "ambiguous", `Slack unreachable: ${what}`);
    default:
      // A 429 without a usable Retry-After header surfaces as a plain error from the client.
      if (/rate limit|retry header/i.test(what)) return new DeliveryError("rate-limited", what, DEFAULT_RETRY_AFTER_MS);
      return new DeliveryError("rejected", what);
  }
}

/** Web API errors meaning the token itself is refused. */
const TOKEN_REFUSED = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
]);

/**
 * Reads a failed call at start-up (auth.test, Socket Mode's connection): a refused token is final
 * and names `variable` (SLACK_BOT_TOKEN or SLACK_APP_TOKEN); 5xx, Slack's own errors and the
 * network are waited out; anything else is unexpected.
 */
export function judgeStartError(err: unknown, variable: string): StartupVerdict | undefined {
  const e = (err ?? {}) as WebApiError;
  const code = e.data?.error;
  if (e.code === "slack_webapi_platform_error" && code) {
    if (TOKEN_REFUSED.has(code))
      return {
        kind: "final",
        error: new StartupError(`Slack refused the token (${code}): check ${variable}`, EXIT_CONFIGURATION, { cause: err }),
      };
    if (TRANSIENT.has(code)) return { kind: "transient", cause: `Slack answered ${code}` };
    return undefined;
  }
  if (e.code === "slack_webapi_http_error" && (e.statusCode ?? 0) >= 500)
    return { kind: "transient", cause: `Slack answered HTTP ${e.statusCode}` };
  const cause = unreachableCause(err);
  return cause ? { kind: "transient", cause } : undefined;
}

/** Message-creating calls on one workspace, shared by replies and the ledger. */
export class SlackTransport {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly pacer: Pacer,
    private readonly now: () => number = Date.now,
    /** How long to let Slack finish a call whose answer was lost before reading the history. */
    private readonly lookupDelayMs = LOOKUP_DELAY_MS,
  ) {}

  /**
   * Runs one paced call under the pacer key `key`; a 429 pauses that key. `beforeSend` (the
   * ledger's fence) runs after pacing, right before the call; if it throws, nothing is sent.
   */
  async paced<T>(key: string, call: () => Promise<T>, context: "post" | "dm" = "post", beforeSend?: () => Promise<void>): Promise<T> {
    await this.pacer.acquire(key, beforeSend);
    try {
      return await call();
    } catch (err) {
      const d = classify(err, context);
      if (d.failure === "rate-limited") this.pacer.pause(key, this.now() + (d.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS));
      throw d;
    }
  }

  /**
   * chat.postMessage into a chat ("slack:C…"); returns the message ts (its id). A ledger delivery
   * (`deliveryKey`) carries its key in the message's metadata: when the answer is lost, the
   * channel's history says whether the message is there (its ts is returned) or not (a
   * transient failure: sending again is safe); if the history cannot be read, it stays ambiguous.
   */
  async post(
    chat: string,
    m: RenderedMessage,
    opts: { threadTs?: string; context?: "post" | "dm"; beforeSend?: () => Promise<void>; deliveryKey?: string } = {},
  ): Promise<string> {
    const startedAt = this.now();
    try {
      return await this.paced(
        chat,
        async () => {
          const res = await this.client.chat.postMessage({
            channel: nativeId(chat),
            text: m.text,
            blocks: m.blocks,
            unfurl_links: false,
            unfurl_media: false,
            ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
            ...(opts.deliveryKey ? { metadata: deliveryMetadata(opts.deliveryKey) } : {}),
          });
          if (!res.ts) throw new DeliveryError("rejected", "Slack returned no message ts");
          return res.ts;
        },
        opts.context,
        opts.beforeSend,
      );
    } catch (err) {
      if (!(err instanceof DeliveryError) || err.failure !== "ambiguous" || !opts.deliveryKey) throw err;
      const found = await findDelivered(this.client, nativeId(chat), opts.deliveryKey, startedAt, this.lookupDelayMs);
      if (found === undefined) throw err;
      if (found === null) throw new DeliveryError("transient", `${err.message}; not in the channel's history: safe to send again`);
      return found;
    }
  }

  /** chat.update of a message the bot posted. */
  async update(chat: string, ts: string, m: RenderedMessage): Promise<void> {
    await this.paced(chat, () => this.client.chat.update({ channel: nativeId(chat), ts, text: m.text, blocks: m.blocks }));
  }

  /** chat.postEphemeral: a message only `user` sees. Paced per person, as Slack does not count it as channel traffic. */
  async ephemeral(chat: string, user: string, text: string | RenderedMessage): Promise<void> {
    const body = typeof text === "string" ? { text } : { text: text.text, blocks: text.blocks };
    await this.paced(`${chat}/${user}`, () => this.client.chat.postEphemeral({ channel: nativeId(chat), user, ...body }));
  }

  /** conversations.open: the id of the bot's DM channel with a user. */
  async openDm(userId: string): Promise<string> {
    try {
      const res = await this.client.conversations.open({ users: userId });
      const id = res.channel?.id;
      if (!id) throw new DeliveryError("unreachable", "Slack opened no DM channel");
      return id;
    } catch (err) {
      throw classify(err, "dm");
    }
  }
}

/** How replies to people (not ledger deliveries) retry: short rate-limit waits and network blips. */
export const REPLY_RETRY = { attempts: 3, maxWaitMs: 30_000, transientBackoffMs: 500 } as const;

/**
 * Sends a reply, retrying a 429 whose wait is at most 30 s (the pacer already holds the chat
 * back) and transient failures, up to 3 attempts. Throws the last DeliveryError when it gives up.
 */
export async function withReplyRetries<T>(
  send: () => Promise<T>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const d = classify(err);
      const last = attempt >= REPLY_RETRY.attempts;
      if (!last && d.failure === "rate-limited" && (d.retryAfterMs ?? Infinity) <= REPLY_RETRY.maxWaitMs) continue;
      // A reply whose answer was lost is tried again too (it may, rarely, show twice).
      if (!last && (d.failure === "transient" || d.failure === "ambiguous")) {
        await sleep(REPLY_RETRY.transientBackoffMs * attempt);
        continue;
      }
      throw d;
    }
  }
}
