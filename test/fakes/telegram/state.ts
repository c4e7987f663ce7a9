// The world behind the fake Bot API: users, chats (with the bot's membership), messages as
// people see them, callback queries, published commands, and the queue of updates waiting to
// be confirmed. Tests build scenes with it; methods.ts changes it as the Bot API would.

/** A Telegram user as the Bot API sends it. */
export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** A chat as the Bot API sends it. */
export interface TgChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  first_name?: string;
}

/** A chat the fake knows, with what the bot may do there. */
export interface ChatState {
  chat: TgChat;
  /** The bot is in the group (false once kicked). */
  botMember: boolean;
  /** A private chat whose user blocked the bot. */
  blocked: boolean;
  /** A group upgraded to a supergroup: its new id. */
  migratedTo?: number;
  nextMessageId: number;
}

/** A message in a chat, as stored by the fake. */
export interface StoredMessage {
  message_id: number;
  chatId: number;
  fromBot: boolean;
  from: TgUser;
  date: number;
  /** What people see (HTML rendered). */
  text: string;
  /** The source as the bot sent it. */
  html?: string;
  links: { href: string; text: string }[];
  bold: string[];
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
  replyTo?: number;
  threadId?: number;
  edits: number;
}

/** An update and whether the bot has confirmed it. */
export interface QueuedUpdate {
  update_id: number;
  payload: Record<string, unknown>;
  confirmed: boolean;
}

/** Everything the fake Bot API remembers. */
export class TelegramState {
  readonly bot: TgUser;
  readonly users = new Map<number, TgUser>();
  readonly chats = new Map<number, ChatState>();
  readonly messages: StoredMessage[] = [];
  readonly updates: QueuedUpdate[] = [];
  readonly callbacks = new Map<string, { from: TgUser; answered: boolean; text?: string }>();
  readonly toasts = new Map<number, string[]>();
  /** Published command lists by "<scope type>:<language code>". */
  readonly commands = new Map<string, { command: string; description: string }[]>();
  /** Menu buttons set with setChatMenuButton, by chat id ("default" for private chats without their own). */
  readonly menuButtons = new Map<string, { type: string; text?: string; web_app?: { url: string } }>();
  private nextUpdateId = 700_000_001;
  private nextUserId = 5_000_001;
  private nextGroup = 1;

  constructor(botUsername: string) {
    this.bot = { id: 7_000_000_001, is_bot: true, first_name: "Tablée", username: botUsername };
  }

  /** A person on Telegram. */
  addUser(u: Omit<TgUser, "id" | "is_bot"> & { id?: number }): TgUser {
    const user: TgUser = { is_bot: false, ...u, id: u.id ?? this.nextUserId++ };
    this.users.set(user.id, user);
    return user;
  }

  /** A group with the bot in it (a basic group unless `supergroup`). */
  addGroup(title: string, type: "group" | "supergroup" = "group"): TgChat {
    const n = this.nextGroup++;
    const chat: TgChat = { id: type === "group" ? -(4_000_000_000 + n) : -(1_000_000_000_000 + n), type, title };
    this.chats.set(chat.id, { chat, botMember: true, blocked: false, nextMessageId: 1 });
    return chat;
  }

  /** The user pressed Start: the bot may now write to them privately. */
  privateChat(user: TgUser): ChatState {
    let c = this.chats.get(user.id);
    if (!c) {
      const chat: TgChat = { id: user.id, type: "private", first_name: user.first_name };
      c = { chat, botMember: true, blocked: false, nextMessageId: 1 };
      this.chats.set(user.id, c);
    }
    return c;
  }

  chat(id: number): ChatState | undefined {
    return this.chats.get(id);
  }

  /** Queues an update for the bot; returns its update_id. */
  enqueue(payload: Record<string, unknown>): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, payload: { update_id, ...payload }, confirmed: false });
    return update_id;
  }

  /** Stores a message and returns it. */
  store(chatId: number, m: Omit<StoredMessage, "message_id" | "chatId" | "date" | "edits">): StoredMessage {
    const c = this.chats.get(chatId)!;
    const stored: StoredMessage = { ...m, message_id: c.nextMessageId++, chatId, date: Math.floor(Date.now() / 1000), edits: 0 };
    this.messages.push(stored);
    return stored;
  }

  find(chatId: number, messageId: number): StoredMessage | undefined {
    return this.messages.find((m) => m.chatId === chatId && m.message_id === messageId);
  }

  /** A message as the Bot API returns it. */
  wire(m: StoredMessage): Record<string, unknown> {
    return {
      message_id: m.message_id,
      from: m.from,
      chat: this.chats.get(m.chatId)!.chat,
      date: m.date,
      text: m.text,
      ...(m.reply_markup ? { reply_markup: m.reply_markup } : {}),
      ...(m.threadId !== undefined ? { message_thread_id: m.threadId } : {}),
      ...(m.edits > 0 ? { edit_date: Math.floor(Date.now() / 1000) } : {}),
    };
  }

  /** A user's text message: stored, and queued as an update with its command and mention entities. */
  userMessage(chatId: number, user: TgUser, text: string): number {
    const c = this.chats.get(chatId);
    if (!c) throw new Error(`no chat ${chatId}`);
    if (c.chat.type === "private") c.blocked = false;
    const m = this.store(chatId, { fromBot: false, from: user, text, links: [], bold: [] });
    const entities: Record<string, unknown>[] = [];
    const cmd = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    if (cmd) entities.push({ type: "bot_command", offset: 0, length: cmd[0].length });
    // "@username" mentions; the "@bot" of "/cook@bot" is part of the command, not a mention.
    for (const mm of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,32}/g))
      entities.push({ type: "mention", offset: mm.index, length: mm[0].length });
    return this.enqueue({
      message: {
        message_id: m.message_id,
        from: user,
        chat: c.chat,
        date: m.date,
        text,
        ...(entities.length > 0 ? { entities } : {}),
      },
    });
  }

  /** A user pressed an inline button of a bot message; returns the update_id. */
  press(message: StoredMessage, user: TgUser, data: string): number {
    const id = `${user.id}${Math.random().toString().slice(2, 12)}`;
    this.callbacks.set(id, { from: user, answered: false });
    return this.enqueue({
      callback_query: { id, from: user, message: this.wire(message), chat_instance: String(message.chatId), data },
    });
  }

  /** Upgrades a group to a supergroup, queueing Telegram's two service messages; returns the new id. */
  migrate(groupId: number, by: TgUser): number {
    const old = this.chats.get(groupId)!;
    const n = this.nextGroup++;
    const chat: TgChat = { id: -(1_000_000_000_000 + n), type: "supergroup", title: old.chat.title };
    // The supergroup's first message is the service message saying where it came from.
    this.chats.set(chat.id, { chat, botMember: true, blocked: false, nextMessageId: 2 });
    old.migratedTo = chat.id;
    const date = Math.floor(Date.now() / 1000);
    this.enqueue({ message: { message_id: old.nextMessageId++, from: by, chat: old.chat, date, migrate_to_chat_id: chat.id } });
    this.enqueue({ message: { message_id: 1, from: by, chat, date, migrate_from_chat_id: groupId } });
    return chat.id;
  }

  /** The bot's messages in a chat as people see them (edits applied), oldest first. */
  botMessages(chatId: number): StoredMessage[] {
    return this.messages.filter((m) => m.chatId === chatId && m.fromBot);
  }
}
