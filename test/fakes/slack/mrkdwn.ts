// What a person sees of a Slack message: mrkdwn formatting applied (markers gone), entities
// decoded, `<@U…>` shown as "@Name", Block Kit laid out as lines, invisible characters hidden.
// Follows Slack's documented rules: a marker opens after a space or punctuation (or at the start)
// before a non-space, and closes after a non-space before a space, punctuation or the end.

/** Finds display names for `<@U…>` mentions. */
export type NameOf = (userId: string) => string;

const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff]/g;
// Characters around which a marker may open or close (not letters, digits, or invisible joiners).
const EDGE = String.raw`[\s!"#$%&'()*+,\-./:;<=>?@[\\\]^_\x60{|}~«»“”‘’…—–]`;

function applyMarker(text: string, marker: string): string {
  const m = marker === "*" ? "\\*" : marker;
  const re = new RegExp(String.raw`(^|${EDGE})${m}(?!\s)([^${m}\n]*?[^\s${m}])${m}(?=$|${EDGE})`, "g");
  // Run to a fixed point: adjacent spans share their edge character.
  let prev: string;
  do {
    prev = text;
    text = text.replace(re, "$1$2");
  } while (text !== prev);
  return text;
}

/** Renders mrkdwn text as the reader sees it. */
export function renderMrkdwn(text: string, nameOf: NameOf): string {
  let out = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
    const [target = "", label] = inner.split("|");
    if (target.startsWith("@")) return `@${nameOf(target.slice(1))}`;
    if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
    if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
    return label ?? target;
  });
  // Code first: nothing inside it is formatted.
  for (const marker of ["`", "*", "_", "~"]) out = applyMarker(out, marker);
  return out.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(INVISIBLE, "");
}

/** Plain text objects show literally (Slack does not parse them). */
function textObject(t: { type?: string; text?: string } | undefined, nameOf: NameOf): string {
  if (!t?.text) return "";
  return t.type === "mrkdwn" ? renderMrkdwn(t.text, nameOf) : t.text.replace(INVISIBLE, "");
}

/** A Block Kit block, loosely typed as it arrives over the wire. */
export interface WireBlock {
  type: string;
  text?: { type?: string; text?: string };
  fields?: { type?: string; text?: string }[];
  elements?: { type: string; text?: string | { type?: string; text?: string }; action_id?: string; value?: string }[];
  [key: string]: unknown;
}

/** Renders a message's blocks (or its text when it has none) line by line. */
export function renderMessage(msg: { text?: string; blocks?: WireBlock[] }, nameOf: NameOf): string {
  if (!msg.blocks || msg.blocks.length === 0) return renderMrkdwn(msg.text ?? "", nameOf);
  const lines: string[] = [];
  for (const b of msg.blocks) {
    switch (b.type) {
      case "header":
      case "section":
        if (b.text) lines.push(textObject(b.text, nameOf));
        for (const f of b.fields ?? []) lines.push(textObject(f, nameOf));
        break;
      case "context":
        lines.push(
          (b.elements ?? [])
            .map((e) =>
              typeof e.text === "object" ? textObject(e.text, nameOf) : textObject(e as { type?: string; text?: string }, nameOf),
            )
            .join(" "),
        );
        break;
      case "actions":
        lines.push((b.elements ?? []).map((e) => `[${typeof e.text === "object" ? textObject(e.text, nameOf) : ""}]`).join(" "));
        break;
      case "divider":
        lines.push("———");
        break;
      default:
        lines.push(`(${b.type})`);
    }
  }
  return lines.join("\n");
}
