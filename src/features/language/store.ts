// Each person's language in the database: the one they chose, and the one their app reports.
import type { LanguageStore } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { asLocale } from "../../store/mappers.ts";
import { atomic } from "../../store/tx.ts";

/** The LanguageStore part of the Store port. */
export function languageStore({ prisma }: Database): LanguageStore {
  return {
    personLocale: (personId) =>
      atomic(prisma, async (tx) => {
        const p = await tx.person.findUnique({ where: { id: personId }, select: { locale: true, reportedLocale: true } });
        return asLocale(p?.locale) ?? asLocale(p?.reportedLocale);
      }),

    setPersonLocale: (personId, patch) =>
      atomic(prisma, async (tx) => {
        await tx.person.updateMany({
          where: { id: personId },
          data: {
            ...(patch.chosen !== undefined ? { locale: patch.chosen } : {}),
            ...(patch.reported !== undefined ? { reportedLocale: patch.reported } : {}),
          },
        });
      }),
  };
}
