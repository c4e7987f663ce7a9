// /link codes in the database: made by one account, shown to the account that types it (whose
// account it joins, which canteens), and used up only when that account confirms.
import type { LinkPreview, LinkStore } from "./ports.ts";
import type { Platform } from "../../kernel/model.ts";
import type { AppPersonTable } from "../../shells.ts";
import { cleanName } from "../../kernel/text.ts";
import type { Database } from "../../store/database.ts";
import { mergePeople, rolesNotCarried } from "../../store/people-store.ts";
import { hashCode, issueCode, newLinkCode } from "../../store/codes.ts";
import { atomic, type Tx } from "../../store/tx.ts";

/** A code (by its hash) that can still be used at `now`, or null. */
async function validCode(tx: Tx, codeHash: string, now: Date) {
  const lc = await tx.linkCode.findUnique({ where: { codeHash } });
  return lc && !lc.usedAt && lc.expiresAt >= now ? lc : null;
}

/** The maker's name and app (the account that made the code, else the person) and their canteens. */
async function makerOf(tx: Tx, personId: number, madeBy: string | null): Promise<Omit<LinkPreview, "notCarried">> {
  const identity = madeBy ? await tx.identity.findUnique({ where: { address: madeBy } }) : null;
  const account =
    identity?.personId === personId
      ? identity
      : await tx.identity.findFirst({ where: { personId }, orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }] });
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId } });
  const memberships = await tx.membership.findMany({ where: { personId }, include: { canteen: true }, orderBy: { id: "asc" } });
  return {
    name: account?.displayName ?? person.displayName,
    platform: (account?.platform ?? "console") as Platform,
    canteens: memberships.map((m) => m.canteen.name),
  };
}

/** The link-code part of the Store; `people` is every table a merge moves (the database shell's list). */
export function linkStore({ prisma: db }: Database, _offered: unknown, people: readonly AppPersonTable[]): LinkStore {
  return {
    createLinkCode: ({ personId, madeBy, expiresAt }) =>
      issueCode("link", newLinkCode, (codeHash) =>
        atomic(db, async (tx) => {
          await tx.linkCode.create({ data: { codeHash, personId, madeBy, expiresAt } });
        }),
      ),

    showLinkCode: async (code, who, now) => {
      const codeHash = await hashCode("link", code);
      return atomic(db, async (tx) => {
        const lc = await validCode(tx, codeHash, now);
        if (!lc || (lc.seenBy !== null && lc.seenBy !== who)) return { kind: "invalid" as const };
        const mine = await tx.identity.findUnique({ where: { address: who } });
        if (mine?.personId === lc.personId) return { kind: "own" as const };
        if (lc.seenBy === null) {
          const bound = await tx.linkCode.updateMany({ where: { id: lc.id, seenBy: null }, data: { seenBy: who } });
          if (bound.count !== 1) return { kind: "invalid" as const };
        }
        const notCarried = mine ? await rolesNotCarried(tx, mine.personId, lc.personId) : { managerOf: [], networks: [] };
        return { kind: "preview" as const, preview: { ...(await makerOf(tx, lc.personId, lc.madeBy)), notCarried } };
      });
    },

    redeemLinkCode: async (code, who, now) => {
      const codeHash = await hashCode("link", code);
      return atomic(db, async (tx) => {
        const lc = await validCode(tx, codeHash, now);
        if (!lc) return { kind: "invalid" as const };
        if (lc.seenBy === null) return { kind: "unseen" as const };
        if (lc.seenBy !== who.address) return { kind: "invalid" as const };
        const identity = await tx.identity.findUnique({ where: { address: who.address } });
        if (identity?.personId === lc.personId) return { kind: "own" as const };
        const used = await tx.linkCode.updateMany({ where: { id: lc.id, usedAt: null }, data: { usedAt: now } });
        if (used.count !== 1) return { kind: "invalid" as const };
        const { name } = await makerOf(tx, lc.personId, lc.madeBy);
        if (!identity) {
          await tx.identity.create({
            data: { address: who.address, platform: who.platform, displayName: cleanName(who.name), personId: lc.personId },
          });
          return { kind: "linked" as const, personId: lc.personId, name, notCarried: { managerOf: [], networks: [] } };
        }
        const notCarried = await mergePeople(tx, people, identity.personId, lc.personId);
        return { kind: "linked" as const, personId: lc.personId, name, notCarried };
      });
    },

    cancelLinkCode: async (code, who, now) => {
      const codeHash = await hashCode("link", code);
      return atomic(db, async (tx) => {
        const lc = await validCode(tx, codeHash, now);
        if (!lc || (who !== null && lc.seenBy !== who)) return false;
        await tx.linkCode.delete({ where: { id: lc.id } });
        return true;
      });
    },
  };
}
