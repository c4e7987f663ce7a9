// The fake's message, chat and command methods, with the Bot API's checks and error answers
// (status and description as Telegram words them): sendMessage, editMessageText,
// editMessageReplyMarkup, answerCallbackQuery, getChat, setMyCommands/getMyCommands/deleteMyCommands,
// setChatMenuButton/getChatMenuButton.
import { EntityParseError, parseTelegramHtml } from "./html.ts";
import type { ChatState, StoredMessage, TelegramState } from "./state.ts";

/** A Bot API error answer: `{ ok: false, error_code, description, parameters }` with that HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(`${code}: ${description}`);
  }
}

/** Parameters as received: JSON values, or strings from a form / query string. */
export type Params = Record<string, unknown>;

/** A parameter that may come as JSON text (form bodies) or as a value (JSON bodies). */
export function jsonParam<T>(v: unknown): T | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "string") return v as T;
  try {
    return JSON.parse(v) as T;
  } catch {
    throw new ApiError(400, "Bad Request: can't parse JSON object");
  }
}

/** An integer parameter (numbers arrive as strings in forms). */
export function intParam(v: unknown): number | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isInteger(n) ? n : undefined;
}

function boolParam(v: unknown): boolean {
  return v === true || v === "true" || v === "1";
}

type Keyboard = NonNullable<StoredMessage["reply_markup"]>;

function keyboard(v: unknown): Keyboard | undefined {
  const markup = jsonParam<{ inline_keyboard?: unknown }>(v);
  if (!markup) return undefined;
  if (!Array.isArray(markup.inline_keyboard)) throw new ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
  let count = 0;
  for (const row of markup.inline_keyboard as unknown[]) {
    if (!Array.isArray(row))
      throw new ApiError(400, "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    for (const b of row as { text?: unknown; callback_data?: unknown; url?: unknown }[]) {
      count++;
      if (typeof b.text !== "string" || b.text === "")
        throw new ApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      if (b.callback_data !== undefined) {
        const bytes = Buffer.byteLength(String(b.callback_data), "utf8");
        if (bytes < 1 || bytes > 64) throw new ApiError(400, "Bad Request: BUTTON_DATA_INVALID");
      } else if (b.url === undefined) {
        throw new ApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
    }
  }
  if (count > 100) throw new ApiError(400, "Bad Request: reply markup is too long");
  return markup as Keyboard;
}

/** Text after parse_mode, refused as Telegram refuses it. */
function parsedText(text: unknown, parseMode: unknown): { text: string; links: StoredMessage["links"]; bold: string[] } {
  if (typeof text !== "string" || text.trim() === "") throw new ApiError(400, "Bad Request: message text is empty");
  let parsed = { text, links: [] as StoredMessage["links"], bold: [] as string[] };
  if (parseMode === "HTML") {
    try {
      parsed = parseTelegramHtml(text);
    } catch (e) {
      if (e instanceof EntityParseError) throw new ApiError(400, `Bad Request: ${e.message}`);
      throw e;
    }
  } else if (parseMode !== undefined) {
    throw new ApiError(400, "Bad Request: unsupported parse_mode in this fake");
  }
  if (parsed.text.trim() === "") throw new ApiError(400, "Bad Request: message text is empty");
  if (parsed.text.length > 4096) throw new ApiError(400, "Bad Request: message is too long");
  return parsed;
}

/** The chat a bot call targets, or the error Telegram gives for it. */
function writableChat(state: TelegramState, chatIdParam: unknown): ChatState {
  const id = intParam(chatIdParam);
  const c = id === undefined ? undefined : state.chat(id);
  if (!c) {
    if (id !== undefined && state.users.has(id)) throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
    throw new ApiError(400, "Bad Request: chat not found");
  }
  if (c.migratedTo !== undefined) {
    throw new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: c.migratedTo });
  }
  if (c.chat.type === "private" && c.blocked) throw new ApiError(403, "Forbidden: bot was blocked by the user");
  if (!c.botMember)
    throw new ApiError(403, `Forbidden: bot was kicked from the ${c.chat.type === "supergroup" ? "supergroup" : "group"} chat`);
  return c;
}

function sendMessage(state: TelegramState, p: Params): unknown {
  const c = writableChat(state, p.chat_id);
  const parsed = parsedText(p.text, p.parse_mode);
  const markup = keyboard(p.reply_markup);
  const reply = jsonParam<{ message_id?: number; allow_sending_without_reply?: boolean }>(p.reply_parameters);
  const replyTo = reply?.message_id ?? intParam(p.reply_to_message_id);
  if (
    replyTo !== undefined &&
    !state.find(c.chat.id, replyTo) &&
    !(reply?.allow_sending_without_reply ?? boolParam(p.allow_sending_without_reply))
  ) {
    throw new ApiError(400, "Bad Request: message to be replied not found");
  }
  const threadId = intParam(p.message_thread_id);
  const m = state.store(c.chat.id, {
    fromBot: true,
    from: state.bot,
    html: String(p.text),
    ...parsed,
    ...(markup ? { reply_markup: markup } : {}),
    ...(replyTo !== undefined ? { replyTo } : {}),
    ...(threadId !== undefined ? { threadId } : {}),
  });
  return state.wire(m);
}

