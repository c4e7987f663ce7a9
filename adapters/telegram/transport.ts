// Calls to the Bot API that create or change messages: each one paced (Pacer), bounded in time,
// following a group that became a supergroup, and failing with a classified DeliveryError
// (429 → rate-limited and the chat paused, 403 → gone/unreachable, no connection, 500 or 503 →
// transient, and an answer lost, timed out or a 502/504 → ambiguous: it may have been posted).
import { TelegramError, type Telegram } from "telegraf";
import { DeliveryError } from "../../src/kernel/adapter.ts";
import { neverReached } from "../../src/delivery/ambiguity.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import type { Pacer } from "../../src/delivery/pacer.ts";
import { EXIT_CONFIGURATION, StartupError, unreachableCause } from "../../src/startup/failure.ts";
import type { StartupVerdict } from "../../src/startup/retry.ts";
import { chatAddress, nativeId } from "./ids.ts";
import type { RenderedMessage } from "./outbound.ts";

/** Who a send is for: a chat (group or private chat) or a person reached privately. */
export type TargetKind = "chat" | "person";

/** How long one Bot API request may take before its answer counts as lost (an ambiguous failure). */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Two chats rate-limited within this span look like a bot-wide limit: everything pauses. */
const BOT_WIDE_WINDOW_MS = 1_000;

/** 400 descriptions meaning the chat or person cannot be reached at all (not a bad message). */
const UNREACHABLE_400 =
  /chat not found|user not found|PEER_ID_INVALID|group chat was deactivated|bot is not a member|not enough rights to send|CHAT_WRITE_FORBIDDEN|CHAT_RESTRICTED/i;

/** Gateway errors: the server behind the gateway may have had the request and acted on it. */
const GATEWAY_STATUSES = new Set([502, 504]);

