// People across platforms: their accounts, and joining a second account to the same person
// (`/link`), which merges everything the second account's person had.
import type { RolesNotCarried } from "../core/link/ports.ts";
import type { Platform } from "../core/model.ts";
import { DateTime } from "luxon";
import { atLocal } from "../core/days.ts";
import type { SignUp, Store } from "../core/ports.ts";
import type { Database } from "./database.ts";
import { forgetCloseActor } from "./closeout-store.ts";
import { forgetSurveyMarks } from "./survey-store.ts";
import { promote } from "./sheet-store.ts";
import { atomic, type Tx } from "./tx.ts";

/**
 * The roles of person `from` (the account redeeming a /link code) that joining it to person `to`
 * (the code's maker) does not carry over: a canteen's manager role, or a network's, moves only
 * when `to` already held it, so whoever makes a code never gains the rights of whoever types it.
 */
export async function rolesNotCarried(tx: Tx, from: number, to: number): Promise<RolesNotCarried> {
  const [mine, theirs] = await Promise.all([
    tx.membership.findMany({ where: { personId: from, role: "manager" }, include: { canteen: true }, orderBy: { id: "asc" } }),
    tx.membership.findMany({ where: { personId: to, role: "manager" }, select: { canteenId: true } }),
  ]);
  const [networks, theirNetworks] = await Promise.all([
    tx.networkManager.findMany({ where: { personId: from }, include: { network: true }, orderBy: { id: "asc" } }),
    tx.networkManager.findMany({ where: { personId: to }, select: { networkId: true } }),
  ]);
  const managed = new Set(theirs.map((m) => m.canteenId));
  const managedNetworks = new Set(theirNetworks.map((n) => n.networkId));
  return {
    managerOf: mine.filter((m) => !managed.has(m.canteenId)).map((m) => m.canteen.name),
    networks: networks.filter((n) => !managedNetworks.has(n.networkId)).map((n) => n.network.name),
  };
}

/** Moves everything of person `from` onto person `to`, then deletes `from`; returns the roles not carried over. */
export async function mergePeople(tx: Tx, from: number, to: number): Promise<RolesNotCarried> {
  const notCarried = await rolesNotCarried(tx, from, to);
  await tx.identity.updateMany({ where: { personId: from }, data: { personId: to } });
  // Calendar links given to either account keep working, now showing the one person's shifts.
  await tx.calendarFeed.updateMany({ where: { personId: from }, data: { personId: to } });
  // Board sessions and links follow the person too: logged in from either app, still logged in.
  await tx.boardSession.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.boardLogin.updateMany({ where: { personId: from }, data: { personId: to } });

  // Every membership is kept, as a volunteer; `to`'s own role stays (see rolesNotCarried).
  for (const m of await tx.membership.findMany({ where: { personId: from } })) {
    const mine = await tx.membership.findUnique({ where: { canteenId_personId: { canteenId: m.canteenId, personId: to } } });
    if (mine) await tx.membership.delete({ where: { id: m.id } });
    else await tx.membership.update({ where: { id: m.id }, data: { personId: to, role: "volunteer" } });
  }
  // A network `from` managed stays managed by `to` only if `to` already managed it: `from`'s rows go.
  await tx.networkManager.deleteMany({ where: { personId: from } });

  for (const s of await tx.signUp.findMany({ where: { personId: from } })) {
    const mine = await tx.signUp.findUnique({ where: { serviceId_personId: { serviceId: s.serviceId, personId: to } } });
    if (!mine) await tx.signUp.update({ where: { id: s.id }, data: { personId: to } });
    else if (s.status === "confirmed" && mine.status !== "confirmed") {
      await tx.signUp.delete({ where: { id: mine.id } });
      await tx.signUp.update({ where: { id: s.id }, data: { personId: to } });
    } else await tx.signUp.delete({ where: { id: s.id } });
  }

  await tx.replacement.updateMany({ where: { requesterId: from }, data: { requesterId: to } });
  await tx.replacement.updateMany({ where: { takerId: from }, data: { takerId: to } });

  for (const a of await tx.attendance.findMany({ where: { personId: from } })) {
    const mine = await tx.attendance.findUnique({ where: { serviceId_personId: { serviceId: a.serviceId, personId: to } } });
    if (!mine) await tx.attendance.update({ where: { id: a.id }, data: { personId: to } });
    else {
      // The latest answer wins: it is what the person last said, whichever app they used.
      if (a.updatedAt > mine.updatedAt)
        await tx.attendance.update({ where: { id: mine.id }, data: { eating: a.eating, guests: a.guests } });
      await tx.attendance.delete({ where: { id: a.id } });
    }
  }

  const [src, dst] = await Promise.all([
    tx.person.findUniqueOrThrow({ where: { id: from } }),
    tx.person.findUniqueOrThrow({ where: { id: to } }),
  ]);
  await tx.person.update({
    where: { id: to },
    data: { diets: dst.diets || src.diets, allergies: dst.allergies || src.allergies },
  });
  await tx.person.delete({ where: { id: from } });
  return notCarried;
}

