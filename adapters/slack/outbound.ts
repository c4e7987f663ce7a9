// Rendering neutral messages as Block Kit: a header for the title, mrkdwn sections for text and
// bullet items, context blocks for notes, actions blocks for buttons, and a plain `text`
// fallback for notifications. User text is escaped so it always shows literally.
import type { types } from "@slack/bolt";
import { plainSpans, type Line, type Message, type Span } from "../../src/kernel/model.ts";
import { ACTION_PREFIX, encodeButtonValue, isSlackAddress, nativeId } from "./ids.ts";

/** A message as chat.postMessage / chat.update / response_url take it. */
export interface RenderedMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Slack's limits (Block Kit reference). */
export const LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, buttonText: 75, fallbackText: 3000 } as const;

const ZWSP = "\u200b";

/**
 * Escapes user text for mrkdwn: `& < >` become entities (so `<!channel>` or `<b>` stay literal) and
 * each of `* _ ~ \`` is fenced by zero-width spaces, which stops Slack from reading it as a
 * formatting marker whatever the neighbouring characters are, while looking the same.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`);
}

/**
 * Wraps escaped text in a formatting marker, line by line (a marker never spans lines), keeping
 * surrounding spaces outside it (Slack ignores `* x*`).
 */
function wrap(marker: string, text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const [, lead = "", body = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(line)!;
      return body === "" ? line : `${lead}${marker}${escapeMrkdwn(body)}${marker}${trail}`;
    })
    .join("\n");
}

/** One span as mrkdwn: mentions of Slack people become `<@U…>`, anyone else shows as "@name". */
export function renderSpan(s: Span): string {
  if (typeof s === "string") return escapeMrkdwn(s);
  if ("bold" in s) return wrap("*", s.bold);
  if ("italic" in s) return wrap("_", s.italic);
  return isSlackAddress(s.mention.address) ? `<@${nativeId(s.mention.address)}>` : escapeMrkdwn(`@${s.mention.name}`);
}

function lineText(line: Line): string {
  const body = line.spans.map(renderSpan).join("");
  return line.style === "item" ? `• ${body}` : body;
}

/** Cuts text into pieces of at most `max` characters, at a line break or space when possible. */
export function chunk(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf("\n", max), rest.lastIndexOf(" ", max));
    if (cut < max / 2) cut = max;
    // Never split an entity (&amp;) or a fenced marker.
    while (cut > 1 && /&[a-z]{0,4}$/.test(rest.slice(Math.max(0, cut - 5), cut))) cut--;
    if (rest[cut - 1] === ZWSP || rest[cut] === ZWSP) cut = Math.max(1, cut - 2);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[ \n]/, "");
  }
  if (rest !== "" || out.length === 0) out.push(rest);
  return out;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const section = (text: string): types.KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (text: string): types.KnownBlock => ({ type: "context", elements: [{ type: "mrkdwn", text }] });

/** Consecutive lines of the same kind grouped, so a long sheet stays within 50 blocks. */
function lineBlocks(lines: Line[]): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  let run: { kind: "section" | "context"; texts: string[] } | undefined;
  const flush = () => {
    if (!run) return;
    const make = run.kind === "section" ? section : context;
    for (const piece of chunk(run.texts.join("\n"), LIMITS.sectionText)) blocks.push(make(piece));
    run = undefined;
  };
  for (const line of lines) {
    const plainTitle = line.style === "title" && line.spans.every((s) => typeof s === "string" || !("mention" in s));
    if (plainTitle && plainSpans(line.spans).length <= LIMITS.headerText && plainSpans(line.spans).trim() !== "") {
      flush();
      blocks.push({ type: "header", text: { type: "plain_text", text: plainSpans(line.spans), emoji: true } });
      continue;
    }
    const kind = line.style === "note" ? "context" : "section";
    const text =
      line.style === "title" ? line.spans.map((s) => (typeof s === "string" ? wrap("*", s) : renderSpan(s))).join("") : lineText(line);
    if (run?.kind !== kind) flush();
    run ??= { kind, texts: [] };
    run.texts.push(text === "" ? " " : text);
  }
  flush();
  return blocks;
}

function buttonBlocks(m: Message): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  m.buttons.forEach((row, r) => {
    const elements: types.Button[] = [];
    // A link button opens its url (Slack still sends block_actions, acked and ignored as not
    // one of ours); a Telegram-only "open the private chat" button is left out.
    row.slice(0, 25).forEach((b, c) => {
      const common: types.Button = {
        type: "button",
        action_id: `${ACTION_PREFIX}${r}.${c}`,
        text: { type: "plain_text", text: truncate(b.label, LIMITS.buttonText), emoji: true },
        ...(b.style ? { style: b.style } : {}),
      };
      if (b.url !== undefined) elements.push({ ...common, url: b.url });
      else if (b.command !== undefined) elements.push({ ...common, value: encodeButtonValue({ command: b.command, refresh: m.refresh }) });
    });
    if (elements.length > 0) blocks.push({ type: "actions", block_id: `tablee-row-${r}`, elements });
  });
  return blocks;
}

/** The plain-text fallback Slack shows in notifications and to screen readers. */
export function fallbackText(m: Message): string {
  const text = m.lines.map((l) => (l.style === "item" ? "• " : "") + plainSpans(l.spans)).join("\n");
  return truncate(escapeMrkdwn(text.trim() === "" ? "…" : text), LIMITS.fallbackText);
}

/** Renders a neutral message as Block Kit plus its fallback text. */
export function renderMessage(m: Message): RenderedMessage {
  const buttons = buttonBlocks(m).slice(0, LIMITS.blocks);
  let lines = lineBlocks(m.lines);
  const room = LIMITS.blocks - buttons.length;
  if (lines.length > room) {
    // Too many blocks: everything in as few sections as the text needs, cut if it still overflows.
    lines = chunk(m.lines.map(lineText).join("\n"), LIMITS.sectionText).map(section).slice(0, room);
  }
  return { text: fallbackText(m), blocks: [...lines, ...buttons] };
}

/** A short acknowledgement (toast) as ephemeral message text. */
export function renderToast(text: string): string {
  return truncate(escapeMrkdwn(text), LIMITS.fallbackText);
}
