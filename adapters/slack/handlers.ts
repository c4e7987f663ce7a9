// What happens once Slack has been acknowledged: decode the request, run the core, and deliver
// its outcome — replies into the chat, a toast as an ephemeral message to the presser, an update
// of the pressed message in place. Every Slack call goes through the paced transport.
import type { RespondArguments } from "@slack/bolt";
import { DeliveryError } from "../../src/kernel/adapter.ts";
import type { Core } from "../../src/kernel/core.ts";
import type { Message, Outcome, PersonRef } from "../../src/kernel/model.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import type { Directory } from "./directory.ts";
import { isDirectChannel } from "./ids.ts";
import {
  blockActionSchema,
  decodeAction,
  decodeMessage,
  decodeSlashCommand,
  mentionedIds,
  messageEventSchema,
  pressedButton,
  slashCommandSchema,
  type PressedButton,
} from "./inbound.ts";
import { renderMessage, renderToast } from "./outbound.ts";
import { withReplyRetries, type SlackTransport } from "./transport.ts";

/** Posts to a request's response_url (Bolt's `respond`), when the request had one. */
export type Respond = (message: RespondArguments) => Promise<unknown>;

/** What the handlers work with. */
export interface HandlerDeps {
  core: Core;
  transport: SlackTransport;
  directory: Directory;
  log: Logger;
}

async function resolveMentions(d: HandlerDeps, text: string): Promise<PersonRef[]> {
  const profiles = await Promise.all(mentionedIds(text).map((id) => d.directory.profile(id)));
  return profiles.map(({ address, name }) => ({ address, name }));
}

/** Sends through the response_url, paced like any message into that chat. */
async function viaResponseUrl(d: HandlerDeps, chat: string, respond: Respond, message: RespondArguments): Promise<void> {
  await withReplyRetries(() => d.transport.paced(chat, () => respond(message)));
}

/**
 * Posts replies into a chat with chat.postMessage. Where the bot may not post (a private channel
 * it was not invited to, a DM between two people), a slash command or button still has its
 * response_url: the reply goes there, visible to the channel.
 */
async function postReplies(
  d: HandlerDeps,
  chat: string,
  replies: Message[],
  opts: { respond?: Respond; threadTs?: string } = {},
): Promise<void> {
  for (const reply of replies) {
    const rendered = renderMessage(reply);
    try {
      await withReplyRetries(() => d.transport.post(chat, rendered, { threadTs: opts.threadTs }));
    } catch (err) {
      const failure = (err as DeliveryError).failure;
      if (failure === "gone" && opts.respond) {
        await viaResponseUrl(d, chat, opts.respond, { response_type: "in_channel", replace_original: false, ...rendered }).catch(
          (e: unknown) => d.log.warn({ chat, err: (e as Error).message }, "Slack reply dropped (response_url failed too)"),
        );
        continue;
      }
      d.log.warn({ chat, failure, err: (err as Error).message }, "Slack reply dropped");
    }
  }
}

/** A slash command, after its ack: `/cook mardi`, `/tablee cuisiner mardi`. */
export async function onSlashCommand(d: HandlerDeps, raw: unknown, respond?: Respond): Promise<void> {
  const parsed = slashCommandSchema.safeParse(raw);
  if (!parsed.success) {
    d.log.warn({ issues: parsed.error.issues.length }, "malformed Slack slash command ignored");
    return;
  }
  const body = parsed.data;
  const [who, mentions] = await Promise.all([d.directory.profile(body.user_id, body.user_name), resolveMentions(d, body.text)]);
  const event = decodeSlashCommand(body, who, mentions, d.core.commands);
  const outcome = await d.core.handle(event);
  await privateAnswer(d, event.chat.address, body.user_id, outcome, respond);
  await postReplies(d, event.chat.address, outcome.replies, { respond });
}

/**
 * An app_mention, or a message in the app's DM (message.im); other messages are ignored. Resolves
 * false when the core could not handle it (database unavailable): nothing was answered, and the
 * event should be refused so that Slack delivers it again.
 */
