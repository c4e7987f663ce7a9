// What /mesdonnees · /mydata asks of the store: everything held about one person.
import type { PersonRows } from "../../kernel/feature.ts";

/** Everything Tablée holds about a person: their profile, then each table's rows (or count). */
export interface PersonData {
  exportedAt: string;
  person: {
    name: string;
    diets: string[];
    allergies: string[];
    language: string | null;
    appLanguage: string | null;
    since: string;
  };
  /** Per table (the Prisma model's name): how many rows, and the rows when they are not secrets. */
  tables: Record<string, PersonRows>;
}

/** The store port of /mydata. */
export interface MydataStore {
  /** Everything about a person, read in one transaction; null when there is no such person. */
  personData(personId: number, now: Date): Promise<PersonData | null>;
}
