// Decoding Telegram updates into neutral events. Only the fields Tablée reads are checked (zod),
// so any Bot-API-compatible server works and unknown update kinds are simply ignored.
import { z } from "zod";
import type { IncomingEvent, PersonRef } from "../../src/kernel/model.ts";
import { chatAddress, decodeCallbackData, deliveryId, personAddress } from "./ids.ts";

const user = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chat = z.object({
  id: z.number().int(),
  type: z.enum(["private", "group", "supergroup", "channel"]),
  title: z.string().optional(),
});

const entity = z.object({
  type: z.string(),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  user: user.optional(),
});

const message = z.object({
  message_id: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  entities: z.array(entity).optional(),
  message_thread_id: z.number().int().optional(),
  is_topic_message: z.boolean().optional(),
  migrate_to_chat_id: z.number().int().optional(),
  migrate_from_chat_id: z.number().int().optional(),
});

const callbackQuery = z.object({
  id: z.string(),
  from: user,
  // An old message may come as an "inaccessible message": chat and message_id only.
  message: z
    .object({ message_id: z.number().int(), chat, message_thread_id: z.number().int().optional(), text: z.string().optional() })
    .optional(),
  data: z.string().optional(),
});

const update = z.object({
  update_id: z.number().int(),
  message: message.optional(),
  callback_query: callbackQuery.optional(),
});

/** The bot itself, as getMe tells it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** Where the answer to an event goes. */
export interface ReplyTarget {
  chatId: number;
  /** The message to reply to (a command typed in a group). */
  replyTo?: number;
  /** The forum topic the event came from. */
  threadId?: number;
  /** A button press: its callback query (to answer) and the message the button was on (its id and text). */
  callback?: { id: string; messageId?: number; text?: string };
}

/** What an update means for Tablée. */
export type Inbound =
  | { kind: "event"; event: IncomingEvent; target: ReplyTarget }
  | { kind: "moved"; from: string; to: string }
  | { kind: "ignored"; reason: string; callbackId?: string };

type TgUser = z.infer<typeof user>;
type TgMessage = z.infer<typeof message>;

function author(u: TgUser): IncomingEvent["author"] {
  const name = [u.first_name, u.last_name].filter(Boolean).join(" ").trim() || u.username || String(u.id);
  return u.language_code ? { address: personAddress(u.id), name, language: u.language_code } : { address: personAddress(u.id), name };
}

function chatOf(c: z.infer<typeof chat>): IncomingEvent["chat"] {
  const title = c.title;
  return title
    ? { address: chatAddress(c.id), title, private: c.type === "private" }
    : { address: chatAddress(c.id), private: c.type === "private" };
}

/** People mentioned by a text_mention entity (accounts without a username), as typed. */
function mentionsOf(m: TgMessage, text: string): PersonRef[] {
  return (m.entities ?? [])
    .filter((e) => e.type === "text_mention" && e.user)
    .map((e) => ({ address: personAddress(e.user!.id), name: text.slice(e.offset, e.offset + e.length).replace(/^@/, "") }));
}

const COMMAND = /^\/([A-Za-z0-9_\p{L}]+)(?:@([A-Za-z0-9_]+))?(?=\s|$)/u;

/**
 * The text the core should read, or a reason to ignore the message: commands for another bot,
 * and group chatter that neither is a command nor mentions the bot.
 */
/** Deep-link payloads of "open the private chat" buttons, and the command each one asks for. */
const START_PAYLOADS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  board: "/board",
  calendar: "/calendar",
  link: "/link",
  mydata: "/mydata",
  profile: "/profile",
  impact: "/impact",
  close: "/close",
  invite: "/invite",
  network: "/network",
});

/** The command a deep-link payload asks for: "calendar-12" → "/calendar canteen:12" (its canteen), unknown → "/help". */
function startCommand(payload: string): string {
  const m = /^([a-z]+)(?:-(\d{1,12}))?$/.exec(payload);
  const command = m ? START_PAYLOADS[m[1]!] : undefined;
  if (!command) return "/help";
  return m![2] ? `${command} canteen:${m![2]}` : command;
}

