// /link codes in the database: made by one account, shown to the account that types it (whose
// account it joins, which canteens), and used up only when that account confirms.
import { randomInt } from "node:crypto";
import type { LinkPreview, LinkStore } from "../core/link/ports.ts";
import type { Platform } from "../core/model.ts";
import { cleanName } from "../core/text.ts";
import type { Database } from "./database.ts";
import { mergePeople, rolesNotCarried } from "./people-store.ts";
import { atomic, type Tx } from "./tx.ts";

/** Digits and letters people cannot confuse. */
const LINK_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A code that can still be used at `now`, or null. */
async function validCode(tx: Tx, code: string, now: Date) {
  const lc = await tx.linkCode.findUnique({ where: { code } });
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

/** The link-code part of the Store. */
export function linkStore({ prisma: db }: Database): LinkStore {
  return {
    createLinkCode: ({ personId, madeBy, expiresAt }) =>
      atomic(db, async (tx) => {
        const code = Array.from({ length: 6 }, () => LINK_ALPHABET[randomInt(LINK_ALPHABET.length)]).join("");
        await tx.linkCode.create({ data: { code, personId, madeBy, expiresAt } });
        return code;
      }),

    showLinkCode: (code, who, now) =>
      atomic(db, async (tx) => {
        const lc = await validCode(tx, code, now);
        if (!lc || (lc.seenBy !== null && lc.seenBy !== who)) return { kind: "invalid" as const };
        const mine = await tx.identity.findUnique({ where: { address: who } });
        if (mine?.personId === lc.personId) return { kind: "own" as const };
        if (lc.seenBy === null) {
          const bound = await tx.linkCode.updateMany({ where: { id: lc.id, seenBy: null }, data: { seenBy: who } });
          if (bound.count !== 1) return { kind: "invalid" as const };
        }
        const notCarried = mine ? await rolesNotCarried(tx, mine.personId, lc.personId) : { managerOf: [], networks: [] };
        return { kind: "preview" as const, preview: { ...(await makerOf(tx, lc.personId, lc.madeBy)), notCarried } };
      }),

    redeemLinkCode: (code, who, now) =>
      atomic(db, async (tx) => {
        const lc = await validCode(tx, code, now);
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
        const notCarried = await mergePeople(tx, identity.personId, lc.personId);
        return { kind: "linked" as const, personId: lc.personId, name, notCarried };
      }),

    cancelLinkCode: (code, who, now) =>
      atomic(db, async (tx) => {
        const lc = await validCode(tx, code, now);
        if (!lc || (who !== null && lc.seenBy !== who)) return false;
        await tx.linkCode.delete({ where: { id: lc.id } });
        return true;
      }),
  };
}
