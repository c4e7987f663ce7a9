// Rendering neutral messages as Discord message bodies: Discord markdown with every piece of user
// text escaped, mentions only for Discord people (and only those may ping), buttons as action
// rows whose custom_id carries the command and the message's refresh.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  type APIEmbed,
} from "discord.js";
import type { Button, Line, Message, Span } from "../../src/kernel/model.ts";
import { encodeCustomId, nativeId } from "./ids.ts";

/** Discord's limits on a message. */
export const LIMITS = { content: 2000, embedDescription: 4096, label: 80, buttonsPerRow: 5, rows: 5 } as const;

/** The JSON body of a message create/edit (channel message, interaction response, webhook). */
export interface MessageBody {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId | APIButtonComponentWithURL>[];
  allowed_mentions: { parse: []; users: string[] };
}

/** A rendered message, and how many buttons could not be shown (logged by the caller). */
export interface Rendered {
  body: MessageBody;
  droppedButtons: number;
}

/**
 * Characters Discord markdown reads as formatting (bold, lists, headings, quotes, spoilers, masked
 * links, code) or as mentions (`<@…>`); a backslash shows any of them literally.
 */
const MARKDOWN = /[\\*_~`|>#\-[\]()<]/g;

/** User text made literal for Discord markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, "\\$&");
}

function renderSpan(span: Span, mentioned: Set<string>, inBold: boolean): string {
  if (typeof span === "string") return escapeMarkdown(span);
  if ("bold" in span) return span.bold === "" ? "" : inBold ? escapeMarkdown(span.bold) : `**${escapeMarkdown(span.bold)}**`;
  if ("italic" in span) return span.italic === "" ? "" : `_${escapeMarkdown(span.italic)}_`;
  const id = nativeId(span.mention.address);
  if (!id) return escapeMarkdown(span.mention.name);
  mentioned.add(id);
  return `<@${id}>`;
}

function renderLine(line: Line, mentioned: Set<string>): string {
  const title = line.style === "title";
  const body = line.spans.map((s) => renderSpan(s, mentioned, title)).join("");
  const parts = body.split("\n");
  switch (line.style) {
    case "title":
      return parts.map((p) => (p.trim() === "" ? p : `**${p}**`)).join("\n");
    case "item":
      return parts.map((p, i) => (i === 0 ? `- ${p}` : `  ${p}`)).join("\n");
    case "note":
      return parts.map((p) => `-# ${p}`).join("\n");
    default:
      return body;
  }
}

function buttonStyle(b: Pick<Button, "style">): ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger {
  return b.style === "primary" ? ButtonStyle.Primary : b.style === "danger" ? ButtonStyle.Danger : ButtonStyle.Secondary;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Buttons as at most 5 action rows of at most 5 buttons. Rows are kept as the core laid them out
 * when they fit; otherwise every button is packed five to a row.
 */
function renderButtons(m: Message): { rows: MessageBody["components"]; dropped: number } {
  const fits = m.buttons.length <= LIMITS.rows && m.buttons.every((r) => r.length <= LIMITS.buttonsPerRow);
  const all = m.buttons.flat();
  const layout: Button[][] = fits ? m.buttons : [];
  if (!fits) for (let i = 0; i < all.length; i += LIMITS.buttonsPerRow) layout.push(all.slice(i, i + LIMITS.buttonsPerRow));
  let index = 0;
  let dropped = 0;
  const rows: MessageBody["components"] = [];
  for (const row of layout.slice(0, LIMITS.rows)) {
    const components: (APIButtonComponentWithCustomId | APIButtonComponentWithURL)[] = [];
    for (const b of row) {
      // A link button opens its url; a Telegram-only "open the private chat" button is left out.
      if (b.url !== undefined) {
        components.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: truncate(b.label, LIMITS.label), url: b.url });
        continue;
      }
      if (b.command === undefined) continue;
      const customId = encodeCustomId(index++, b.command, m.refresh);
      if (!customId || b.label.trim() === "") {
        dropped++;
        continue;
      }
      components.push({ type: ComponentType.Button, style: buttonStyle(b), label: truncate(b.label, LIMITS.label), custom_id: customId });
    }
    if (components.length > 0) rows.push({ type: ComponentType.ActionRow, components });
  }
  dropped += layout.slice(LIMITS.rows).flat().length;
  return { rows, dropped };
}

/**
 * Renders a message. Text longer than Discord's 2,000-character content limit goes into an embed
 * description instead (up to 4,096 characters, then cut with "…"), so one message stays one
 * message and can be edited in place.
 */
export function renderMessage(m: Message): Rendered {
  const mentioned = new Set<string>();
  const text = m.lines.map((l) => renderLine(l, mentioned)).join("\n");
  const { rows, dropped } = renderButtons(m);
  const long = text.length > LIMITS.content;
  const body: MessageBody = {
    content: long ? "" : text === "" && rows.length === 0 ? "\u200b" : text,
    embeds: long ? [{ description: truncate(text, LIMITS.embedDescription) }] : [],
    components: rows,
    allowed_mentions: { parse: [], users: [...mentioned].slice(0, 100) },
  };
  return { body, droppedButtons: dropped };
}
