// How close-out history and the teams follow a person: their rows move with /link, lose their
// name with /forget me (the values and the hours stay), and /mydata lists them — a person sees
// their own no-shows there.
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
  {
    model: "TeamMember",
    // Two people who became one on the same team count once: came if either came.
    async merge(tx, from, to) {
      for (const r of await tx.teamMember.findMany({ where: { personId: from } })) {
        const mine = await tx.teamMember.findFirst({ where: { serviceId: r.serviceId, personId: to } });
        if (!mine) await tx.teamMember.update({ where: { id: r.id }, data: { personId: to } });
        else {
          if (r.came && !mine.came) await tx.teamMember.update({ where: { id: mine.id }, data: { came: true } });
          await tx.teamMember.delete({ where: { id: r.id } });
        }
      }
    },
    // Their name leaves the team; whether they came (the hours) stays.
    forget: (tx, f) =>
      tx.teamMember.updateMany({ where: { personId: f.personId }, data: { personId: null, name: FORGOTTEN_NAME } }).then(keep),
    export: async (tx, personId) =>
      rows(
        (
          await tx.teamMember.findMany({
            where: { personId },
            orderBy: { id: "asc" },
            select: { role: true, came: true, helper: true, service: { select: { date: true, canteen: { select: { name: true } } } } },
          })
        ).map((r) => ({ canteen: r.service.canteen.name, date: r.service.date, role: r.role, came: r.came, helper: r.helper })),
      ),
  },
];
