// French and English message catalogues behind i18next (interpolation, plurals by count).
import i18next, { type i18n } from "i18next";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import type { Catalogue } from "../feature.ts";

/** A catalogue with the same keys as `T` (an English one shaped as its French reference), strings anywhere. */
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

/** Looks a message up in one language. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

let instance: i18n | undefined;

/** The kernel's catalogues with every feature's merged in (useCatalogues). */
let catalogues: { fr: Catalogue; en: Catalogue } = { fr, en };
let used: readonly { readonly name: string; readonly messages?: { readonly fr: Catalogue; readonly en: Catalogue } }[] = [];

/** Deep-merges `add` into `into`; a key both define as a message is a mistake and throws. */
function merge(into: Catalogue, add: Catalogue, where: string, path = ""): Catalogue {
  const out: Record<string, unknown> = { ...into };
  for (const [k, v] of Object.entries(add)) {
    const had = out[k];
    const both = typeof had === "object" && had !== null && typeof v === "object" && v !== null;
    if (had !== undefined && !both) throw new Error(`message ${path}${k} is defined twice (again by ${where})`);
    out[k] = both ? merge(had as Catalogue, v as Catalogue, where, `${path}${k}.`) : v;
  }
  return out;
}

/**
 * Adds the features' messages to the kernel's (each feature keeps its catalogues in its folder).
 * Called by createCore and by anything that translates before a core exists; the same list again is a no-op.
 */
export function useCatalogues(
  features: readonly { readonly name: string; readonly messages?: { readonly fr: Catalogue; readonly en: Catalogue } }[],
): void {
  if (features === used || (features.length === used.length && features.every((f, i) => f === used[i]))) return;
  let next: { fr: Catalogue; en: Catalogue } = { fr, en };
  for (const f of features) if (f.messages) next = { fr: merge(next.fr, f.messages.fr, f.name), en: merge(next.en, f.messages.en, f.name) };
  catalogues = next;
  used = features;
  instance = undefined;
}

function engine(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
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
  return walk(catalogues[locale], "");
}

/** The Intl / Luxon locale of one of our languages: French as in France, English as in Britain. */
export function intlLocale(locale: "fr" | "en"): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

/** The languages Tablée speaks, French first. */
export const LOCALES: readonly ("fr" | "en")[] = ["fr", "en"];
