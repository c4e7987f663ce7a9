// The public page's part of the store: canteens by their slug.
import type { Database } from "../../store/database.ts";
import { toCanteen } from "../../store/mappers.ts";
import { atomic } from "../../store/tx.ts";
import type { PublicStore } from "./ports.ts";

/** The store part src/app.ts merges into the Store. */
export function publicStore(database: Database): PublicStore {
  const db = database.prisma;
  return {
    canteenBySlug: (slug) =>
      atomic(db, async (tx) => {
        const c = await tx.canteen.findUnique({ where: { slug }, include: { roles: true } });
        return c ? toCanteen(c) : null;
      }),
    canteenSlug: (canteenId) =>
      atomic(db, async (tx) => (await tx.canteen.findUnique({ where: { id: canteenId }, select: { slug: true } }))?.slug ?? null),
  };
}
