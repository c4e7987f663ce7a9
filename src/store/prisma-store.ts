// The Store port on Prisma (SQLite or PostgreSQL). Every method is one atomic unit of work.
import type { Platform, PersonRef } from "../kernel/model.ts";
import { offersAt, type Feature, type Point } from "../kernel/feature.ts";
import type { Canteen, Member, MemberRole, NewCanteen, SetupResult, Store } from "../kernel/ports.ts";
import type { Database } from "./database.ts";
import { personInclude, toCanteen, toGroup, toMember } from "./mappers.ts";
import { peopleStore } from "./people-store.ts";
import { personTables } from "./person-hooks.ts";
import { canteensFor, chatsFor, claimDeliveries, knownMembers, membersFor, type MemberCall } from "./batched.ts";
import { atomic, Batcher, type Tx } from "./tx.ts";
import { guardedStore } from "./failure.ts";
import { hashCode, issueCode, newInviteCode } from "./codes.ts";
import { cleanName } from "../kernel/text.ts";

const canteenInclude = { roles: true } as const;

/** A feature as the database shell reads it: its part of the store over the database, its person tables. */
export type StoreFeature = Feature<Database, Tx, unknown>;

/** Finds or creates the person behind a platform account, refreshing the display name (cleaned, see cleanName). */
async function personFor(tx: Tx, account: PersonRef & { platform: Platform }): Promise<number> {
  const who = { ...account, name: cleanName(account.name) };
  const identity = await tx.identity.findUnique({ where: { address: who.address }, select: { personId: true, displayName: true } });
  if (!identity) {
    const p = await tx.person.create({
      data: { displayName: who.name, identities: { create: { address: who.address, platform: who.platform, displayName: who.name } } },
      select: { id: true },
    });
    return p.id;
  }
  const renamed = identity.displayName !== who.name && who.name.trim() !== "";
  await tx.identity.update({
    where: { address: who.address },
    data: { lastSeenAt: new Date(), ...(renamed ? { displayName: who.name } : {}) },
  });
  if (renamed) await tx.person.update({ where: { id: identity.personId }, data: { displayName: who.name } });
  return identity.personId;
}

async function memberOf(tx: Tx, canteenId: number, personId: number, role: MemberRole = "volunteer"): Promise<Member> {
  const m = await tx.membership.upsert({
    where: { canteenId_personId: { canteenId, personId } },
    create: { canteenId, personId, role },
    update: role === "manager" ? { role } : {},
    include: { person: { include: personInclude } },
  });
  return toMember(m.role, m.person);
}

/**
 * Creates the Store over an open database. A transient database failure (busy, full, read-only,
 * I/O error, out of reach) reaches the caller as the core's StoreUnavailable.
 */
