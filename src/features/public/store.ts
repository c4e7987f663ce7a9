// The public page's part of the store: canteens by their slug, and the page's "I'm coming"
// answers, which the headcount counts with the poll's (the menu feature's MORE_ANSWERS point).
import type { Answer } from "../../kernel/ports.ts";
import type { Database } from "../../store/database.ts";
import { toCanteen } from "../../store/mappers.ts";
import { atomic, type Tx } from "../../store/tx.ts";
import { lockedService } from "../sheet/index.ts";
import type { PublicStore } from "./ports.ts";

/** A service's page answers as the headcount reads them: one eater and count − 1 more each, no profile, no person. */
export async function pageAnswers(tx: Tx, serviceId: number): Promise<Answer[]> {
  const rows = await tx.pageAnswer.findMany({ where: { serviceId }, select: { count: true }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ personId: 0, name: "", eating: true, guests: r.count - 1, diets: [], allergies: [] }));
}

/** The store part src/app.ts merges into the Store. */
/** A closed date's "I'm coming" answers go with its poll answers (the menu feature's ANSWERS_CLEARED). */
export async function clearPageAnswers(tx: Tx, serviceId: number): Promise<void> {
  await tx.pageAnswer.deleteMany({ where: { serviceId } });
}

export function publicStore(database: Database): PublicStore {
  const db = database.prisma;
  const pg = database.provider === "postgres";
  return {
    canteenBySlug: (slug) =>
      atomic(db, async (tx) => {
        const c = await tx.canteen.findUnique({ where: { slug }, include: { roles: true } });
        return c ? toCanteen(c) : null;
      }),
    canteenSlug: (canteenId) =>
      atomic(db, async (tx) => (await tx.canteen.findUnique({ where: { id: canteenId }, select: { slug: true } }))?.slug ?? null),
    comeFromPage: (input) =>
      atomic(db, async (tx) => {
        // Locked: two answers from one browser at once cannot both pass its limit.
        const serviceId = (await lockedService(tx, pg, input.canteenId, input.date, true))!;
        const service = await tx.service.findUniqueOrThrow({ where: { id: serviceId }, select: { pollClosedAt: true } });
        if (service.pollClosedAt !== null) return "closed";
        const given = await tx.pageAnswer.count({ where: { serviceId, browser: input.browser } });
        if (given >= input.maxPerBrowser) return "limit";
        await tx.pageAnswer.create({ data: { serviceId, count: input.count, firstName: input.firstName, browser: input.browser } });
        return "counted";
      }),
    pageCovers: (canteenId, date) =>
      atomic(db, async (tx) => {
        const rows = await tx.pageAnswer.findMany({
          where: { service: { canteenId, date } },
          select: { count: true, firstName: true },
          orderBy: { id: "asc" },
        });
        return { covers: rows.reduce((n, r) => n + r.count, 0), names: rows.flatMap((r) => (r.firstName ? [r.firstName] : [])) };
      }),
  };
}
