// The language a board page speaks. One function, so a person's own language (when people
// get one) replaces the canteen's in one place.
import type { Canteen, Locale } from "../core/ports.ts";

/** The page language: the canteen's when known, else Tablée's default (TABLEE_LOCALE). */
export function boardLocale(canteen: Pick<Canteen, "locale"> | null | undefined, fallback: Locale): Locale {
  return canteen?.locale ?? fallback;
}
