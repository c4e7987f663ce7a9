// The platform-neutral message model: what an adapter hands the core (IncomingEvent) and what
// the core hands back (Outcome, made of Messages). No SDK type ever crosses this line.

/** Platforms Tablée speaks on. Addresses are prefixed with them: "telegram:-1001234". */
export type Platform = "telegram" | "discord" | "slack" | "console";

/**
 * True when two addresses ("telegram:-1001", "telegram:42") are on the same platform: a private
 * message falls back to that platform's groups, a mention uses that platform's account.
 */
export function samePlatform(a: string, b: string): boolean {
  return a.slice(0, a.indexOf(":") + 1) === b.slice(0, b.indexOf(":") + 1);
}

/** A person as a platform sees them, e.g. `{ address: "slack:U123", name: "Alice" }`. */
export interface PersonRef {
  address: string;
  name: string;
}

/** One message or button press, decoded by an adapter. */
export interface IncomingEvent {
  platform: Platform;
  /** Platform delivery id ("telegram:update:42"); a redelivered id is handled once. */
  deliveryId?: string;
  /** The conversation: a group/channel, or a private chat with the bot. */
  chat: { address: string; title?: string; private: boolean };
  author: PersonRef & {
    /** The platform itself says this person administers the chat (Discord "Manage Server"). */
    platformAdmin?: boolean;
    /** Language the person's app is set to, when the platform tells ("fr", "en-GB"). */
    language?: string;
  };
  text: string;
  /** People mentioned in the text, resolved by the adapter (Telegram text_mention, `<@U1>`…). */
  mentions?: PersonRef[];
  /** The bot was addressed directly (private chat, mention, console): plain text gets a hint. */
  addressed?: boolean;
  /** The event is a button press; `text` holds the button's command. */
  action?: boolean;
  /**
   * For a button press: the command that re-renders the message the button was on (its
   * `Message.refresh`), so the adapter can update that message in place.
   */
  refresh?: string;
  /** The platform payload, kept for debugging only; the core never reads it. */
  raw?: unknown;
}

/** A run of text; plain strings are user-safe text that renderers escape. */
export type Span = string | { bold: string } | { italic: string } | { mention: PersonRef };

/** One line of a message: a title, a paragraph, a bullet item or a muted note. */
export interface Line {
  style: "title" | "text" | "item" | "note";
  spans: Span[];
}

/** A button; pressing it sends `command` as if the presser had typed it. */
export interface CommandButton {
  label: string;
  command: string;
  style?: "primary" | "danger";
  url?: undefined;
  start?: undefined;
}

/** A button that opens a web address (a board login link) instead of sending a command. */
export interface LinkButton {
  label: string;
  url: string;
  style?: "primary" | "danger";
  command?: undefined;
  start?: undefined;
}

/**
 * A button that opens the private chat with the bot, which then receives `/start <start>`
 * (Telegram deep link). Only Telegram renders it; other adapters leave it out.
 */
export interface StartButton {
  label: string;
  start: string;
  /**
   * Opens the bot's main Mini App (the board inside Telegram, `t.me/<bot>?startapp=<start>`)
   * instead of the private chat: the way into the Mini App from a group, where a web_app
   * button is not allowed.
   */
  app?: boolean;
  style?: "primary" | "danger";
  command?: undefined;
  url?: undefined;
}

/** Any button of a message. */
export type Button = CommandButton | LinkButton | StartButton;

/** A message the bot sends: lines of light formatting and rows of buttons. */
export interface Message {
  lines: Line[];
  buttons: Button[][];
  /**
   * The command that produces an up-to-date version of this message (a sheet: "/slots").
   * Adapters carry it with each button so a press can refresh the message in place.
   */
  refresh?: string;
}

/** What the core answers to one event. */
export interface Outcome {
  /** Messages for the conversation the event came from. */
  replies: Message[];
  /** Short acknowledgement for a button press (Telegram toast, Slack/Discord ephemeral). */
  toast?: string;
  /** For a button press on a message with `refresh`: its new content, to edit in place. */
  update?: Message;
  /**
   * A message for the event's author only, in the chat it came from (Slack and Discord
   * ephemeral messages, the console's own terminal). The core sends none on Telegram.
   */
  personal?: Message;
  /**
   * An answer for the event's author alone, to send in their private chat with the bot, on a
   * platform without ephemeral answers. Once it is sent the group sees `sent`; when the
   * platform does not let the bot write first (a Telegram user who never pressed Start), the
   * group sees `unreachable` instead — never the answer itself.
   */
  direct?: { messages: Message[]; sent: Message; unreachable: Message };
  /** The event was a mistake its author can fix (the reply says what): nothing was done. */
  refused?: boolean;
  /**
   * The database could not be used (busy, full, read-only, out of reach): nothing was done, and
   * the event was not recorded as handled. Adapters whose platform redelivers (Telegram, Slack's
   * Events API) leave it unacknowledged and show nothing; the others show the reply, which asks
   * the person to try again.
   */
  notHandled?: boolean;
}

/**
 * What the event's author reads of an outcome: the answer meant for them alone when there is one
 * (it holds what the group got, and more), else the replies. The board shows this after an action.
 */
export function authorView(o: Outcome): Message[] {
  return o.direct?.messages ?? (o.personal ? [o.personal] : o.replies);
}

/** Small builder so handlers read like the message they produce. */
export class MessageBuilder {
  private readonly lines: Line[] = [];
  private readonly rows: Button[][] = [];

  title(...spans: Span[]): this {
    this.lines.push({ style: "title", spans });
    return this;
  }
  text(...spans: Span[]): this {
    this.lines.push({ style: "text", spans });
    return this;
  }
  item(...spans: Span[]): this {
    this.lines.push({ style: "item", spans });
    return this;
  }
  note(...spans: Span[]): this {
    this.lines.push({ style: "note", spans });
    return this;
  }
  buttons(...row: Button[]): this {
    if (row.length > 0) this.rows.push(row);
    return this;
  }
  build(): Message {
    return { lines: [...this.lines], buttons: this.rows.map((r) => [...r]) };
  }
}

/** Starts a message. */
export const message = (): MessageBuilder => new MessageBuilder();

/** A one-paragraph message. */
export const say = (...spans: Span[]): Message =>
  message()
    .text(...spans)
    .build();

/** Plain text of a span list, for logs, tests and platforms without formatting. */
export function plainSpans(spans: Span[]): string {
  return spans.map((s) => (typeof s === "string" ? s : "bold" in s ? s.bold : "italic" in s ? s.italic : `@${s.mention.name}`)).join("");
}

/** Plain text of a whole message, one line per line, bullets as "• ". */
export function plainText(m: Message): string {
  return m.lines.map((l) => (l.style === "item" ? "• " : "") + plainSpans(l.spans)).join("\n");
}
