// Board login links and sessions in the database (hashes only; see src/features/board/tokens.ts).
import type { BoardLoginRecord, BoardStore } from "./ports.ts";
import type { MemberRole } from "../../kernel/ports.ts";
import type { Database } from "../../store/database.ts";
import { toCanteen } from "../../store/mappers.ts";
import { cleanName } from "../../kernel/text.ts";
import { atomic } from "../../store/tx.ts";

/** Rows are kept this long past their expiry (a used or expired link can still say so), then pruned. */
const KEEP_EXPIRED_MS = 24 * 3_600_000;

/** The board part of the Store. */
export function boardStore(database: Database): BoardStore {
  const db = database.prisma;
  const toLogin = (r: { personId: number; canteenId: number | null; expiresAt: Date; usedAt: Date | null }): BoardLoginRecord => ({
    personId: r.personId,
    canteenId: r.canteenId,
    expiresAt: r.expiresAt,
    usedAt: r.usedAt,
  });
  return {
    createBoardLogin: ({ tokenHash, personId, canteenId, expiresAt, now }) =>
      atomic(db, async (tx) => {
        await tx.boardLogin.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - KEEP_EXPIRED_MS) } } });
        await tx.boardLogin.create({ data: { tokenHash, personId, canteenId, expiresAt } });
      }),

    boardLogin: (tokenHash) =>
      atomic(db, async (tx) => {
        const r = await tx.boardLogin.findUnique({ where: { tokenHash } });
        return r ? toLogin(r) : null;
      }),

    // One conditional update: of two presses racing, exactly one changes the row.
    useBoardLogin: (tokenHash, now) =>
      atomic(db, async (tx) => {
        const n = await tx.boardLogin.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
        if (n.count !== 1) return null;
        const r = await tx.boardLogin.findUnique({ where: { tokenHash } });
        return r ? toLogin(r) : null;
      }),

    createBoardSession: ({ idHash, personId, expiresAt, now }) =>
      atomic(db, async (tx) => {
        await tx.boardSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - KEEP_EXPIRED_MS) } } });
        await tx.boardSession.create({ data: { idHash, personId, expiresAt } });
      }),

    // Reads of one statement need no transaction of their own (every page asks these).
    boardSession: async (idHash, now) => {
      const r = await db.boardSession.findUnique({ where: { idHash }, select: { personId: true, expiresAt: true, flash: true } });
      return r && r.expiresAt.getTime() > now.getTime() ? r : null;
    },

    setBoardFlash: async (idHash, flash) => {
      await db.boardSession.updateMany({ where: { idHash }, data: { flash } });
    },

    // The primary key decides: of two requests with one initData, exactly one inserts.
    claimMiniAppLaunch: async (hash, expiresAt, now) => {
      await db.miniAppLaunch.deleteMany({ where: { expiresAt: { lt: now } } });
      try {
        await db.miniAppLaunch.create({ data: { hash, expiresAt } });
        return true;
      } catch (e) {
        if ((e as { code?: unknown }).code === "P2002") return false;
        throw e;
      }
    },

    ensurePerson: (account) =>
      atomic(db, async (tx) => {
        const who = { ...account, name: cleanName(account.name) };
        const known = await tx.identity.findUnique({ where: { address: who.address }, select: { personId: true } });
        if (known) return known.personId;
        const p = await tx.person.create({
          data: {
            displayName: who.name,
            reportedLocale: who.reportedLocale,
            identities: { create: { address: who.address, platform: who.platform, displayName: who.name } },
          },
          select: { id: true },
        });
        return p.id;
      }),

    boardMemberships: async (personId) =>
      (
        await db.membership.findMany({
          where: { personId },
          include: { canteen: { include: { roles: true } }, person: { select: { displayName: true } } },
          orderBy: { id: "asc" },
        })
      ).map((m) => ({ canteen: toCanteen(m.canteen), name: m.person.displayName, role: m.role as MemberRole })),

    boardMember: async (canteenId, personId) => {
      const m = await db.membership.findUnique({
        where: { canteenId_personId: { canteenId, personId } },
        include: { person: { select: { displayName: true } } },
      });
      return m ? { name: m.person.displayName, role: m.role as MemberRole } : null;
    },

    endBoardSession: (idHash) =>
      atomic(db, async (tx) => {
        await tx.boardSession.deleteMany({ where: { idHash } });
      }),

    endBoardSessions: (personId, now) =>
      atomic(db, async (tx) => {
        const live = await tx.boardSession.count({ where: { personId, expiresAt: { gt: now } } });
        await tx.boardSession.deleteMany({ where: { personId } });
        return live;
      }),
  };
}
