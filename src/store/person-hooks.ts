// Every table that refers to a person, and what joining two people (`/link`), forgetting one
// (`/forget me`) and exporting one (`/mydata`) do with its rows. Each feature declares its own
// tables (`person` in its index.ts); the kernel's tables are here. One list for the three, so they
// never drift apart; a guard test fails when a model referring to a person has no hooks, or two.
import type { Feature, PersonRows, PersonTable } from "../kernel/feature.ts";
import type { Tx } from "./tx.ts";

/** The name an anonymised person keeps in past counts and close-out history. */
export const FORGOTTEN_NAME = "—";

/** Does nothing: `forget: keep` keeps the rows; `.then(keep)` drops a query's result. */
export const keep = async (): Promise<void> => {};

/** /mydata's part for rows it may show (without secrets). */
export const rows = (list: object[]): PersonRows => ({ count: list.length, rows: list });

/** /mydata's part for rows it only counts (secrets, or what names nobody). */
export const count = (n: number): PersonRows => ({ count: n });

/** The kernel's tables that refer to a person (prisma/schema/kernel.prisma), in the order they run. */
export const KERNEL_PERSON_TABLES: readonly PersonTable<Tx>[] = [
  {
    model: "Identity",
    merge: (tx, from, to) => tx.identity.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.identity.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) =>
      rows(
        await tx.identity.findMany({
          where: { personId },
          select: { platform: true, address: true, displayName: true, lastSeenAt: true, createdAt: true },
        }),
      ),
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
    export: async (tx, personId) =>
      rows(
        (
          await tx.membership.findMany({
            where: { personId },
            select: { role: true, createdAt: true, canteen: { select: { name: true } } },
          })
        ).map((m) => ({
          canteen: m.canteen.name,
          role: m.role,
          since: m.createdAt,
        })),
      ),
  },
  {
    model: "Invite",
    merge: (tx, from, to) => tx.invite.updateMany({ where: { createdBy: from }, data: { createdBy: to } }).then(keep),
    // Kept: the code's maker is the anonymised person.
    forget: keep,
    export: async (tx, personId) => count(await tx.invite.count({ where: { createdBy: personId } })),
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
    // Private messages to the person's accounts: how many, never their content.
    async export(tx, personId) {
      const addresses = (await tx.identity.findMany({ where: { personId }, select: { address: true } })).map((i) => i.address);
      return count(addresses.length === 0 ? 0 : await tx.delivery.count({ where: { targetKind: "person", target: { in: addresses } } }));
    },
  },
];

/**
 * Every table that refers to a person, in the order merging, forgetting and exporting handle
 * them: each feature's in the features' order (the sign-up sheet's first), then the kernel's
 * (the delivery ledger last). No table's hooks read another person table, so the order is free.
 */
export function personTables(features: readonly Feature<unknown, Tx, unknown>[]): readonly PersonTable<Tx>[] {
  return [...features.flatMap((f) => f.person ?? []), ...KERNEL_PERSON_TABLES];
}
