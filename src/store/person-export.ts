// `/mesdonnees` · `/mydata`: everything Tablée holds about one person, table by table, as every
// table referring to a person exports it (src/store/person-hooks.ts; a test fails when one has no
// export). Secrets (hashes of tokens, codes, session ids) are never in it, only counted; survey
// answers are not tied to anyone, so only the number of questions answered is.
import type { PersonTable } from "../kernel/feature.ts";
import type { PersonData } from "../features/mydata/ports.ts";
import type { Tx } from "./tx.ts";

/** Everything about one person, read in one transaction, each of `people`'s tables in their order. */
export async function exportPerson(tx: Tx, people: readonly PersonTable<Tx>[], personId: number, now: Date): Promise<PersonData | null> {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { displayName: true, diets: true, allergies: true, locale: true, reportedLocale: true, createdAt: true },
  });
  if (!person) return null;
  const tables: PersonData["tables"] = {};
  for (const table of people) if (table.export) tables[table.exportAs ?? table.model] = await table.export(tx, personId, now);
  return {
    exportedAt: now.toISOString(),
    person: {
      name: person.displayName,
      diets: person.diets === "" ? [] : person.diets.split(","),
      allergies: person.allergies === "" ? [] : person.allergies.split(","),
      language: person.locale,
      appLanguage: person.reportedLocale,
      since: person.createdAt.toISOString(),
    },
    tables,
  };
}
