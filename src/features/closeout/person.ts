// How close-out history follows a person: their changes move with /link, lose their name with
// /forget me (the values stay), and /mydata lists them.
import type { AppPersonTable } from "../../shells.ts";
import { FORGOTTEN_NAME, keep, rows } from "../../store/person-hooks.ts";

/** The close-out's tables that refer to a person. */
export const closeoutPersonTables: readonly AppPersonTable[] = [
  {
    model: "ServiceChange",
    // Close-out history follows the person (the name shown is the one they had at the time).
    merge: (tx, from, to) => tx.serviceChange.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    // Their name leaves the history; the values stay.
    forget: (tx, f) =>
      tx.serviceChange.updateMany({ where: { personId: f.personId }, data: { personId: null, actorName: FORGOTTEN_NAME } }).then(keep),
    export: async (tx, personId) =>
      rows(
        (
          await tx.serviceChange.findMany({
            where: { personId },
            select: {
              field: true,
              oldValue: true,
              newValue: true,
              at: true,
              service: { select: { date: true, canteen: { select: { name: true } } } },
            },
          })
        ).map((c) => ({
          canteen: c.service.canteen.name,
          date: c.service.date,
          field: c.field,
          from: c.oldValue,
          to: c.newValue,
          at: c.at,
        })),
      ),
  },
];
