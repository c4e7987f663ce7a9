// The language a board page speaks: the person's own (chosen with /langue, else the one their
// chat app reports), else the canteen's — in one place.
import type { Canteen, Locale } from "../kernel/ports.ts";

/** The page language: the person's, else the canteen's when known, else Tablée's default (TABLEE_LOCALE). */
export function boardLocale(canteen: Pick<Canteen, "locale"> | null | undefined, fallback: Locale, personal: Locale | null = null): Locale {
  return personal ?? canteen?.locale ?? fallback;
}
