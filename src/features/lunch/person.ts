// How lunch tables' rows follow a person: programme memberships, "don't pair me with" both ways,
// and seats at tables — merged by /link on each unique key, dropped or given up by /forget me.
import type { AppPersonTable } from "../../shells.ts";
import { keep, rows } from "../../store/person-hooks.ts";

const SEAT_RANK: Record<string, number> = { confirmed: 2, seated: 1, dropped: 0 };

/** The lunch feature's tables that refer to a person. */
export const lunchPersonTables: readonly AppPersonTable[] = [
  {
    model: "LunchMember",
    // One membership per programme: `to`'s is kept, with `from`'s team when it had none.
    async merge(tx, from, to) {
      for (const m of await tx.lunchMember.findMany({ where: { personId: from } })) {
        const mine = await tx.lunchMember.findUnique({ where: { programId_personId: { programId: m.programId, personId: to } } });
        if (!mine) await tx.lunchMember.update({ where: { id: m.id }, data: { personId: to } });
        else {
          if (mine.team === null && m.team !== null) await tx.lunchMember.update({ where: { id: mine.id }, data: { team: m.team } });
          await tx.lunchMember.delete({ where: { id: m.id } });
        }
      }
    },
    // No more rounds.
    forget: (tx, f) => tx.lunchMember.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) =>
      rows(
        (
          await tx.lunchMember.findMany({
            where: { personId },
            select: { team: true, pausedUntil: true, joinedAt: true, program: { select: { canteen: { select: { name: true } } } } },
          })
        ).map((m) => ({ canteen: m.program.canteen.name, team: m.team, pausedUntil: m.pausedUntil, since: m.joinedAt })),
      ),
  },
  {
    model: "LunchAvoid",
    // "Don't pair me with …" both ways follows the person; one about oneself, or a duplicate, goes.
    async merge(tx, from, to) {
      for (const a of await tx.lunchAvoid.findMany({ where: { OR: [{ personId: from }, { avoidId: from }] } })) {
        const personId = a.personId === from ? to : a.personId;
        const avoidId = a.avoidId === from ? to : a.avoidId;
        const twin = await tx.lunchAvoid.findUnique({ where: { personId_avoidId: { personId, avoidId } } });
        if (personId === avoidId || (twin && twin.id !== a.id)) await tx.lunchAvoid.delete({ where: { id: a.id } });
        else await tx.lunchAvoid.update({ where: { id: a.id }, data: { personId, avoidId } });
      }
    },
    // No "don't pair me with" either way.
    forget: (tx, f) => tx.lunchAvoid.deleteMany({ where: { OR: [{ personId: f.personId }, { avoidId: f.personId }] } }).then(keep),
    // Only their own wishes: who avoids them is not theirs to read.
    export: async (tx, personId) =>
      rows(
        (await tx.lunchAvoid.findMany({ where: { personId }, select: { avoid: { select: { displayName: true } } } })).map((a) => ({
          avoids: a.avoid.displayName,
        })),
      ),
  },
  {
    model: "LunchSeat",
    // One seat per person and round: the more committed one (confirmed, seated, dropped) is kept.
    async merge(tx, from, to) {
      for (const s of await tx.lunchSeat.findMany({ where: { personId: from } })) {
        const mine = await tx.lunchSeat.findUnique({ where: { roundId_personId: { roundId: s.roundId, personId: to } } });
        if (!mine) await tx.lunchSeat.update({ where: { id: s.id }, data: { personId: to } });
        else if ((SEAT_RANK[s.status] ?? 0) > (SEAT_RANK[mine.status] ?? 0)) {
          await tx.lunchSeat.delete({ where: { id: mine.id } });
          await tx.lunchSeat.update({ where: { id: s.id }, data: { personId: to } });
        } else await tx.lunchSeat.delete({ where: { id: s.id } });
      }
    },
    // A seat at an upcoming table is given up; past tables keep an anonymous seat.
    forget: (tx, f) =>
      tx.lunchSeat
        .updateMany({ where: { personId: f.personId, round: { date: { gt: f.today } } }, data: { status: "dropped" } })
        .then(keep),
    export: async (tx, personId) =>
      rows(
        (await tx.lunchSeat.findMany({ where: { personId }, select: { status: true, team: true, round: { select: { date: true } } } })).map(
          (s) => ({
            date: s.round.date,
            status: s.status,
            team: s.team,
          }),
        ),
      ),
  },
];
