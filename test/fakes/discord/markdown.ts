// What a person sees of a Discord message: markdown applied the way Discord's client does it
// (backslash escapes, bold/italic/strike/spoiler/code markers, list/heading/quote/subtext line
// prefixes, masked links) and `<@id>` mentions shown as "@Name". Unescaped markup is consumed,
// so a bot that forgets to escape user text shows the wrong thing — as on Discord.

/** Private-use characters stand in for escaped and mentioned text while markers are applied. */
const BASE = 0xf0000;

/** Renders Discord markdown to the text a person reads; `nameOf` gives a mentioned user's name. */
export function renderMarkdown(md: string, nameOf: (userId: string) => string): string {
  const held: string[] = [];
  const hold = (text: string): string => {
    held.push(text);
    return String.fromCodePoint(BASE + held.length - 1);
  };
  let s = md.replace(/\\([^0-9A-Za-z\s])/g, (_, c: string) => hold(c));
  s = s.replace(/<@!?(\d+)>/g, (_, id: string) => hold(`@${nameOf(id)}`));
  s = s.replace(/<#(\d+)>/g, (_, id: string) => hold(`#${id}`));
  s = s
    .split("\n")
    .map((line) =>
      line
        .replace(/^-# /, "")
        .replace(/^#{1,3} /, "")
        .replace(/^> /, "")
        .replace(/^(\s*)[-*] /, "$1• "),
    )
    .join("\n");
  const inline: [RegExp, string][] = [
    [/`([^`\n]+)`/g, "$1"],
    [/\*\*([^*]+?)\*\*/g, "$1"],
    [/__([^_]+?)__/g, "$1"],
    [/\*([^*\n]+?)\*/g, "$1"],
    [/\b_([^_\n]+?)_\b/g, "$1"],
    [/~~([^~]+?)~~/g, "$1"],
    [/\|\|([^|]+?)\|\|/g, "$1"],
    [/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, "$1"],
  ];
  for (const [re, to] of inline) s = s.replace(re, to);
  return s.replace(/[\u{f0000}-\u{fffff}]/gu, (c) => held[c.codePointAt(0)! - BASE] ?? c);
}