function editable(state: TelegramState, p: Params): StoredMessage {
  if (p.inline_message_id !== undefined) throw new ApiError(400, "Bad Request: MESSAGE_ID_INVALID");
  const c = writableChat(state, p.chat_id);
  const id = intParam(p.message_id);
  const m = id === undefined ? undefined : state.find(c.chat.id, id);
  if (!m) throw new ApiError(400, "Bad Request: message to edit not found");
  if (!m.fromBot) throw new ApiError(400, "Bad Request: message can't be edited");
  return m;
}

const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

function editMessageText(state: TelegramState, p: Params): unknown {
  const m = editable(state, p);
  const parsed = parsedText(p.text, p.parse_mode);
  const markup = keyboard(p.reply_markup);
  if (m.html === String(p.text) && JSON.stringify(m.reply_markup) === JSON.stringify(markup)) throw new ApiError(400, NOT_MODIFIED);
  Object.assign(m, parsed, { html: String(p.text), reply_markup: markup, edits: m.edits + 1 });
  if (!markup) delete m.reply_markup;
  return state.wire(m);
}

function editMessageReplyMarkup(state: TelegramState, p: Params): unknown {
  const m = editable(state, p);
  const markup = keyboard(p.reply_markup);
  if (JSON.stringify(m.reply_markup) === JSON.stringify(markup)) throw new ApiError(400, NOT_MODIFIED);
  m.reply_markup = markup;
  if (!markup) delete m.reply_markup;
  m.edits++;
  return state.wire(m);
}

function answerCallbackQuery(state: TelegramState, p: Params): unknown {
  const q = state.callbacks.get(String(p.callback_query_id));
  if (!q || q.answered) throw new ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
  const text = p.text === undefined ? undefined : String(p.text);
  if (text !== undefined && Array.from(text).length > 200) throw new ApiError(400, "Bad Request: MESSAGE_TOO_LONG");
  q.answered = true;
  if (text) {
    q.text = text;
    state.toasts.set(q.from.id, [...(state.toasts.get(q.from.id) ?? []), text]);
  }
  return true;
}

function getChat(state: TelegramState, p: Params): unknown {
  return writableChat(state, p.chat_id).chat;
}

function commandsKey(p: Params): string {
  const scope = jsonParam<{ type?: string }>(p.scope);
  return `${scope?.type ?? "default"}:${p.language_code ?? ""}`;
}

function setMyCommands(state: TelegramState, p: Params): unknown {
  const commands = jsonParam<{ command?: unknown; description?: unknown }[]>(p.commands);
  if (!Array.isArray(commands) || commands.length > 100)
    throw new ApiError(400, "Bad Request: commands must be an array of at most 100 BotCommand");
  for (const c of commands) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) throw new ApiError(400, "Bad Request: BOT_COMMAND_INVALID");
    const len = typeof c.description === "string" ? Array.from(c.description).length : 0;
    if (len < 1 || len > 256) throw new ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
  }
  const lang = p.language_code;
  if (lang !== undefined && lang !== "" && !/^[a-z]{2}$/.test(String(lang)))
    throw new ApiError(400, "Bad Request: invalid language code specified");
  state.commands.set(commandsKey(p), commands as { command: string; description: string }[]);
  return true;
}

type MenuButton = { type: string; text?: string; web_app?: { url: string } };

/** setChatMenuButton: "commands", "default", or a "web_app" button with a text and an HTTPS URL. */
function setChatMenuButton(state: TelegramState, p: Params): unknown {
  const button = jsonParam<MenuButton>(p.menu_button) ?? { type: "default" };
  if (!["commands", "default", "web_app"].includes(button.type)) throw new ApiError(400, "Bad Request: unsupported menu button type");
  if (button.type === "web_app") {
    if (typeof button.text !== "string" || button.text === "" || button.text.length > 64)
      throw new ApiError(400, "Bad Request: BUTTON_TEXT_INVALID");
    if (!button.web_app || typeof button.web_app.url !== "string" || !button.web_app.url.startsWith("https://"))
      throw new ApiError(400, "Bad Request: BUTTON_URL_INVALID");
  }
  const chat = p.chat_id === undefined || p.chat_id === "" ? "default" : String(p.chat_id);
  // A menu button belongs to a private chat only.
  if (chat !== "default" && (intParam(p.chat_id) ?? 0) < 0) throw new ApiError(400, "Bad Request: chat not found");
  state.menuButtons.set(chat, button);
  return true;
}

/** Bot API methods served from the state, by name. */
export const METHODS: Record<string, (state: TelegramState, p: Params) => unknown> = {
  sendMessage,
  editMessageText,
  editMessageReplyMarkup,
  answerCallbackQuery,
  getChat,
  setMyCommands,
  getMyCommands: (state, p) => state.commands.get(commandsKey(p)) ?? [],
  deleteMyCommands: (state, p) => state.commands.delete(commandsKey(p)) || true,
  setChatMenuButton,
  getChatMenuButton: (state, p) =>
    state.menuButtons.get(p.chat_id === undefined ? "default" : String(p.chat_id)) ??
    state.menuButtons.get("default") ?? { type: "commands" },
};
