// Text helpers for command parsing: accent/case folding, tokenising, closest-word suggestions.

/** Lower-cases and strips accents so "Créneaux", "creneaux" and "CRENEAUX" compare equal. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

/** Splits arguments on whitespace, keeping "quoted names" (straight or French quotes) together. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|«\s*([^»]*?)\s*»|“([^”]*)”|(\S+)/gu;
  for (const m of s.matchAll(re)) {
    const tok = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    if (tok.length > 0) out.push(tok);
  }
  return out;
}

/** Edit distance between two short words (commands, roles), for "did you mean" replies. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The candidate closest to `word`, if it is close enough to be a plausible typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Characters we refuse in messages: C0/C1 controls other than tab and newlines, and bidi overrides. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Replaces lone UTF-16 surrogates (a cut emoji, a JSON escape) with U+FFFD: the database cannot store them. */
export function wellFormed(s: string): string {
  return s.replace(/\p{Cs}/gu, "\uFFFD");
}

/** Invisible characters dropped from names: NUL, bidi marks, embeddings, overrides and isolates. */
const NAME_DROPPED = /[\u0000\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Other C0/C1 controls (tabs, line breaks…), which become a space in a name. */
const NAME_CONTROL = /[\u0001-\u001F\u007F-\u009F]/gu;

/**
 * A display name as Tablée keeps and shows it: lone surrogates mended, NUL and bidi controls
 * dropped (so "Zo\u202Eé gnp.exe\u202C" reads "Zoé gnp.exe", and PostgreSQL can store it), other
 * controls turned into spaces, runs of spaces collapsed. Used wherever people are created or renamed.
 */
export function cleanName(name: string): string {
  return wellFormed(name).replace(NAME_DROPPED, "").replace(NAME_CONTROL, " ").replace(/\s+/gu, " ").trim();
}

/** True when the text holds control characters a person cannot have meant to type. */
export function hasControlCharacters(s: string): boolean {
  return CONTROL.test(s);
}

/** A canteen name folded into a stable lookup key ("Les Petites Cantines – Vaise" → "les-petites-cantines-vaise"). */
export function slugify(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Words meaning "none" (clears a list, unsets a value), the one list every command reads. */
export const NONE_WORDS: readonly string[] = ["none", "aucun", "aucune", "rien", "nothing", "-", "no", "non"];

/** Whether a typed word means "none". */
export function isNone(word: string): boolean {
  return NONE_WORDS.includes(fold(word));
}

/** Words meaning "off" (switches a scheduled message off): "none" and its kin, plus "off". */
export const OFF_WORDS: readonly string[] = [...NONE_WORDS, "off"];

/** Words naming the network of canteens ("/impact reseau"), the one list. */
export const NETWORK_WORDS: readonly string[] = ["reseau", "network", "reseaux", "networks"];
