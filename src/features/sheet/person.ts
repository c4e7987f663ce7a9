// How the sign-up sheet's rows follow a person: /link merges two people's sign-ups, /forget me
// gives up upcoming places (waiting people move up), /mydata lists them.
import { atLocal } from "../../kernel/days.ts";
import type { AppPersonTable } from "../../shells.ts";
import { rows } from "../../store/person-hooks.ts";
import { promote } from "./store.ts";

/** The sheet's tables that refer to a person. */
export const sheetPersonTables: readonly AppPersonTable[] = [
  {
    model: "SignUp",
    // One sign-up per person and service: a confirmed place wins over a waiting one; two confirmed
    // places (one per account) keep one, and the first person waiting moves into the other.
    async merge(tx, from, to) {
      const theirs = await tx.signUp.findMany({
        where: { personId: from },
        include: { service: { include: { canteen: { include: { roles: true } } } } },
      });
      for (const s of theirs) {
        const mine = await tx.signUp.findUnique({ where: { serviceId_personId: { serviceId: s.serviceId, personId: to } } });
        if (!mine) await tx.signUp.update({ where: { id: s.id }, data: { personId: to } });
        else if (s.status === "confirmed" && mine.status !== "confirmed") {
          await tx.signUp.delete({ where: { id: mine.id } });
          await tx.signUp.update({ where: { id: s.id }, data: { personId: to } });
        } else {
          await tx.signUp.delete({ where: { id: s.id } });
          const capacity = s.service.canteen.roles.find((r) => r.key === s.role)?.capacity ?? 0;
          if (s.status === "confirmed") await promote(tx, s.serviceId, s.role, capacity);
        }
      }
    },
    // Upcoming sign-ups go (waiting people move up); services whose lunch started stay, anonymised.
    async forget(tx, f) {
      const mine = await tx.signUp.findMany({
        where: { personId: f.personId },
        include: { service: { include: { canteen: { include: { roles: true } } } } },
      });
      for (const s of mine) {
        if (atLocal(s.service.date, s.service.canteen.lunchTime, s.service.canteen.timezone).toJSDate() <= f.now) continue;
        await tx.signUp.delete({ where: { id: s.id } });
        const capacity = s.service.canteen.roles.find((r) => r.key === s.role)?.capacity ?? 0;
        if (s.status === "confirmed") f.promoted.push(...(await promote(tx, s.serviceId, s.role, capacity)));
      }
    },
    export: async (tx, personId) =>
      rows(
        (
          await tx.signUp.findMany({
            where: { personId },
            select: { role: true, status: true, createdAt: true, service: { select: { date: true, canteen: { select: { name: true } } } } },
            orderBy: { service: { date: "asc" } },
          })
        ).map((s) => ({ canteen: s.service.canteen.name, date: s.service.date, role: s.role, status: s.status, at: s.createdAt })),
      ),
  },
];
