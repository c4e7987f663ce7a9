// Rendering neutral messages for the terminal: every line starts with "bot> ", buttons become
// numbered choices the user can type.
import type { Message, Span } from "../../src/kernel/model.ts";
import type { Choice } from "./inbound.ts";

/** The prefix of every line the bot prints. */
export const BOT_PREFIX = "bot> ";

function span(s: Span): string {
  if (typeof s === "string") return s;
  if ("bold" in s) return s.bold;
  if ("italic" in s) return s.italic;
  return `@${s.mention.name}`;
}

/**
 * Renders messages; buttons are numbered from `firstNumber` on. Returns the text and the
 * number → command map for the choices shown.
 */
export function renderMessages(messages: Message[], firstNumber = 1): { text: string; choices: Map<number, Choice> } {
  const out: string[] = [];
  const choices = new Map<number, Choice>();
  let n = firstNumber;
  for (const m of messages) {
    for (const line of m.lines) {
      const body = line.spans.map(span).join("");
      const lead = line.style === "item" ? "  • " : line.style === "note" ? "    " : "";
      for (const [i, part] of body.split("\n").entries()) out.push(BOT_PREFIX + (i === 0 ? lead : " ".repeat(lead.length)) + part);
    }
    for (const row of m.buttons) {
      // A link button prints its address (a terminal opens it on click or copy); Telegram-only
      // "open the private chat" buttons mean nothing here.
      const cells = row.flatMap((b) => {
        if (b.url !== undefined) return [`${b.label}: ${b.url}`];
        if (b.command === undefined) return [];
        choices.set(n, { command: b.command, refresh: m.refresh });
        return [`[${n++}] ${b.label}`];
      });
      if (cells.length > 0) out.push(`${BOT_PREFIX}  ${cells.join("   ")}`);
    }
  }
  return { text: out.join("\n"), choices };
}
