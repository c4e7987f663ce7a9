// What the language feature needs from the store: a person's chosen and reported languages.
import type { Locale } from "../../kernel/ports.ts";

/** Persistence of each person's language (Person.locale, Person.reportedLocale). */
export interface LanguageStore {
  /**
   * The language a person reads what only they see in: the one they chose, else the one their
   * chat app last reported; null when neither is known (then the canteen's applies).
   */
  personLocale(personId: number): Promise<Locale | null>;
  /** Records the language a person chose (null: follow their app again) and/or the one their app reports. */
  setPersonLocale(personId: number, patch: { chosen?: Locale | null; reported?: Locale }): Promise<void>;
}
