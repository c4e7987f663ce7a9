// Which language a person reads: what they chose with /language, else what their chat app
// reports (if Tablée speaks it), else the canteen's. Groups always read the canteen's language.
import { translator } from "./i18n/index.ts";
import type { CanteenView } from "./context.ts";
import type { Canteen, Locale, Member, Store } from "./ports.ts";

/** Languages Tablée speaks. */

/** A platform's language tag ("fr-FR", "en-GB", "fr") as a language Tablée speaks, or null. */
export function supportedLocale(language: string | null | undefined): Locale | null {
  const l = language?.trim().slice(0, 2).toLowerCase();
  return l === "fr" || l === "en" ? l : null;
}

/** The language of what only this person sees, from what is known of them and what their app says now. */
export function personalLocale(
  member: Pick<Member, "locale" | "reportedLocale"> | null,
  reported: string | undefined,
  fallback: Locale,
): Locale {
  return member?.locale ?? supportedLocale(reported) ?? member?.reportedLocale ?? fallback;
}

/** A canteen seen in one person's language (their reminders, briefs, alerts and notices). */
export function personalView(c: Canteen, now: Date, locale: Locale): CanteenView {
  return { canteen: c, t: translator(locale), locale, now };
}

/** The view of a canteen in the language person `personId` reads privately. */
export async function viewFor(
  store: Pick<Store, "personLocale">,
  c: Canteen,
  now: Date,
  personId: number | undefined,
): Promise<CanteenView> {
  const locale = personId === undefined ? null : await store.personLocale(personId);
  return personalView(c, now, locale ?? c.locale);
}
