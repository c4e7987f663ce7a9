// People across platforms: their accounts, joining a second account to the same person (`/link`)
// and forgetting a person (`/forget me`) — both through the one list of person tables (the
// kernel's and every feature's, see person-hooks.ts).
import type { RolesNotCarried } from "../features/link/ports.ts";
import type { Platform } from "../kernel/model.ts";
import { DateTime } from "luxon";
import type { Forgetting, PersonTable } from "../kernel/feature.ts";
import type { Store } from "../kernel/ports.ts";
import type { Database } from "./database.ts";
import { FORGOTTEN_NAME } from "./person-hooks.ts";
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

/**
 * Moves everything of person `from` onto person `to` (every table of `people`, in order), then
 * deletes `from`; returns the roles not carried over. `to`'s profile wins where both have one.
 */
export async function mergePeople(tx: Tx, people: readonly PersonTable<Tx>[], from: number, to: number): Promise<RolesNotCarried> {
  const notCarried = await rolesNotCarried(tx, from, to);
  for (const table of people) await table.merge(tx, from, to);
  const [src, dst] = await Promise.all([
    tx.person.findUniqueOrThrow({ where: { id: from } }),
    tx.person.findUniqueOrThrow({ where: { id: to } }),
  ]);
  await tx.person.update({
    where: { id: to },
    data: {
      diets: dst.diets || src.diets,
      allergies: dst.allergies || src.allergies,
      locale: dst.locale ?? src.locale,
      reportedLocale: dst.reportedLocale ?? src.reportedLocale,
    },
  });
  await tx.person.delete({ where: { id: from } });
  return notCarried;
}

type PeopleStore = Pick<Store, "identitiesOf" | "personOf" | "forgetPerson">;

/** The identity part of the Store; `people` is every table that refers to a person, in order. */
export function peopleStore({ prisma: db }: Database, people: readonly PersonTable<Tx>[]): PeopleStore {
  return {
    identitiesOf: (personId) =>
      atomic(db, async (tx) => {
        const rows = await tx.identity.findMany({ where: { personId }, orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }] });
        return rows.map((r) => ({ address: r.address, platform: r.platform as Platform, lastSeenAt: r.lastSeenAt }));
      }),

    personOf: (address) =>
      atomic(db, async (tx) => (await tx.identity.findUnique({ where: { address }, select: { personId: true } }))?.personId ?? null),

    // Every table of `people`, then the person row is anonymised (past counts keep it).
    forgetPerson: (personId, now) =>
      atomic(db, async (tx) => {
        const addresses = (await tx.identity.findMany({ where: { personId }, select: { address: true } })).map((i) => i.address);
        const f: Forgetting = { personId, now, today: DateTime.fromJSDate(now, { zone: "UTC" }).toISODate()!, addresses, promoted: [] };
        for (const table of people) await table.forget(tx, f);
        await tx.person.update({
          where: { id: personId },
          data: { displayName: FORGOTTEN_NAME, placeholder: true, diets: "", allergies: "", locale: null, reportedLocale: null },
        });
        return f.promoted;
      }),
  };
}
