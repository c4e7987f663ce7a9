// Rendering neutral messages for Telegram: HTML text (parse_mode "HTML", every user string
// escaped), inline keyboards whose callback_data carries the button's command, the command menu
// for setMyCommands, and the size limits Telegram enforces (4096 characters, 200 for a toast).
import type { BotCommand, InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import { subcommandWords, type MenuEntry } from "../../src/kernel/commands/platform-menu.ts";
import type { Line, Message, Span } from "../../src/kernel/model.ts";
import type { Locale, Logger } from "../../src/kernel/ports.ts";
import { encodeCallbackData, nativeId, PREFIX } from "./ids.ts";

/** Longest message text Telegram accepts. Counted here on the HTML source, which is never shorter. */
export const MAX_MESSAGE_LENGTH = 4096;
/** Longest callback query answer (toast). */
export const MAX_TOAST_LENGTH = 200;
/** Telegram's inline keyboard limits: buttons per row and in total. */
const MAX_ROW_BUTTONS = 8;
const MAX_BUTTONS = 100;
const ELLIPSIS = "…";

/** A message ready for sendMessage/editMessageText. */
export interface RenderedMessage {
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function renderSpan(s: Span, inside?: "b" | "i"): string {
  if (typeof s === "string") return escapeHtml(s);
  if ("bold" in s) return inside === "b" ? escapeHtml(s.bold) : `<b>${escapeHtml(s.bold)}</b>`;
  if ("italic" in s) return inside === "i" ? escapeHtml(s.italic) : `<i>${escapeHtml(s.italic)}</i>`;
  // Only a Telegram account can be mentioned on Telegram; anyone else is shown by name.
  const id = s.mention.address.startsWith(PREFIX) ? nativeId(s.mention.address) : undefined;
  return id !== undefined && id > 0 ? `<a href="tg://user?id=${id}">${escapeHtml(s.mention.name)}</a>` : escapeHtml(s.mention.name);
}

function plainSpan(s: Span): string {
  if (typeof s === "string") return s;
  if ("bold" in s) return s.bold;
  if ("italic" in s) return s.italic;
  return s.mention.name;
}

/** One line as HTML: titles bold, notes italic, items as "• ". */
export function renderLine(line: Line): string {
  switch (line.style) {
    case "title":
      return `<b>${line.spans.map((s) => renderSpan(s, "b")).join("")}</b>`;
    case "note":
      return `<i>${line.spans.map((s) => renderSpan(s, "i")).join("")}</i>`;
    case "item":
      return `• ${line.spans.map((s) => renderSpan(s)).join("")}`;
    default:
      return line.spans.map((s) => renderSpan(s)).join("");
  }
}

/** Cuts text so that, escaped and followed by "…", it fits `limit`; never splits a surrogate pair. */
function cutEscaped(plain: string, limit: number): string {
  let lo = 0;
  let hi = plain.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (escapeHtml(plain.slice(0, mid)).length + ELLIPSIS.length <= limit) lo = mid;
    else hi = mid - 1;
  }
  let end = lo;
  const last = plain.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return escapeHtml(plain.slice(0, end)) + ELLIPSIS;
}

/** A line that fits in one message on its own (an over-long line loses its formatting and its end). */
function fittedLine(line: Line, limit: number): string {
  const html = renderLine(line);
  if (html.length <= limit) return html;
  const lead = line.style === "item" ? "• " : "";
  return lead + cutEscaped(line.spans.map(plainSpan).join(""), limit - lead.length);
}

/** Lines packed into as few texts of at most `limit` characters as possible, cutting only between lines. */
function pack(lines: Line[], limit: number): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = -1; // of current joined by "\n"
  for (const line of lines) {
    const html = fittedLine(line, limit);
    if (current.length > 0 && length + 1 + html.length > limit) {
      chunks.push(current.join("\n"));
      current = [];
      length = -1;
    }
    current.push(html);
    length += 1 + html.length;
  }
  if (current.length > 0) chunks.push(current.join("\n"));
  return chunks.length > 0 ? chunks : [ELLIPSIS];
}

