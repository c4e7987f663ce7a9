// What every command asks of the store before its own work (was it delivered before, the chat's
// canteen or the private chat's canteens, the author as a member), answered for a whole batch of
// commands at once where it helps (see Batcher in tx.ts), with a few SQL statements that SQLite
// and PostgreSQL both read. Prisma's query builder costs about a millisecond per query and more
// per row on this path, several times the work itself; its raw statements cost a fraction.
import type { PersonRef, Platform } from "../kernel/model.ts";
import type { Canteen, Group, Member } from "../kernel/ports.ts";
import { Prisma } from "./generated/sqlite/client.ts";
import { toCanteen, toGroup, toMember, type PersonWithAccounts } from "./mappers.ts";
import type { Db } from "./database.ts";
import type { Tx } from "./tx.ts";
import { execute, queryRows } from "./raw.ts";

/** A transaction, or the client itself for a single statement. */
type Runner = Tx | Db;

/** `IN (…)` of a non-empty list. */
export const list = (values: (string | number)[]) => Prisma.join(values);

type CanteenRow = Omit<Parameters<typeof toCanteen>[0], "roles">;
/** A canteen row (all its columns) joined with one of its roles. */
type CanteenRoleRow = CanteenRow & { roleKey: string | null; roleCapacity: number | null; rolePosition: number | null };
type ChatRow = CanteenRoleRow & {
  groupId: number;
  groupAddress: string;
  groupPlatform: string;
  groupTitle: string | null;
  groupActive: boolean | number;
};

/** Canteens from "canteen × role" rows, by id, in the order they first appear. */
function canteensOfRows(rows: CanteenRoleRow[]): Map<number, Canteen> {
  const roles = new Map<number, { key: string; capacity: number; position: number }[]>();
  const first = new Map<number, CanteenRoleRow>();
  for (const r of rows) {
    const id = Number(r.id);
    if (!first.has(id)) first.set(id, r);
    const own = roles.get(id) ?? [];
    if (r.roleKey !== null && !own.some((x) => x.key === r.roleKey))
      own.push({ key: r.roleKey, capacity: Number(r.roleCapacity), position: Number(r.rolePosition) });
    roles.set(id, own);
  }
  return new Map([...first].map(([id, r]) => [id, toCanteen({ ...r, id, covers: Number(r.covers), roles: roles.get(id)! })]));
}

/** Store.findChat for several chats: one statement. */
export async function chatsFor(tx: Runner, addresses: string[]): Promise<({ group: Group; canteen: Canteen } | null)[]> {
  const rows = await queryRows<ChatRow>(
    tx,
    Prisma.sql`
    SELECT g."id" AS "groupId", g."address" AS "groupAddress", g."platform" AS "groupPlatform", g."title" AS "groupTitle",
           g."active" AS "groupActive", c.*, r."key" AS "roleKey", r."capacity" AS "roleCapacity", r."position" AS "rolePosition"
    FROM "Group" g JOIN "Canteen" c ON c."id" = g."canteenId" LEFT JOIN "SlotRole" r ON r."canteenId" = c."id"
    WHERE g."address" IN (${list([...new Set(addresses)])})`,
  );
  const canteens = canteensOfRows(rows);
  const found = new Map(
    rows.map((r) => {
      const canteen = canteens.get(Number(r.id))!;
      const group = {
        id: Number(r.groupId),
        address: r.groupAddress,
        platform: r.groupPlatform,
        title: r.groupTitle,
        canteenId: canteen.id,
        active: Boolean(r.groupActive),
      };
      return [r.groupAddress, { group: toGroup(group), canteen }];
    }),
  );
  return addresses.map((a) => found.get(a) ?? null);
}

/** Store.canteensOf: the canteens an account's person belongs to, oldest membership first (one statement). */
export async function canteensFor(tx: Runner, address: string): Promise<Canteen[]> {
  const rows = await queryRows<CanteenRoleRow>(
    tx,
    Prisma.sql`
    SELECT c.*, r."key" AS "roleKey", r."capacity" AS "roleCapacity", r."position" AS "rolePosition"
    FROM "Identity" i
    JOIN "Membership" m ON m."personId" = i."personId"
    JOIN "Canteen" c ON c."id" = m."canteenId"
    LEFT JOIN "SlotRole" r ON r."canteenId" = c."id"
    WHERE i."address" = ${address} ORDER BY m."id"`,
  );
  return [...canteensOfRows(rows).values()];
}

