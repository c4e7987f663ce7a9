// Reading `/cloturer [jour] couverts N recette X courses Y`: a past day, then keyword–value pairs
// in any order (a later value replaces an earlier one). Amounts become integer cents.
import { DateTime } from "luxon";
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { dayError } from "../../kernel/args.ts";
import { formatDate, localNow, parseDay } from "../../kernel/days.ts";
import { fold } from "../../kernel/text.ts";
import type { CloseField, TakingsMeans, WasteField } from "./ports.ts";
import { AMOUNT_SYMBOLS, parseAmount, parseKg } from "../../kernel/amounts.ts";

/** Covers may not exceed this many times the dining room. */
export const MAX_COVERS_FACTOR = 10;

const KEYWORDS: Record<string, CloseField> = Object.assign(Object.create(null) as Record<string, CloseField>, {
  couverts: "covers",
  couvert: "covers",
  covers: "covers",
  cover: "covers",
  repas: "covers",
  meals: "covers",
  recette: "takings",
  recettes: "takings",
  takings: "takings",
  caisse: "takings",
  courses: "spent",
  depenses: "spent",
  spent: "spent",
  achats: "spent",
});

/** Words naming a means of payment: the takings given apart (`especes 120 carte 60 cheque 7,40`). */
const MEANS_KEYWORDS: Record<string, TakingsMeans> = Object.assign(Object.create(null) as Record<string, TakingsMeans>, {
  especes: "cash",
  espece: "cash",
  liquide: "cash",
  cash: "cash",
  carte: "card",
  cartes: "card",
  cb: "card",
  card: "card",
  cards: "card",
  cheque: "cheque",
  cheques: "cheque",
  check: "cheque",
  checks: "cheque",
});

/** Words naming the waste weighed, in kilograms (`gaspillage 2,5` or apart `assiettes 1 non-servi 1,5`). */
const WASTE_KEYWORDS: Record<string, WasteField> = Object.assign(Object.create(null) as Record<string, WasteField>, {
  gaspillage: "waste",
  gaspi: "waste",
  dechets: "waste",
  waste: "waste",
  assiettes: "wastePlates",
  assiette: "wastePlates",
  plates: "wastePlates",
  plate: "wastePlates",
  "non-servi": "wasteUnserved",
  "non-servis": "wasteUnserved",
  nonservi: "wasteUnserved",
  unserved: "wasteUnserved",
  preparation: "wastePrep",
  prep: "wastePrep",
});

/** The waste field a word names, if any. */
export function wasteKeyword(word: string): WasteField | undefined {
  return WASTE_KEYWORDS[fold(word)];
}

/** The means of payment a word names, if any. */
export function meansKeyword(word: string): TakingsMeans | undefined {
  return MEANS_KEYWORDS[fold(word)];
}

/** The close-out field a word names, if any. */
export function closeKeyword(word: string): CloseField | undefined {
  return KEYWORDS[fold(word)];
}

/** A word that starts a keyword–value pair: a field, a means of payment or a part of the waste. */
export const isKeyword = (word: string) =>
  closeKeyword(word) !== undefined || meansKeyword(word) !== undefined || wasteKeyword(word) !== undefined;

/** A whole number of covers, 0 … max; undefined otherwise. */
export function parseCovers(text: string, max: number): number | undefined {
  if (!/^\d{1,6}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}

/**
 * A past (or today's) service date from the day words: a weekday means the latest one on or
 * before today, a date without a year the latest one so far.
 */
export function parsePastDay(ctx: CanteenContext, words: string[]): string {
  const res = parseDay(words, ctx.calendar, ctx.now);
  if (!res.ok && res.reason !== "past") throw dayError(ctx, res, words.join(" "));
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  let d = DateTime.fromISO(res.date);
  if (res.date > today) {
    // A weekday is a word that "next …" applies to ("mardi prochain"); "demain" is not one.
    const next = words.length === 1 ? parseDay([words[0]!, "prochain"], ctx.calendar, ctx.now) : undefined;
    const weekday = next !== undefined && (next.ok || next.reason !== "unknown");
    // A date typed without its year ("12/11", "12 novembre") is the latest one so far.
    const yearless = words.some((w) => /\d/.test(w)) && !words.some((w) => /\d{4}/.test(w));
    if (weekday) d = d.minus({ weeks: Math.ceil(d.diff(DateTime.fromISO(today), "days").days / 7) });
    else if (yearless) d = d.minus({ years: 1 });
  }
  const date = d.toISODate()!;
  if (date > today) throw new UserError("closeout.future", { date: formatDate(date, ctx.locale, ctx.now) });
  return date;
}

/** What `/cloturer` was asked: the day words (maybe none) and the values, in cents for money. */
export interface CloseArgs {
  dayWords: string[];
  values: Partial<Record<CloseField, number>>;
  /** The takings per means of payment, in cents, when given apart. */
  split: Partial<Record<TakingsMeans, number>>;
  /** The waste, in grams: the total and/or its parts. */
  waste: Partial<Record<WasteField, number>>;
}

/** Splits the arguments; a bad value throws a reply naming it, before anything is recorded. */
export function parseCloseArgs(ctx: CanteenContext, args: string): CloseArgs {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const first = words.findIndex(isKeyword);
  const dayWords = first === -1 ? words : words.slice(0, first);
  const values: CloseArgs["values"] = {};
  const split: CloseArgs["split"] = {};
  const waste: CloseArgs["waste"] = {};
  if (first === -1) return { dayWords, values, split, waste };
  const maxCovers = ctx.canteen.covers * MAX_COVERS_FACTOR;
  let i = first;
  while (i < words.length) {
    const means = meansKeyword(words[i]!);
    const field = closeKeyword(words[i]!);
    const weighed = wasteKeyword(words[i]!);
    if (!field && !means && !weighed) throw new UserError("closeout.unknownWord", { word: words[i] });
    const raw = words[i + 1];
    if (raw === undefined || isKeyword(raw)) throw new UserError("closeout.missingValue", { word: words[i] });
    i += 2;
    if (weighed) {
      // "2,5 kg": the unit may be its own word.
      const unit = words[i] !== undefined && fold(words[i]!) === "kg";
      const grams = parseKg(raw);
      if (grams === undefined) throw new UserError("closeout.badWeight", { value: raw });
      if (unit) i++;
      waste[weighed] = grams;
      continue;
    }
    if (field === "covers") {
      const n = parseCovers(raw, maxCovers);
      if (n === undefined) throw new UserError("closeout.badCovers", { value: raw, max: maxCovers });
      values.covers = n;
      continue;
    }
    // "312,50 €": the currency may be its own word.
    let text = raw;
    const next = words[i];
    if (next !== undefined && AMOUNT_SYMBOLS.includes(fold(next))) {
      text += next;
      i++;
    }
    const cents = parseAmount(text);
    if (cents === undefined) throw new UserError("closeout.badAmount", { value: text, word: words[i - 2] ?? raw });
    if (means) split[means] = cents;
    else values[field!] = cents;
  }
  return { dayWords, values, split, waste };
}
