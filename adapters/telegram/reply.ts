// Answering one update: the toast of a press, the pressed message edited in place, the replies
// posted in the chat, and an answer for its author alone sent in their private chat — the group
// then reads that it was sent, or how to open the private chat when Telegram will not let the bot
// write first. Direct replies are not ledger deliveries: short 429s and transient failures are
// waited out, anything else is logged and the reply dropped.
import type { IncomingEvent, Message, Outcome } from "../../src/kernel/model.ts";
import { plainText } from "../../src/kernel/model.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import { nativeId, personAddress } from "./ids.ts";
import type { ReplyTarget } from "./inbound.ts";
import { renderMessage, renderSingle, renderToast } from "./outbound.ts";
import { classify, describeError, type TargetKind, type Transport } from "./transport.ts";

/** A direct reply is retried after a 429 only if the wait is this short, and at most this many times. */
const REPLY_MAX_WAIT_MS = 30_000;
const REPLY_MAX_ATTEMPTS = 3;
/** After a 5xx, a dropped connection or a timeout, a direct reply is retried after this pause (× attempt). */
const REPLY_TRANSIENT_BACKOFF_MS = 500;

/** What answering needs from the adapter. */
export interface ReplyDeps {
  transport: Transport;
  log: Logger;
  /** The bot's username once known (for mentions and deep links). */
  username: () => string | undefined;
}

/** The adapter's two ways of answering: an outcome, and a bare press acknowledgement. */
export function replies(deps: ReplyDeps): {
  deliver(event: IncomingEvent, target: ReplyTarget, outcome: Outcome): Promise<void>;
  answerPress(callbackId: string, toast: string | undefined): Promise<void>;
} {
  const { transport, log } = deps;

  /** Sends a direct reply, waiting out short 429s and transient failures; anything else is logged and the reply dropped. */
  async function persist(what: string, chat: string, attempt: () => Promise<unknown>, kind: TargetKind = "chat"): Promise<boolean> {
    for (let n = 1; ; n++) {
      try {
        await attempt();
        return true;
      } catch (e) {
        const f = classify(e, kind);
        const limited = f.failure === "rate-limited" && (f.retryAfterMs ?? 0) <= REPLY_MAX_WAIT_MS;
        if (limited && n < REPLY_MAX_ATTEMPTS) continue; // the transport paused the chat: the next attempt waits for it
        // A reply is not a ledger delivery: one whose answer was lost is tried again too (it may,
        // rarely, show twice), rather than leave the person without an answer.
        if ((f.failure === "transient" || f.failure === "ambiguous") && n < REPLY_MAX_ATTEMPTS) {
          await new Promise((r) => setTimeout(r, REPLY_TRANSIENT_BACKOFF_MS * n));
          continue;
        }
        const level = f.failure === "unreachable" ? "info" : "warn";
        log[level]({ chat, what, failure: f.failure, attempts: n }, "telegram reply not delivered");
        return false;
      }
    }
  }

  async function answerPress(callbackId: string, toast: string | undefined): Promise<void> {
    try {
      await transport.answer(callbackId, toast ? renderToast(toast) : undefined);
    } catch (e) {
      // Usually a press older than Telegram's answer window; the outcome is still delivered.
      log.warn({ error: describeError(e) }, "telegram callback query not answered");
    }
  }

  /** Sends an answer in the author's private chat; false when any part could not be sent. */
  async function sendPrivately(author: string, messages: Message[]): Promise<boolean> {
    const id = nativeId(author);
    if (id === undefined || id <= 0) return false;
    const chat = personAddress(id);
    for (const m of messages)
      for (const part of renderMessage(m, log, deps.username()))
        if (!(await persist("private answer", chat, () => transport.send(chat, part, "person"), "person"))) return false;
    return true;
  }

  /** Delivers an outcome: toast for a press, the pressed message edited in place, replies posted. */
  async function deliver(event: IncomingEvent, target: ReplyTarget, outcome: Outcome): Promise<void> {
    const chat = event.chat.address;
    const press = target.callback;
    if (press) await answerPress(press.id, outcome.toast);
    // A press's own error or confirmation is shown to the presser only (the toast), not to the group.
    let replies: Message[] =
      press && outcome.toast ? outcome.replies.filter((r) => plainText(r).trim() !== outcome.toast!.trim()) : outcome.replies;
    if (outcome.update) {
      const rendered = renderSingle(outcome.update, log, deps.username());
      let edited = false;
      if (press?.messageId !== undefined) {
        const messageId = press.messageId;
        edited = await persist("edit", chat, () => transport.edit(chat, messageId, rendered));
      }
      if (!edited) replies = [outcome.update, ...replies];
    }
    if (outcome.direct) {
      const reached = await sendPrivately(event.author.address, outcome.direct.messages);
      replies = [...replies, reached ? outcome.direct.sent : outcome.direct.unreachable];
    }
    let first = true;
    for (const reply of replies) {
      for (const part of renderMessage(reply, log, deps.username())) {
        const placement = { threadId: target.threadId, replyTo: first ? target.replyTo : undefined };
        first = false;
        await persist("reply", chat, () => transport.send(chat, part, "chat", placement));
      }
    }
  }

  return { deliver, answerPress };
}
