// Every table that refers to a person, and what joining two people (`/link`) and forgetting one
// (`/forget me`) do with its rows. One list for both, so they never drift apart again; a guard
// test fails when the schema gains a model referring to a person that this list does not name.
import { atLocal } from "../kernel/days.ts";
import type { SignUp } from "../kernel/ports.ts";
import { promote } from "../features/sheet/store.ts";
import type { Tx } from "./tx.ts";

/** What forgetting one person knows while it runs; hooks add the people who moved up. */
export interface Forgetting {
  personId: number;
  now: Date;
  /** `now`'s UTC date ("2026-12-01"): services after it are upcoming. */
  today: string;
  /** The person's platform accounts, read before any hook runs. */
  addresses: string[];
  promoted: SignUp[];
}

/** How one table's rows follow a person. */
export interface PersonHook {
  /** The Prisma model. */
  model: string;
  /** Moves person `from`'s rows onto person `to` (who stays); rows clashing on a unique key are settled. */
  merge(tx: Tx, from: number, to: number): Promise<void>;
  /** Removes or anonymises the person's rows (the person row itself stays, anonymised). */
  forget(tx: Tx, f: Forgetting): Promise<void>;
}

/** The name an anonymised person keeps in past counts and close-out history. */
export const FORGOTTEN_NAME = "—";

const keep = async (): Promise<void> => {};

const SEAT_RANK: Record<string, number> = { confirmed: 2, seated: 1, dropped: 0 };

/** Every table referring to a person, in the order merging and forgetting handle them. */
export const PERSON_HOOKS: readonly PersonHook[] = [
  {
    model: "SignUp",
    // One sign-up per person and service: a confirmed place wins over a waiting one; two confirmed
    // places (one per account) keep one, and the first person waiting moves into the other.
    async merge(tx, from, to) {
      const rows = await tx.signUp.findMany({
        where: { personId: from },
        include: { service: { include: { canteen: { include: { roles: true } } } } },
      });
      for (const s of rows) {
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
  },
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
  },
  {
    model: "Identity",
    merge: (tx, from, to) => tx.identity.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.identity.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
  {
    model: "LinkCode",
    merge: (tx, from, to) => tx.linkCode.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.linkCode.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
  {
    model: "Membership",
    // Every membership is kept, as a volunteer; `to`'s own role stays (see rolesNotCarried).
    async merge(tx, from, to) {
      for (const m of await tx.membership.findMany({ where: { personId: from } })) {
        const mine = await tx.membership.findUnique({ where: { canteenId_personId: { canteenId: m.canteenId, personId: to } } });
        if (mine) await tx.membership.delete({ where: { id: m.id } });
        else await tx.membership.update({ where: { id: m.id }, data: { personId: to, role: "volunteer" } });
      }
    },
    forget: (tx, f) => tx.membership.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
  {
    model: "NetworkManager",
    // A network `from` managed stays managed only if `to` already managed it: `from`'s rows go.
    merge: (tx, from) => tx.networkManager.deleteMany({ where: { personId: from } }).then(keep),
    // They no longer manage any network (the networks and their canteens stay).
    forget: (tx, f) => tx.networkManager.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
  {
    model: "Replacement",
    async merge(tx, from, to) {
      await tx.replacement.updateMany({ where: { requesterId: from }, data: { requesterId: to } });
      await tx.replacement.updateMany({ where: { takerId: from }, data: { takerId: to } });
    },
    // Kept, pointing at the anonymised person: a request whose place was given up closes when pressed.
    forget: keep,
  },
  {
    model: "CalendarFeed",
    // Links given to either account keep working, showing the one person's shifts.
    merge: (tx, from, to) => tx.calendarFeed.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.calendarFeed.deleteMany({ where: { personId: f.personId } }).then(keep),
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
  },
  {
    model: "BoardSession",
    // Logged in from either app, still logged in.
    merge: (tx, from, to) => tx.boardSession.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.boardSession.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
  {
    model: "BoardLogin",
    merge: (tx, from, to) => tx.boardLogin.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.boardLogin.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
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
  },
  {
    model: "SurveyMark",
    // The fact that they answered follows the person: one marker per service and question (the
    // anonymous counts stay as they are).
    async merge(tx, from, to) {
      for (const m of await tx.surveyMark.findMany({ where: { personId: from } })) {
        const mine = await tx.surveyMark.findUnique({
          where: { serviceId_personId_question: { serviceId: m.serviceId, personId: to, question: m.question } },
        });
        const key = { serviceId_personId_question: { serviceId: m.serviceId, personId: from, question: m.question } };
        if (mine) await tx.surveyMark.delete({ where: key });
        else await tx.surveyMark.update({ where: key, data: { personId: to } });
      }
    },
    // Their markers go; the counts stay (they never named anyone).
    forget: (tx, f) => tx.surveyMark.deleteMany({ where: { personId: f.personId } }).then(keep),
  },
  {
    model: "ServiceChange",
    // Close-out history follows the person (the name shown is the one they had at the time).
    merge: (tx, from, to) => tx.serviceChange.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    // Their name leaves the history; the values stay.
    forget: (tx, f) =>
      tx.serviceChange.updateMany({ where: { personId: f.personId }, data: { personId: null, actorName: FORGOTTEN_NAME } }).then(keep),
  },
  {
    model: "Invite",
    merge: (tx, from, to) => tx.invite.updateMany({ where: { createdBy: from }, data: { createdBy: to } }).then(keep),
    // Kept: the code's maker is the anonymised person.
    forget: keep,
  },
  {
    model: "NetworkInvite",
    merge: (tx, from, to) => tx.networkInvite.updateMany({ where: { createdBy: from }, data: { createdBy: to } }).then(keep),
    forget: keep,
  },
  {
    model: "Delivery",
    // Messages about the person not finished yet (a reminder, a brief) are composed for `to`.
    async merge(tx, from, to) {
      const suffix = `"personId":${from}}`;
      for (const d of await tx.delivery.findMany({ where: { subject: { endsWith: suffix } }, select: { id: true, subject: true } }))
        await tx.delivery.update({ where: { id: d.id }, data: { subject: `${d.subject.slice(0, -suffix.length)}"personId":${to}}` } });
    },
    // Private messages not sent yet are dropped; the ledger keeps no address of theirs.
    async forget(tx, f) {
      await tx.delivery.updateMany({
        where: { target: { in: f.addresses }, status: { in: ["pending", "claimed"] } },
        data: { status: "skipped" },
      });
      await tx.delivery.updateMany({
        where: { target: { in: f.addresses } },
        data: { target: "forgotten", sentChat: null, fallback: null },
      });
    },
  },
];

/** The models PERSON_HOOKS handles, for the schema guard test. */
export const PERSON_MODELS: readonly string[] = PERSON_HOOKS.map((h) => h.model);