/**
 * Store.claimDelivery for several delivery ids: one statement. Each id is claimed once: by the
 * first call that carries it, unless it was recorded before (or by another instance meanwhile).
 */
export async function claimDeliveries(tx: Runner, keys: string[]): Promise<boolean[]> {
  const now = new Date();
  const unique = [...new Set(keys)];
  const inserted = await queryRows<{ key: string }>(
    tx,
    Prisma.sql`
    INSERT INTO "ProcessedEvent" ("key", "createdAt") VALUES ${Prisma.join(unique.map((k) => Prisma.sql`(${k}, ${now})`))}
    ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
  );
  const fresh = new Set(inserted.map((r) => r.key));
  return keys.map((k) => fresh.delete(k));
}

/** One call of Store.ensureMember. */
export type MemberCall = { canteenId: number; who: PersonRef & { platform: Platform } };

type PersonRow = {
  id: number;
  displayName: string;
  placeholder: boolean | number;
  address: string | null;
  locale?: string | null;
  reportedLocale?: string | null;
};

/**
 * Store.ensureMember for several calls in one transaction: two statements when everyone is
 * known, five when some are new. Each call gets the member as it stands after the batch (an
 * account renamed twice within one batch shows its last name to both calls). New people are
 * matched to their new accounts by name: two new people with the same name are identical rows,
 * so either match is right.
 */
export async function membersFor(tx: Tx, calls: MemberCall[]): Promise<Member[]> {
  const now = new Date();
  const names = new Map<string, { first: MemberCall["who"]; last: string | undefined }>();
  for (const { who } of calls) {
    const n = names.get(who.address) ?? { first: who, last: undefined };
    if (who.name.trim() !== "") n.last = who.name;
    names.set(who.address, n);
  }
  const known = await queryRows<{ address: string; personId: number; displayName: string }>(
    tx,
    Prisma.sql`
    UPDATE "Identity" SET "lastSeenAt" = ${now} WHERE "address" IN (${list([...names.keys()])})
    RETURNING "address", "personId", "displayName"`,
  );
  const personOf = new Map(known.map((i) => [i.address, Number(i.personId)]));

  const fresh = [...names.values()].map((n) => n.first).filter((who) => !personOf.has(who.address));
  if (fresh.length > 0) {
    const people = await queryRows<{ id: number; displayName: string }>(
      tx,
      Prisma.sql`
      INSERT INTO "Person" ("displayName", "createdAt")
      VALUES ${Prisma.join(fresh.map((who) => Prisma.sql`(${who.name}, ${now})`))} RETURNING "id", "displayName"`,
    );
    const byName = new Map<string, number[]>();
    for (const p of people) byName.set(p.displayName, [...(byName.get(p.displayName) ?? []), Number(p.id)]);
    for (const who of fresh) personOf.set(who.address, byName.get(who.name)!.pop()!);
    // An account another instance creates meanwhile makes this insert fail: the batch is replayed.
    await execute(
      tx,
      Prisma.sql`
      INSERT INTO "Identity" ("address", "platform", "displayName", "personId", "lastSeenAt", "createdAt")
      VALUES ${Prisma.join(fresh.map((who) => Prisma.sql`(${who.address}, ${who.platform}, ${who.name}, ${personOf.get(who.address)!}, ${now}, ${now})`))}`,
    );
  }
  // Display names that changed since last time (known accounts, or a name given twice in the batch).
  const stored = new Map([
    ...known.map((i) => [i.address, i.displayName] as const),
    ...fresh.map((who) => [who.address, who.name] as const),
  ]);
  for (const [address, n] of names) {
    if (n.last === undefined || n.last === stored.get(address)) continue;
    await tx.identity.update({ where: { address }, data: { displayName: n.last } });
    await tx.person.update({ where: { id: personOf.get(address)! }, data: { displayName: n.last } });
  }

  const canteens = [...new Set(calls.map((c) => c.canteenId))];
  const ids = [...new Set(personOf.values())];
  const rows = await queryRows<PersonRow & { canteenId: number | null; role: string | null }>(
    tx,
    Prisma.sql`
    SELECT p."id", p."displayName", p."placeholder", p."locale", p."reportedLocale", m."canteenId", m."role", i."address"
    FROM "Person" p
    LEFT JOIN "Membership" m ON m."personId" = p."id" AND m."canteenId" IN (${list(canteens)})
    LEFT JOIN "Identity" i ON i."personId" = p."id"
    WHERE p."id" IN (${list(ids)}) ORDER BY i."id"`,
  );
  const people = peopleOf(rows);
  const roleOf = new Map(rows.filter((r) => r.canteenId !== null).map((r) => [`${r.canteenId}|${r.id}`, r.role!]));
  const joining = [...new Set(calls.map((c) => `${c.canteenId}|${personOf.get(c.who.address)!}`))].filter((k) => !roleOf.has(k));
  if (joining.length > 0) {
    // Someone joining through another instance meanwhile is the same membership: nothing to do.
    await execute(
      tx,
      Prisma.sql`
      INSERT INTO "Membership" ("canteenId", "personId", "role", "createdAt")
      VALUES ${Prisma.join(joining.map((k) => Prisma.sql`(${Number(k.split("|")[0])}, ${Number(k.split("|")[1])}, ${"volunteer"}, ${now})`))}
      ON CONFLICT ("canteenId", "personId") DO NOTHING`,
    );
    for (const k of joining) roleOf.set(k, "volunteer");
  }
  return calls.map((c) => {
    const personId = personOf.get(c.who.address)!;
    return toMember(roleOf.get(`${c.canteenId}|${personId}`)!, people.get(personId)!);
  });
}

/** Groups "person × account" rows into people. */
function peopleOf(rows: PersonRow[]): Map<number, PersonWithAccounts> {
  const out = new Map<number, PersonWithAccounts>();
  for (const r of rows) {
    const id = Number(r.id);
    let p = out.get(id);
    if (!p)
      out.set(
        id,
        (p = {
          id,
          displayName: r.displayName,
          placeholder: Boolean(r.placeholder),
          identities: [],
          locale: r.locale ?? null,
          reportedLocale: r.reportedLocale ?? null,
        }),
      );
    if (r.address !== null && !p.identities.some((i) => i.address === r.address)) p.identities.push({ address: r.address });
  }
  return out;
}

/** People by id, with their accounts: one statement. */
export async function peopleById(tx: Tx, ids: number[]): Promise<Map<number, PersonWithAccounts>> {
  return peopleOf(
    await queryRows<PersonRow>(
      tx,
      Prisma.sql`
    SELECT p."id", p."displayName", p."placeholder", i."address"
    FROM "Person" p LEFT JOIN "Identity" i ON i."personId" = p."id"
    WHERE p."id" IN (${list(ids)}) ORDER BY i."id"`,
    ),
  );
}

/** How stale an account's "last seen" may get before a command refreshes it (it only ranks accounts). */
export const LAST_SEEN_RESOLUTION_MS = 3_600_000;

/**
 * The fast path of Store.ensureMember: one read, no transaction, when every caller is a known
 * member of the canteen, under the same name, seen within the last hour. Returns null when any
 * of them needs a write (the slow path then runs membersFor in a transaction).
 */
export async function knownMembers(db: Runner, calls: MemberCall[]): Promise<Member[] | null> {
  const rows = await queryRows<
    PersonRow & { callAddress: string; accountName: string; lastSeenAt: Date | string; canteenId: number | null; role: string | null }
  >(
    db,
    Prisma.sql`
    SELECT i."address" AS "callAddress", i."displayName" AS "accountName", i."lastSeenAt", p."id", p."displayName", p."placeholder", p."locale", p."reportedLocale",
           m."canteenId", m."role", a."address"
    FROM "Identity" i
    JOIN "Person" p ON p."id" = i."personId"
    LEFT JOIN "Membership" m ON m."personId" = p."id" AND m."canteenId" IN (${list([...new Set(calls.map((c) => c.canteenId))])})
    LEFT JOIN "Identity" a ON a."personId" = p."id"
    WHERE i."address" IN (${list([...new Set(calls.map((c) => c.who.address))])}) ORDER BY a."id"`,
  );
  const fresh = Date.now() - LAST_SEEN_RESOLUTION_MS;
  const people = peopleOf(rows);
  const out: Member[] = [];
  for (const c of calls) {
    const mine = rows.filter((r) => r.callAddress === c.who.address);
    const row = mine.find((r) => r.canteenId !== null && Number(r.canteenId) === c.canteenId);
    if (!row || (c.who.name.trim() !== "" && row.accountName !== c.who.name) || new Date(row.lastSeenAt).getTime() < fresh) return null;
    out.push(toMember(row.role!, people.get(Number(row.id))!));
  }
  return out;
}
