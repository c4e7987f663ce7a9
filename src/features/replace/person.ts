// How replacement requests follow a person: asked or taken, they move with /link and stay after
// /forget me (pointing at the anonymised person); /mydata lists them.
import type { AppPersonTable } from "../../shells.ts";
import { keep, rows } from "../../store/person-hooks.ts";

/** The replace feature's tables that refer to a person. */
export const replacePersonTables: readonly AppPersonTable[] = [
  {
    model: "Replacement",
    async merge(tx, from, to) {
      await tx.replacement.updateMany({ where: { requesterId: from }, data: { requesterId: to } });
      await tx.replacement.updateMany({ where: { takerId: from }, data: { takerId: to } });
    },
    // Kept, pointing at the anonymised person: a request whose place was given up closes when pressed.
    forget: keep,
    export: async (tx, personId) =>
      rows(
        (
          await tx.replacement.findMany({
            where: { OR: [{ requesterId: personId }, { takerId: personId }] },
            select: {
              requesterId: true,
              role: true,
              status: true,
              createdAt: true,
              service: { select: { date: true, canteen: { select: { name: true } } } },
            },
          })
        ).map((r) => ({
          canteen: r.service.canteen.name,
          date: r.service.date,
          role: r.role,
          as: r.requesterId === personId ? "asked" : "took",
          status: r.status,
          at: r.createdAt,
        })),
      ),
  },
];
