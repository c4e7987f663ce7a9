// How the "who eats" answers follow a person: /link keeps the latest answer per service,
// /forget me drops upcoming ones, /mydata lists them.
import type { AppPersonTable } from "../../shells.ts";
import { rows } from "../../store/person-hooks.ts";

/** The menu's tables that refer to a person. */
export const menuPersonTables: readonly AppPersonTable[] = [
  {
    model: "Attendance",
    // One answer per person and service: the latest wins, whichever app it came from.
    async merge(tx, from, to) {
      for (const a of await tx.attendance.findMany({ where: { personId: from } })) {
        const mine = await tx.attendance.findUnique({ where: { serviceId_personId: { serviceId: a.serviceId, personId: to } } });
        if (!mine) await tx.attendance.update({ where: { id: a.id }, data: { personId: to } });
        else {
          if (a.updatedAt > mine.updatedAt)
            await tx.attendance.update({ where: { id: mine.id }, data: { eating: a.eating, guests: a.guests } });
          await tx.attendance.delete({ where: { id: a.id } });
        }
      }
    },
    async forget(tx, f) {
      await tx.attendance.deleteMany({ where: { personId: f.personId, service: { date: { gt: f.today } } } });
    },
    export: async (tx, personId) =>
      rows(
        (
          await tx.attendance.findMany({
            where: { personId },
            select: {
              eating: true,
              guests: true,
              updatedAt: true,
              service: { select: { date: true, canteen: { select: { name: true } } } },
            },
            orderBy: { service: { date: "asc" } },
          })
        ).map((a) => ({ canteen: a.service.canteen.name, date: a.service.date, eating: a.eating, guests: a.guests, at: a.updatedAt })),
      ),
  },
];
