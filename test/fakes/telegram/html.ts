// Telegram's HTML parse mode, as the fake Bot API applies it: only Telegram's tags, balanced,
// and every <, > and & outside a tag written as an entity — or the message is refused with
// "can't parse entities", as Telegram does. The result is the text a person sees.

/** Text as shown to people, plus the links in it (mentions are tg://user?id=… links). */
export interface ParsedHtml {
  text: string;
  links: { href: string; text: string }[];
  bold: string[];
}

/** Refusal of a text, worded like Telegram's. */
export class EntityParseError extends Error {}

const TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-emoji",
]);
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

function entity(source: string, at: number): { char: string; length: number } {
  const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/.exec(source.slice(at, at + 12));
  if (!m) throw new EntityParseError(`Can't parse entities: character '&' is reserved and must be escaped at byte offset ${at}`);
  const body = m[1]!;
  if (body.startsWith("#x")) return { char: String.fromCodePoint(parseInt(body.slice(2), 16)), length: m[0].length };
  if (body.startsWith("#")) return { char: String.fromCodePoint(parseInt(body.slice(1), 10)), length: m[0].length };
  const named = NAMED[body];
  if (named === undefined) throw new EntityParseError(`Can't parse entities: unsupported HTML entity "&${body};" at byte offset ${at}`);
  return { char: named, length: m[0].length };
}

function decode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length;) {
    if (s[i] === "&") {
      const e = entity(s, i);
      out += e.char;
      i += e.length;
    } else out += s[i++];
  }
  return out;
}

/** Parses a text sent with parse_mode "HTML"; throws EntityParseError as Telegram would refuse it. */
export function parseTelegramHtml(source: string): ParsedHtml {
  const open: { tag: string; href?: string; start: number }[] = [];
  const links: ParsedHtml["links"] = [];
  const bold: string[] = [];
  let text = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "&") {
      const e = entity(source, i);
      text += e.char;
      i += e.length;
      continue;
    }
    if (c === ">") throw new EntityParseError(`Can't parse entities: character '>' is reserved and must be escaped at byte offset ${i}`);
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const end = source.indexOf(">", i);
    if (end < 0) throw new EntityParseError(`Can't parse entities: unclosed start tag at byte offset ${i}`);
    const inner = source.slice(i + 1, end);
    const closing = /^\/([a-z-]+)\s*$/.exec(inner);
    if (closing) {
      const top = open.pop();
      if (!top || top.tag !== closing[1]) throw new EntityParseError(`Can't parse entities: unexpected end tag at byte offset ${i}`);
      const span = text.slice(top.start);
      if (top.tag === "a") links.push({ href: top.href ?? "", text: span });
      if (top.tag === "b" || top.tag === "strong") bold.push(span);
    } else {
      const m = /^([a-z-]+)((?:\s+[a-z-]+\s*=\s*"[^"]*")*)\s*$/.exec(inner);
      if (!m || !TAGS.has(m[1]!)) {
        throw new EntityParseError(`Can't parse entities: unsupported start tag "${inner.split(/\s/)[0]}" at byte offset ${i}`);
      }
      const href = /href\s*=\s*"([^"]*)"/.exec(m[2] ?? "")?.[1];
      open.push({ tag: m[1]!, start: text.length, ...(href !== undefined ? { href: decode(href) } : {}) });
    }
    i = end + 1;
  }
  if (open.length > 0)
    throw new EntityParseError(`Can't parse entities: can't find end tag corresponding to start tag "${open.at(-1)!.tag}"`);
  return { text, links, bold };
}