/** An AbortSignal for one request; node-fetch (inside telegraf) accepts Node's own signals. */
export function timeoutSignal(ms: number = REQUEST_TIMEOUT_MS, also?: AbortSignal): { signal: never } {
  const signal = also ? AbortSignal.any([also, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms);
  return { signal: signal as never };
}

/** A short, secret-free description of an error for logs (a bot token never appears). */
export function describeError(e: unknown): Record<string, unknown> {
  const redact = (s: string) => s.replace(/bot\d+:[\w-]+/g, "bot[token]");
  if (e instanceof TelegramError) {
    return { code: e.code, description: redact(e.description ?? ""), method: (e.on as { method?: string }).method };
  }
  if (e instanceof Error) return { name: e.name, message: redact(e.message) };
  return { message: redact(String(e)) };
}

/** The chat id Telegram gives when a group was upgraded to a supergroup. */
export function migratedTo(e: unknown): number | undefined {
  return e instanceof TelegramError ? e.parameters?.migrate_to_chat_id : undefined;
}

/**
 * Maps a failed Bot API call to the ledger's failure kinds. Telegram has no idempotency key, and
 * an error answer means the request was unsuccessful (429, 4xx; and 500/503, the server saying it
 * could not handle it): those created nothing and are retried. A 502 or 504 is a gateway's word
 * about a Bot API server behind it that had the request and may have posted the message (telegraf
 * does not read a 5xx's body, so nothing more can be known); a lost or late answer leaves the same
 * doubt: all three are "ambiguous". A request that never reached the server (connection refused,
 * DNS) is "transient".
 */
export function classify(e: unknown, target: TargetKind): DeliveryError {
  const notReachable = target === "chat" ? "gone" : "unreachable";
  if (e instanceof DeliveryError) return e;
  if (e instanceof TelegramError) {
    const what = `Telegram ${e.code}: ${e.description}`;
    if (e.code === 429) return new DeliveryError("rate-limited", what, Math.max(1, e.parameters?.retry_after ?? 5) * 1000);
    if (e.code === 403) return new DeliveryError(notReachable, what);
    if (e.code === 400 && UNREACHABLE_400.test(e.description ?? "")) return new DeliveryError(notReachable, what);
    if (e.code === 400) return new DeliveryError("rejected", what);
    return new DeliveryError(GATEWAY_STATUSES.has(e.code) ? "ambiguous" : "transient", what);
  }
  const what = String((describeError(e).message as string | undefined) ?? "request failed");
  return new DeliveryError(neverReached(e) ? "transient" : "ambiguous", what);
}

/**
 * Reads a failed call at start-up: the token refused (401, or 404 for a malformed one) or the
 * webhook URL refused (400 on setWebhook) are final; 5xx, 429 and the network are waited out.
 */
export function judgeStartError(e: unknown): StartupVerdict | undefined {
  if (e instanceof TelegramError) {
    const said = `${e.code} ${e.description ?? ""}`.trim();
    const method = (e.on as { method?: string } | undefined)?.method;
    if (e.code === 401 || (e.code === 404 && method === "getMe")) {
      return {
        kind: "final",
        error: new StartupError(
          `Telegram refused the bot token (${said}): check TELEGRAM_BOT_TOKEN (from @BotFather)`,
          EXIT_CONFIGURATION,
          { cause: e },
        ),
      };
    }
    if (e.code === 400 && method === "setWebhook") {
      return {
        kind: "final",
        error: new StartupError(`Telegram refused the webhook (${said}): check TELEGRAM_WEBHOOK_URL`, EXIT_CONFIGURATION, { cause: e }),
      };
    }
    if (e.code >= 500 || e.code === 429) return { kind: "transient", cause: `Telegram answered ${said}` };
    return undefined;
  }
  const cause = unreachableCause(e);
  return cause ? { kind: "transient", cause } : undefined;
}

/** What the transport needs from the adapter. */
export interface TransportDeps {
  telegram: Telegram;
  pacer: Pacer;
  log: Logger;
  /** How long one request may take (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
  /** A chat changed id (group → supergroup): the adapter tells the core. */
  onMoved(from: string, to: string): Promise<void>;
}

/** Extra placement of a sent message, and the ledger's fence. */
export interface SendPlacement {
  replyTo?: number;
  threadId?: number;
  /** Called once, after pacing and right before the request; if it throws, nothing is sent. */
  beforeSend?: () => Promise<void>;
}

/** The paced, classified message calls of one bot. */
export class Transport {
  private readonly moved = new Map<string, string>();
  private lastLimited: { chat: string; at: number } | undefined;

  constructor(private readonly deps: TransportDeps) {}

  /** Records a chat's new address so later sends go there directly. */
  noteMoved(from: string, to: string): void {
    if (from !== to) this.moved.set(from, to);
  }

  /** The current address of a chat, following migrations. */
  current(address: string): string {
    let a = address;
    for (let hops = 0; hops < 5 && this.moved.has(a); hops++) a = this.moved.get(a)!;
    return a;
  }

  /** Sends one message; returns its message_id. */
  async send(address: string, m: RenderedMessage, target: TargetKind, placement: SendPlacement = {}): Promise<number> {
    const call = async (chatId: number) => {
      const sent = await this.deps.telegram.callApi(
        "sendMessage",
        {
          chat_id: chatId,
          text: m.text,
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(m.keyboard ? { reply_markup: m.keyboard } : {}),
          ...(placement.threadId !== undefined ? { message_thread_id: placement.threadId } : {}),
          ...(placement.replyTo !== undefined
            ? { reply_parameters: { message_id: placement.replyTo, allow_sending_without_reply: true } }
            : {}),
        },
        timeoutSignal(this.deps.timeoutMs),
      );
      return sent.message_id;
    };
    return this.paced(address, target, call, placement.beforeSend);
  }

  /** Replaces the text and keyboard of a message the bot sent; an unchanged message is fine. */
  async edit(address: string, messageId: number, m: RenderedMessage): Promise<void> {
    await this.paced(address, "chat", async (chatId) => {
      try {
        await this.deps.telegram.callApi(
          "editMessageText",
          {
            chat_id: chatId,
            message_id: messageId,
            text: m.text,
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            // Without reply_markup Telegram removes the keyboard, which is what an edit without buttons means.
            ...(m.keyboard ? { reply_markup: m.keyboard } : {}),
          },
          timeoutSignal(this.deps.timeoutMs),
        );
      } catch (e) {
        if (e instanceof TelegramError && e.code === 400 && /message is not modified/i.test(e.description ?? "")) return;
        throw e;
      }
    });
  }

  /** Answers a button press (stops the client's spinner), with a toast when there is one. Not paced. */
  async answer(callbackId: string, text?: string): Promise<void> {
    await this.deps.telegram.callApi(
      "answerCallbackQuery",
      { callback_query_id: callbackId, ...(text ? { text } : {}) },
      timeoutSignal(this.deps.timeoutMs),
    );
  }

  /**
   * Runs one paced call against a chat, following a migration once, classifying failures.
   * `fence` runs before the first request only: a refused first request created nothing.
   */
  private async paced<T>(
    address: string,
    target: TargetKind,
    call: (chatId: number) => Promise<T>,
    fence?: () => Promise<void>,
  ): Promise<T> {
    let current = this.current(address);
    for (let hop = 0; ; hop++) {
      const chatId = nativeId(current);
      if (chatId === undefined) throw new DeliveryError("rejected", `not a Telegram address: ${current}`);
      const answered = await this.deps.pacer.acquire(current, hop === 0 ? fence : undefined);
      try {
        return await call(chatId);
      } catch (e) {
        const to = migratedTo(e);
        if (to !== undefined && hop === 0) {
          const next = chatAddress(to);
          this.noteMoved(current, next);
          await this.deps
            .onMoved(current, next)
            .catch((err: unknown) =>
              this.deps.log.error({ from: current, to: next, error: describeError(err) }, "telegram chat move not recorded"),
            );
          current = next;
          continue;
        }
        throw this.failure(e, current, target);
      } finally {
        answered();
      }
    }
  }

  private failure(e: unknown, address: string, target: TargetKind): DeliveryError {
    const failure = classify(e, target);
    if (failure.failure === "rate-limited") {
      const now = Date.now();
      const until = now + (failure.retryAfterMs ?? 0);
      this.deps.pacer.pause(address, until);
      const last = this.lastLimited;
      if (last && last.chat !== address && now - last.at < BOT_WIDE_WINDOW_MS) this.deps.pacer.pauseAll(until);
      this.lastLimited = { chat: address, at: now };
    }
    this.deps.log.warn({ chat: address, failure: failure.failure, error: describeError(e) }, "telegram call failed");
    return failure;
  }
}
