// How calendar rows follow a person: their secret feed links (counted by /mydata, never shown)
// and the cancelled shifts their feed remembers.
import type { AppPersonTable } from "../../shells.ts";
import { count, keep, rows } from "../../store/person-hooks.ts";

/** The calendar's tables that refer to a person. */
export const calendarPersonTables: readonly AppPersonTable[] = [
  {
    model: "CalendarFeed",
    // Links given to either account keep working, showing the one person's shifts.
    merge: (tx, from, to) => tx.calendarFeed.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.calendarFeed.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) => count(await tx.calendarFeed.count({ where: { personId } })),
  },
  {
    model: "CalendarCancellation",
    // One per canteen, person and date: the most recent one is kept.
    async merge(tx, from, to) {
      for (const c of await tx.calendarCancellation.findMany({ where: { personId: from } })) {
        const mine = await tx.calendarCancellation.findUnique({
          where: { canteenId_personId_date: { canteenId: c.canteenId, personId: to, date: c.date } },
        });
        if (!mine) await tx.calendarCancellation.update({ where: { id: c.id }, data: { personId: to } });
        else {
          if (c.createdAt > mine.createdAt)
            await tx.calendarCancellation.update({ where: { id: mine.id }, data: { role: c.role, createdAt: c.createdAt } });
          await tx.calendarCancellation.delete({ where: { id: c.id } });
        }
      }
    },
    // No cancelled shift of theirs is remembered.
    forget: (tx, f) => tx.calendarCancellation.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) =>
      rows(
        (
          await tx.calendarCancellation.findMany({
            where: { personId },
            select: { date: true, role: true, canteen: { select: { name: true } } },
          })
        ).map((c) => ({
          canteen: c.canteen.name,
          date: c.date,
          role: c.role,
        })),
      ),
  },
];