function textFor(m: TgMessage, bot: BotIdentity): { text: string; addressed: boolean } | string {
  const raw = m.text ?? "";
  const isPrivate = m.chat.type === "private";
  const handle = `@${bot.username}`.toLowerCase();
  let text = raw.trim();
  let mentioned = false;
  // "@TableeBot /cook mardi": the bot is named first; read the rest.
  if (text.toLowerCase().startsWith(handle) && !/[A-Za-z0-9_]/.test(text.charAt(handle.length))) {
    text = text.slice(handle.length).trim();
    mentioned = true;
  }
  const cmd = COMMAND.exec(text);
  if (cmd) {
    const target = cmd[2];
    if (target && target.toLowerCase() !== bot.username.toLowerCase()) return "command for another bot";
    // Telegram's "Start" button sends /start (with a deep-link payload, maybe): greet with the help.
    // "/start board" comes from the board button shown in a group to someone the bot could not
    // write to yet: it asks for the board login link.
    // "/start calendar" likewise asks for the calendar links, and the other answers that are
    // personal (profile, figures with money, a service's record) for theirs.
    if (cmd[1]!.toLowerCase() === "start") return { text: startCommand(text.slice(cmd[0].length).trim().toLowerCase()), addressed: true };
    return { text: `/${cmd[1]}${text.slice(cmd[0].length)}`, addressed: true };
  }
  if (!mentioned) mentioned = raw.toLowerCase().includes(handle);
  if (isPrivate || mentioned) return { text, addressed: true };
  return "group chatter";
}

function decodeMessage(updateId: number, m: TgMessage, bot: BotIdentity): Inbound {
  if (m.migrate_to_chat_id !== undefined) return { kind: "moved", from: chatAddress(m.chat.id), to: chatAddress(m.migrate_to_chat_id) };
  if (m.migrate_from_chat_id !== undefined) return { kind: "moved", from: chatAddress(m.migrate_from_chat_id), to: chatAddress(m.chat.id) };
  if (!m.from || m.from.is_bot) return { kind: "ignored", reason: "not from a person" };
  if (m.text === undefined) return { kind: "ignored", reason: "no text" };
  if (m.chat.type === "channel") return { kind: "ignored", reason: "channel post" };
  const read = textFor(m, bot);
  if (typeof read === "string") return { kind: "ignored", reason: read };
  const mentions = mentionsOf(m, m.text);
  const event: IncomingEvent = {
    platform: "telegram",
    deliveryId: deliveryId(bot.id, updateId),
    chat: chatOf(m.chat),
    author: author(m.from),
    text: read.text,
    addressed: read.addressed,
    raw: m,
    ...(mentions.length > 0 ? { mentions } : {}),
  };
  const threadId = m.is_topic_message ? m.message_thread_id : undefined;
  const target: ReplyTarget = { chatId: m.chat.id };
  if (m.chat.type !== "private") target.replyTo = m.message_id;
  if (threadId !== undefined) target.threadId = threadId;
  return { kind: "event", event, target };
}

function decodeCallback(updateId: number, q: z.infer<typeof callbackQuery>, bot: BotIdentity): Inbound {
  const payload = q.data === undefined ? undefined : decodeCallbackData(q.data);
  if (!q.message) return { kind: "ignored", reason: "button on an inline message", callbackId: q.id };
  if (!payload) return { kind: "ignored", reason: "button not ours", callbackId: q.id };
  const event: IncomingEvent = {
    platform: "telegram",
    deliveryId: deliveryId(bot.id, updateId),
    chat: chatOf(q.message.chat),
    author: author(q.from),
    text: payload.command,
    action: true,
    addressed: true,
    raw: q,
    ...(payload.refresh ? { refresh: payload.refresh } : {}),
  };
  const target: ReplyTarget = {
    chatId: q.message.chat.id,
    callback: { id: q.id, messageId: q.message.message_id, ...(q.message.text !== undefined ? { text: q.message.text } : {}) },
  };
  if (q.message.message_thread_id !== undefined) target.threadId = q.message.message_thread_id;
  return { kind: "event", event, target };
}

/** Decodes one update (a message, a button press, a group migration), or says why it is ignored. */
export function decodeUpdate(raw: unknown, bot: BotIdentity): Inbound {
  const parsed = update.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "unreadable update" };
  const u = parsed.data;
  if (u.message) return decodeMessage(u.update_id, u.message, bot);
  if (u.callback_query) return decodeCallback(u.update_id, u.callback_query, bot);
  return { kind: "ignored", reason: "update kind not used" };
}

/** The chat an update belongs to, so updates of one chat are handled in order. */
export function updateChat(raw: unknown): number | undefined {
  const parsed = update.safeParse(raw);
  if (!parsed.success) return undefined;
  return parsed.data.message?.chat.id ?? parsed.data.callback_query?.message?.chat.id ?? parsed.data.callback_query?.from.id;
}
