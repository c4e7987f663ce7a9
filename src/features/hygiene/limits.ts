// Temperatures as people type them ("3,5", "3.5", "3,5°C", "-19") and the usual limits of each kind
// of equipment (fridge 0…+4 °C, freezer ≤ −18 °C, hot holding ≥ +63 °C), settable per piece.
import type { CanteenView } from "../../kernel/context.ts";
import type { Locale } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";
import type { EquipmentKind } from "./ports.ts";

/** The usual limits in °C of each kind (null: no bound on that side). */
export const DEFAULT_LIMITS: Readonly<Record<EquipmentKind, { min: number | null; max: number | null }>> = {
  fridge: { min: 0, max: 4 },
  freezer: { min: null, max: -18 },
  hot: { min: 63, max: null },
};

/** Readings outside this range are typing mistakes, not temperatures of a kitchen. */
export const PLAUSIBLE = { min: -50, max: 150 } as const;

const KIND_WORDS: Record<EquipmentKind, readonly string[]> = {
  fridge: ["froid", "fridge", "refrigerateur", "cold", "chambre-froide", "cold-room", "chiller"],
  freezer: ["congelateur", "congel", "freezer", "surgeles", "negatif"],
  hot: ["chaud", "hot", "maintien-chaud", "hot-holding", "bain-marie"],
};

/** The kind a word names ("congélateur" → "freezer"). */
export function parseKind(word: string): EquipmentKind | undefined {
  const w = fold(word);
  return (Object.keys(KIND_WORDS) as EquipmentKind[]).find((k) => KIND_WORDS[k].includes(w));
}

/** A number of °C as typed: "3,5", "3.5", "+4", "-19", "−19" (a typographic minus), "3,5°C", "3,5 °C". */
const TEMPERATURE = /^([+\-−]?)(\d{1,3})(?:[.,](\d{1,2}))?\s*(?:°\s*c?|c|degres?)?$/iu;

/** The temperature a word means, to one decimal; undefined when it is not one. */
export function parseTemperature(text: string): number | undefined {
  const m = TEMPERATURE.exec(fold(text));
  if (!m) return undefined;
  const value = Number(`${m[2]}.${m[3] ?? "0"}`) * (m[1] === "-" || m[1] === "−" ? -1 : 1);
  return Math.round(value * 10) / 10 || 0;
}

/**
 * Splits "<name words> <temperature>" at the temperature at its end ("Frigo 1 3,5 °C" →
 * "Frigo 1", 3.5); undefined when it does not end with one.
 */
export function splitNameAndTemperature(text: string): { name: string; value: number } | undefined {
  const m = /^(.*?)\s+([+\-−]?\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:°\s*[cC]?|[cC]|degr[eé]s?))?)\s*$/u.exec(text.trim());
  if (!m) return undefined;
  const value = parseTemperature(m[2]!);
  const name = m[1]!.replace(/^["«“]\s*|\s*["»”]$/gu, "").trim();
  return value === undefined || name === "" ? undefined : { name, value };
}

/** True when `value` is within the bounds (a null bound holds always). */
export function withinLimits(value: number, min: number | null, max: number | null): boolean {
  return (min === null || value >= min) && (max === null || value <= max);
}

/** "3,5 °C", "−18 °C", "63 °C" in the reader's language. */
export function formatTemperature(value: number, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 }).format(value);
  return `${n.replace("-", "−")} °C`;
}

/** "0 à 4 °C", "≤ −18 °C", "≥ 63 °C", or "no limits". */
export function limitsText(v: Pick<CanteenView, "t" | "locale">, min: number | null, max: number | null): string {
  const f = (n: number) => formatTemperature(n, v.locale);
  if (min !== null && max !== null)
    return v.t("hygiene.limits.range", { min: formatTemperature(min, v.locale).replace(" °C", ""), max: f(max) });
  if (max !== null) return v.t("hygiene.limits.atMost", { max: f(max) });
  if (min !== null) return v.t("hygiene.limits.atLeast", { min: f(min) });
  return v.t("hygiene.limits.none");
}
