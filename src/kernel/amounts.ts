// Amounts of money as people type them ("312,50 €", "€312.50", "312") and as Tablée writes them,
// in cents: the one place every feature reads them from (close-out, settings, figures).
import { intlLocale } from "./i18n/index.ts";
import { fold } from "./text.ts";

/** Largest amount one service may record (1,000,000.00 in the canteen's currency). */
export const MAX_AMOUNT_CENTS = 100_000_000;

/** Currency words and symbols people type around an amount. */
export const AMOUNT_SYMBOLS: readonly string[] = ["€", "$", "£", "chf", "eur", "euro", "euros", "usd", "gbp"];

/** "312,50" "312.50" "312,50 €" "€312.50" "312" → cents; undefined when it is not an amount. */
export function parseAmount(text: string): number | undefined {
  let s = fold(text).replace(/\s+/g, "");
  for (const sym of AMOUNT_SYMBOLS) {
    if (s.startsWith(sym)) s = s.slice(sym.length);
    else if (s.endsWith(sym)) s = s.slice(0, -sym.length);
  }
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
  return cents <= MAX_AMOUNT_CENTS ? cents : undefined;
}

/** Money in the canteen's language: "312,50 €" / "€312.50". */
export function formatMoney(cents: number, currency: string, locale: "fr" | "en"): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** The most waste one service may weigh, in grams (10 tonnes: a typing slip beyond). */
export const MAX_WEIGHT_GRAMS = 10_000_000;

/** Kilograms as typed ("2,5", "2.5", "2,5kg") → whole grams; undefined when not a weight. */
export function parseKg(text: string): number | undefined {
  const s = fold(text).replace(/\s+/g, "").replace(/kg$/, "");
  const m = /^(\d{1,5})(?:[.,](\d{1,3}))?$/.exec(s);
  if (!m) return undefined;
  const grams = Number(m[1]) * 1000 + Number((m[2] ?? "0").padEnd(3, "0"));
  return grams <= MAX_WEIGHT_GRAMS ? grams : undefined;
}

/** Grams as kilograms in the reader's language: "2,5 kg" / "2.5 kg". */
export function formatKg(grams: number, locale: "fr" | "en"): string {
  return `${new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 3 }).format(grams / 1000)} kg`;
}