export async function onMessageEvent(d: HandlerDeps, envelope: { event_id?: unknown }, raw: unknown, botUserId?: string): Promise<boolean> {
  const parsed = messageEventSchema.safeParse(raw);
  if (!parsed.success) return true; // edits, deletions, joins… carry no user text for us
  const ev = parsed.data;
  if (ev.bot_id || (ev.subtype && ev.subtype !== "thread_broadcast") || ev.user === botUserId) return true;
  if (ev.type === "message" && ev.channel_type !== "im" && !isDirectChannel(ev.channel)) return true;
  const eventId = typeof envelope.event_id === "string" ? envelope.event_id : `${ev.channel}:${ev.ts}`;
  const [who, mentions] = await Promise.all([d.directory.profile(ev.user), resolveMentions(d, ev.text)]);
  const event = decodeMessage(eventId, ev, botUserId, who, mentions, d.core.commands);
  const outcome = await d.core.handle(event);
  if (outcome.notHandled) return false;
  await privateAnswer(d, event.chat.address, ev.user, outcome);
  await postReplies(d, event.chat.address, outcome.replies, { threadTs: ev.thread_ts });
  return true;
}

async function updatePressed(d: HandlerDeps, chat: string, pressed: PressedButton, update: Message, respond?: Respond): Promise<void> {
  const rendered = renderMessage(update);
  if (!pressed.ephemeral && pressed.messageTs) {
    try {
      await withReplyRetries(() => d.transport.update(chat, pressed.messageTs!, rendered));
      return;
    } catch (err) {
      if (!respond) throw err;
      d.log.info({ chat, err: (err as Error).message }, "chat.update failed; replacing through response_url");
    }
  }
  if (!respond) throw new DeliveryError("rejected", "pressed message cannot be updated");
  await viaResponseUrl(d, chat, respond, { replace_original: true, ...rendered });
}

async function toast(d: HandlerDeps, chat: string, userId: string, text: string, respond?: Respond): Promise<void> {
  try {
    await withReplyRetries(() => d.transport.ephemeral(chat, userId, renderToast(text)));
  } catch (err) {
    if (!respond) throw err;
    await viaResponseUrl(d, chat, respond, { response_type: "ephemeral", replace_original: false, text: renderToast(text) });
  }
}

/**
 * An answer meant for its author only (a toast with no public reply, e.g. "don't pair me with"):
 * an ephemeral message, as Discord and the console show it.
 */
async function privateAnswer(d: HandlerDeps, chat: string, userId: string, outcome: Outcome, respond?: Respond): Promise<void> {
  if (outcome.personal) {
    const rendered = renderMessage(outcome.personal);
    try {
      await withReplyRetries(() => d.transport.ephemeral(chat, userId, rendered));
    } catch (err) {
      if (!respond) return d.log.warn({ chat, err: (err as Error).message }, "Slack personal answer dropped");
      await viaResponseUrl(d, chat, respond, { response_type: "ephemeral", replace_original: false, ...rendered }).catch((e: unknown) =>
        d.log.warn({ chat, err: (e as Error).message }, "Slack personal answer dropped (response_url failed too)"),
      );
    }
    return;
  }
  if (!outcome.toast || outcome.replies.length > 0) return;
  await toast(d, chat, userId, outcome.toast, respond).catch((err: unknown) =>
    d.log.warn({ chat, err: (err as Error).message }, "Slack private answer dropped"),
  );
}

/** A Tablée button pressed (block_actions), after its ack. */
export async function onBlockAction(d: HandlerDeps, raw: unknown, respond?: Respond): Promise<void> {
  const parsed = blockActionSchema.safeParse(raw);
  if (!parsed.success) return;
  const body = parsed.data;
  const pressed = pressedButton(body);
  if (!pressed) return; // not one of our buttons
  const who = await d.directory.profile(body.user.id, body.user.username ?? body.user.name);
  const event = decodeAction(body, pressed, who);
  const outcome = await d.core.handle(event);
  const chat = event.chat.address;
  if (outcome.update) {
    await updatePressed(d, chat, pressed, outcome.update, respond).catch((err: unknown) =>
      d.log.warn({ chat, err: (err as Error).message }, "Slack in-place update dropped"),
    );
  }
  // As in every adapter: the toast acknowledges a press that did not answer in the chat.
  if (outcome.toast && outcome.replies.length === 0) {
    await toast(d, chat, body.user.id, outcome.toast, respond).catch((err: unknown) =>
      d.log.warn({ chat, err: (err as Error).message }, "Slack toast dropped"),
    );
  }
  await postReplies(d, chat, outcome.replies, { respond });
}
