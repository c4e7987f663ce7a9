// Networks of canteens in the database: the network, its canteens (by id and name only), its
// managers, and one-time join codes.
import type { Network, NetworkStore } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { networkRecords } from "./records.ts";
import type { Point } from "../../kernel/feature.ts";
import { hashCode, issueCode, newInviteCode } from "../../store/codes.ts";
import { atomic, type Tx } from "../../store/tx.ts";

const networkInclude = { canteens: { include: { canteen: { select: { name: true } } }, orderBy: { id: "asc" } } } as const;

type NetworkRow = { id: number; name: string; canteens: { canteenId: number; joinedAt: Date; canteen: { name: string } }[] };

function toNetwork(n: NetworkRow): Network {
  return {
    id: n.id,
    name: n.name,
    canteens: n.canteens.map((c) => ({ canteenId: c.canteenId, name: c.canteen.name, joinedAt: c.joinedAt })),
  };
}

async function networkOf(tx: Tx, canteenId: number): Promise<Network | null> {
  const link = await tx.networkCanteen.findUnique({ where: { canteenId }, select: { network: { include: networkInclude } } });
  return link ? toNetwork(link.network) : null;
}

/** The network part of the Store. */
export function networkStore(database: Database, offered: <T>(p: Point<T>) => T[] = () => []): NetworkStore {
  const db = database.prisma;
  return {
    networkRecords: networkRecords(database, offered),

    // Two managers creating at once: the loser breaks a unique key (slug or canteen) and is
    // replayed, finding the name taken or the canteen already a member.
    createNetwork: ({ name, slug, canteenId, personId }) =>
      atomic(db, async (tx) => {
        const mine = await networkOf(tx, canteenId);
        if (mine) return { kind: "already-member", network: mine };
        if (await tx.network.findUnique({ where: { slug }, select: { id: true } })) return { kind: "name-taken" };
        const n = await tx.network.create({
          data: { name, slug, canteens: { create: { canteenId } }, managers: { create: { personId } } },
          include: networkInclude,
        });
        return { kind: "created", network: toNetwork(n) };
      }),

    createNetworkInvite: (networkId, createdBy, expiresAt) =>
      issueCode("network-invite", newInviteCode, (codeHash) =>
        atomic(db, async (tx) => {
          await tx.networkInvite.create({ data: { codeHash, networkId, createdBy, expiresAt } });
        }),
      ),

    joinNetwork: async (code, canteenId, now) => {
      const codeHash = await hashCode("network-invite", code);
      return atomic(db, async (tx) => {
        const mine = await networkOf(tx, canteenId);
        if (mine) return { kind: "already-member", network: mine };
        const invite = await tx.networkInvite.findUnique({ where: { codeHash } });
        if (!invite || invite.usedAt || invite.expiresAt < now) return { kind: "bad-code" };
        const used = await tx.networkInvite.updateMany({
          where: { id: invite.id, usedAt: null },
          data: { usedAt: now, usedBy: canteenId },
        });
        if (used.count !== 1) return { kind: "bad-code" };
        await tx.networkCanteen.create({ data: { networkId: invite.networkId, canteenId } });
        return {
          kind: "joined",
          network: toNetwork(await tx.network.findUniqueOrThrow({ where: { id: invite.networkId }, include: networkInclude })),
        };
      });
    },

    leaveNetwork: (canteenId) =>
      atomic(db, async (tx) => {
        const n = await networkOf(tx, canteenId);
        if (!n) return null;
        await tx.networkCanteen.deleteMany({ where: { canteenId } });
        const left = { ...n, canteens: n.canteens.filter((c) => c.canteenId !== canteenId) };
        if (left.canteens.length === 0) await tx.network.deleteMany({ where: { id: n.id } });
        return left;
      }),

    networkOfCanteen: (canteenId) => atomic(db, (tx) => networkOf(tx, canteenId)),

    networksManagedBy: (personId) =>
      atomic(db, async (tx) =>
        (await tx.network.findMany({ where: { managers: { some: { personId } } }, include: networkInclude, orderBy: { id: "asc" } })).map(
          toNetwork,
        ),
      ),

    networkManagers: (networkId) =>
      atomic(db, async (tx) =>
        (await tx.networkManager.findMany({ where: { networkId }, select: { personId: true }, orderBy: { id: "asc" } })).map(
          (m) => m.personId,
        ),
      ),
  };
}