export function createPrismaStore(database: Database, features: readonly StoreFeature[]): Store {
  const db = database.prisma;
  // What every command asks of the store first, batched when commands arrive together (see Batcher).
  // Single statements need no transaction of their own (a transaction costs two round trips).
  const chats = new Batcher((addresses: string[]) => chatsFor(db, addresses));
  const members = new Batcher(async (calls: MemberCall[]) => (await knownMembers(db, calls)) ?? atomic(db, (tx) => membersFor(tx, calls)));
  const deliveries = new Batcher((keys: string[]) => claimDeliveries(db, keys));
  // Each feature's part of the store (src/app.ts checks at compile time that together they make the Store).
  const offered = <T>(p: Point<T>): T[] => offersAt(features, p);
  // Every table that refers to a person, for /link's merge, /forget me and /mydata's export.
  const people = personTables(features);
  const parts = Object.assign({}, ...features.map((f) => f.store?.(database, offered, people) ?? {})) as Store;
  return guardedStore<Store>(database.provider, {
    ...parts,
    ...peopleStore(database, people),

    canteen: (canteenId) =>
      atomic(db, async (tx) => {
        const c = await tx.canteen.findUnique({ where: { id: canteenId }, include: canteenInclude });
        return c ? toCanteen(c) : null;
      }),

    allCanteens: () =>
      atomic(db, async (tx) => (await tx.canteen.findMany({ include: canteenInclude, orderBy: { id: "asc" } })).map(toCanteen)),

    updateCanteen: (canteenId, patch) =>
      atomic(db, async (tx) => {
        const { texts, openDays, roleHours, roles: _roles, ...plain } = patch as typeof patch & { roles?: unknown };
        const c = await tx.canteen.update({
          where: { id: canteenId },
          data: {
            ...plain,
            ...(openDays ? { openDays: openDays.join(",") } : {}),
            ...(roleHours !== undefined ? { roleHours: JSON.stringify(roleHours) } : {}),
            ...(texts?.announce !== undefined ? { announceText: texts.announce } : {}),
            ...(texts?.reminder !== undefined ? { reminderText: texts.reminder } : {}),
            ...(texts?.help !== undefined ? { helpText: texts.help } : {}),
          },
          include: canteenInclude,
        });
        return toCanteen(c);
      }),

    groupsOf: (canteenId) =>
      atomic(db, async (tx) => (await tx.group.findMany({ where: { canteenId, active: true }, orderBy: { id: "asc" } })).map(toGroup)),

    deactivateChat: (address) =>
      atomic(db, async (tx) => {
        await tx.group.updateMany({ where: { address }, data: { active: false } });
      }),

    findChat: (address) => chats.submit(address),

    moveChat: (from, to) =>
      atomic(db, async (tx) => {
        await tx.group.updateMany({ where: { address: from }, data: { address: to } });
      }),

    canteensOf: (address) => canteensFor(db, address),

    setupCanteen: (input: NewCanteen): Promise<SetupResult> =>
      atomic(db, async (tx) => {
        const linked = await tx.group.findUnique({
          where: { address: input.chat.address },
          include: { canteen: { include: canteenInclude } },
        });
        if (linked) return { kind: "already-linked", canteen: toCanteen(linked.canteen) };
        const existing = await tx.canteen.findUnique({ where: { slug: input.slug }, include: canteenInclude });
        if (existing) return { kind: "name-taken", canteen: toCanteen(existing) };
        const c = await tx.canteen.create({
          data: {
            name: input.name,
            slug: input.slug,
            timezone: input.timezone,
            locale: input.locale,
            ...(input.createdAt ? { createdAt: input.createdAt } : {}),
            roles: { create: input.roles.map((r) => ({ key: r.key, capacity: r.capacity, position: r.position })) },
            groups: { create: { address: input.chat.address, platform: input.chat.platform, title: input.chat.title ?? null } },
          },
          include: canteenInclude,
        });
        await memberOf(tx, c.id, await personFor(tx, input.founder), "manager");
        return { kind: "created", canteen: toCanteen(c) };
      }),

    // Only the code's hash is stored; a collision (one in a trillion) draws a new code.
    createInvite: (canteenId, createdBy, expiresAt) =>
      issueCode("invite", newInviteCode, (codeHash) =>
        atomic(db, async (tx) => {
          await tx.invite.create({ data: { codeHash, canteenId, createdBy, expiresAt } });
        }),
      ),

    redeemInvite: async (code, { chat, person, now }): Promise<Canteen | null> => {
      const codeHash = await hashCode("invite", code);
      return atomic(db, async (tx) => {
        const invite = await tx.invite.findUnique({ where: { codeHash } });
        if (!invite || invite.usedAt || invite.expiresAt < now) return null;
        const used = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now } });
        if (used.count !== 1) return null;
        await tx.group.create({
          data: { address: chat.address, platform: chat.platform, title: chat.title ?? null, canteenId: invite.canteenId },
        });
        await memberOf(tx, invite.canteenId, await personFor(tx, person), "manager");
        return toCanteen(await tx.canteen.findUniqueOrThrow({ where: { id: invite.canteenId }, include: canteenInclude }));
      });
    },

    ensureMember: (canteenId, who) => members.submit({ canteenId, who: { ...who, name: cleanName(who.name) } }),

    members: (canteenId) =>
      atomic(db, async (tx) => {
        const rows = await tx.membership.findMany({
          where: { canteenId },
          include: { person: { include: personInclude } },
          orderBy: { id: "asc" },
        });
        return rows.map((m) => toMember(m.role, m.person));
      }),

    addPlaceholder: (canteenId, name) =>
      atomic(db, async (tx) => {
        const p = await tx.person.create({ data: { displayName: name, placeholder: true }, select: { id: true } });
        return memberOf(tx, canteenId, p.id);
      }),

    setMemberRole: (canteenId, personId, role) =>
      atomic(db, async (tx) => {
        await tx.membership.update({ where: { canteenId_personId: { canteenId, personId } }, data: { role } });
      }),

    // Two racing deliveries of one id: the database keeps one row, and only its inserter claims it.
    claimDelivery: (key) => deliveries.submit(key),

    releaseDelivery: (key) =>
      atomic(db, async (tx) => {
        await tx.processedEvent.deleteMany({ where: { key } });
      }),
  });
}