type PeopleStore = Pick<Store, "identitiesOf" | "personOf" | "forgetPerson">;

/** The name an anonymised person keeps in past counts. */
export const FORGOTTEN_NAME = "—";

/** The identity part of the Store. */
export function peopleStore({ prisma: db }: Database): PeopleStore {
  return {
    identitiesOf: (personId) =>
      atomic(db, async (tx) => {
        const rows = await tx.identity.findMany({ where: { personId }, orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }] });
        return rows.map((r) => ({ address: r.address, platform: r.platform as Platform, lastSeenAt: r.lastSeenAt }));
      }),

    personOf: (address) =>
      atomic(db, async (tx) => (await tx.identity.findUnique({ where: { address }, select: { personId: true } }))?.personId ?? null),

    forgetPerson: (personId, now) =>
      atomic(db, async (tx) => {
        const promoted: SignUp[] = [];
        const mine = await tx.signUp.findMany({
          where: { personId },
          include: { service: { include: { canteen: { include: { roles: true } } } } },
        });
        for (const s of mine) {
          // Services whose lunch has started are history: they stay, anonymised.
          if (atLocal(s.service.date, s.service.canteen.lunchTime, s.service.canteen.timezone).toJSDate() <= now) continue;
          await tx.signUp.delete({ where: { id: s.id } });
          const capacity = s.service.canteen.roles.find((r) => r.key === s.role)?.capacity ?? 0;
          if (s.status === "confirmed") promoted.push(...(await promote(tx, s.serviceId, s.role, capacity)));
        }
        const addresses = (await tx.identity.findMany({ where: { personId }, select: { address: true } })).map((i) => i.address);
        await tx.attendance.deleteMany({
          where: { personId, service: { date: { gt: DateTime.fromJSDate(now, { zone: "UTC" }).toISODate()! } } },
        });
        await tx.identity.deleteMany({ where: { personId } });
        await tx.linkCode.deleteMany({ where: { personId } });
        await tx.membership.deleteMany({ where: { personId } });
        // Calendar links stop working; no cancelled shift of theirs is remembered.
        await tx.calendarFeed.deleteMany({ where: { personId } });
        await tx.calendarCancellation.deleteMany({ where: { personId } });
        await tx.boardSession.deleteMany({ where: { personId } });
        await tx.boardLogin.deleteMany({ where: { personId } });
        // Networks: they no longer manage any (the networks and their canteens stay).
        await tx.networkManager.deleteMany({ where: { personId } });
        // Lunch tables: no more rounds, no "don't pair me with" either way; a seat at an upcoming
        // table is given up (past tables keep an anonymous seat).
        await tx.lunchMember.deleteMany({ where: { personId } });
        // Survey: the markers that this person answered go, the anonymous counts stay; their name leaves close-out history.
        await forgetSurveyMarks(tx, personId);
        await forgetCloseActor(tx, personId);
        await tx.lunchAvoid.deleteMany({ where: { OR: [{ personId }, { avoidId: personId }] } });
        const today = DateTime.fromJSDate(now, { zone: "UTC" }).toISODate()!;
        await tx.lunchSeat.updateMany({ where: { personId, round: { date: { gt: today } } }, data: { status: "dropped" } });
        // Private messages not sent yet are dropped; the ledger keeps no address of theirs.
        await tx.delivery.updateMany({
          where: { target: { in: addresses }, status: { in: ["pending", "claimed"] } },
          data: { status: "skipped" },
        });
        await tx.delivery.updateMany({
          where: { target: { in: addresses } },
          data: { target: "forgotten", sentChat: null, fallback: null },
        });
        await tx.person.update({
          where: { id: personId },
          data: { displayName: FORGOTTEN_NAME, placeholder: true, diets: "", allergies: "" },
        });
        return promoted;
      }),
  };
}
