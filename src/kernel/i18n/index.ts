// French and English message catalogues behind i18next (interpolation, plurals by count).
import i18next, { type i18n } from "i18next";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

/** Looks a message up in one language. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

let instance: i18n | undefined;

function engine(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      lng: "fr",
      fallbackLng: "fr",
      initAsync: false,
      // Renderers escape for each platform; i18next must not HTML-escape names.
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<i18n["init"]>[0]);
  }
  return instance;
}

/** A translator fixed to one language. */
export function translator(locale: "fr" | "en"): Translate {
  const t = engine().getFixedT(locale);
  return (key, params) => t(key, params ?? {}) as string;
}

/** Every key of a catalogue, flattened ("errors.unknownDay"), for completeness tests. */
export function catalogueKeys(locale: "fr" | "en"): string[] {
  const walk = (o: object, prefix: string): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v !== null ? walk(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
  return walk(locale === "fr" ? fr : en, "");
}

/** The Intl / Luxon locale of one of our languages: French as in France, English as in Britain. */
export function intlLocale(locale: "fr" | "en"): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

/** The languages Tablée speaks, French first. */
export const LOCALES: readonly ("fr" | "en")[] = ["fr", "en"];