/**
 * The inline keyboard of a message. A button whose callback_data cannot fit Telegram's 64 bytes
 * is logged and left out rather than making the whole message fail.
 */
export function renderKeyboard(m: Message, log?: Logger, botUsername?: string): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  let count = 0;
  for (const row of m.buttons) {
    const out: InlineKeyboardButton[] = [];
    for (const b of row) {
      // Link buttons open their url; a "start" button opens the private chat with the bot
      // (deep link https://t.me/<bot>?start=<payload>).
      const url =
        b.url ??
        (b.start !== undefined && botUsername
          ? `https://t.me/${botUsername}?${b.app ? "startapp" : "start"}=${encodeURIComponent(b.start)}`
          : undefined);
      if (url !== undefined || b.command === undefined) {
        if (url !== undefined && count < MAX_BUTTONS) {
          out.push({ text: b.label, url });
          count++;
        }
        continue;
      }
      const data = encodeCallbackData({ command: b.command, refresh: m.refresh });
      if (!data || count >= MAX_BUTTONS) {
        log?.warn(
          { command: b.command.slice(0, 80), reason: data ? "too many buttons" : "callback_data over 64 bytes" },
          "telegram button dropped",
        );
        continue;
      }
      out.push({ text: b.label, callback_data: data });
      count++;
    }
    for (let i = 0; i < out.length; i += MAX_ROW_BUTTONS) rows.push(out.slice(i, i + MAX_ROW_BUTTONS));
  }
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** A message as one or more Telegram messages (split between lines); the keyboard goes on the last. */
export function renderMessage(m: Message, log?: Logger, botUsername?: string): RenderedMessage[] {
  const chunks = pack(m.lines, MAX_MESSAGE_LENGTH);
  const keyboard = renderKeyboard(m, log, botUsername);
  return chunks.map((text, i) => (i === chunks.length - 1 && keyboard ? { text, keyboard } : { text }));
}

/**
 * A message as exactly one Telegram message, for posts the ledger edits later: what does not fit
 * is cut at a line boundary and marked with "…".
 */
export function renderSingle(m: Message, log?: Logger, botUsername?: string): RenderedMessage {
  const chunks = pack(m.lines, MAX_MESSAGE_LENGTH - ELLIPSIS.length - 1);
  const text = chunks.length > 1 ? `${chunks[0]}\n${ELLIPSIS}` : chunks[0]!;
  const keyboard = renderKeyboard(m, log, botUsername);
  return keyboard ? { text, keyboard } : { text };
}

/** A callback query answer: plain text, at most 200 characters. */
export function renderToast(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= MAX_TOAST_LENGTH ? chars.join("") : chars.slice(0, MAX_TOAST_LENGTH - 1).join("") + ELLIPSIS;
}

/** A command name as Telegram allows it: 1-32 of [a-z0-9_]. */
function commandName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .slice(0, 32);
}

/** The command menu in one language, for setMyCommands (at most 100 commands). */
export function renderCommandMenu(menu: MenuEntry[], locale: Locale): BotCommand[] {
  const seen = new Set<string>();
  const out: BotCommand[] = [];
  for (const e of menu) {
    const command = commandName(e.name[locale]);
    if (command === "" || seen.has(command) || out.length >= 100) continue;
    seen.add(command);
    // A command's subcommands follow its description: "… — rejoindre, quitter, pause".
    const subs = subcommandWords(e, locale, ", ");
    const text = e.description[locale].trim() || command;
    const description = Array.from(subs === "" ? text : `${text} — ${subs}`);
    out.push({ command, description: description.length > 256 ? description.slice(0, 255).join("") + ELLIPSIS : description.join("") });
  }
  return out;
}
