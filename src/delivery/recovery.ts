// Crash recovery of the delivery ledger: rows whose lease expired go back to the queue, except
// rows that were "sending" when their instance died — the platform may have received them.
// Those follow the same rule as a send whose answer was lost (src/delivery/failures.ts): resent
// only where the platform deduplicates and its window still covers the resend (Discord's nonce),
// elsewhere marked "unconfirmed" and logged: a delivery is sent at most once.
import type { Adapter } from "../kernel/adapter.ts";
import type { Logger } from "../kernel/ports.ts";
import type { Database } from "../store/database.ts";

/**
 * May a post whose first attempt was made at `attemptedAt` be made again at `at` without any risk
 * of a second message? Only on a platform that deduplicates posts by key, within its window.
 */
export function resendable(
  adapter: Pick<Adapter, "idempotentPosts" | "idempotencyWindowMs"> | undefined,
  attemptedAt: Date | null,
  at: Date,
): boolean {
  if (!adapter?.idempotentPosts) return false;
  if (adapter.idempotencyWindowMs === undefined || attemptedAt === null) return true;
  return at.getTime() - attemptedAt.getTime() < adapter.idempotencyWindowMs;
}

/**
 * Releases expired leases of the given platforms. `resendable(platform, attemptedAt)` says if
 * sending an interrupted row again is safe now.
 */
export async function ledgerRecovery(
  db: Database,
  log: Logger,
  now: Date,
  resendable: (platform: string, attemptedAt: Date | null) => boolean,
  platforms: string[],
): Promise<void> {
  const prisma = db.prisma;
  const expired = { lockedUntil: { lt: now }, platform: { in: platforms } };
  await prisma.delivery.updateMany({
    where: { ...expired, status: "claimed" },
    data: { status: "pending", lockedBy: null, lockedUntil: null },
  });
  const interrupted = await prisma.delivery.findMany({
    where: { ...expired, status: "sending" },
    select: { id: true, key: true, platform: true, sentAt: true },
  });
  if (interrupted.length === 0) return;
  const safe = interrupted.filter((r) => resendable(r.platform, r.sentAt)).map((r) => r.id);
  const unsure = interrupted.filter((r) => !resendable(r.platform, r.sentAt));
  if (safe.length > 0) {
    await prisma.delivery.updateMany({
      where: { id: { in: safe }, status: "sending" },
      data: { status: "pending", lockedBy: null, lockedUntil: null },
    });
  }
  if (unsure.length > 0) {
    await prisma.delivery.updateMany({
      where: { id: { in: unsure.map((r) => r.id) }, status: "sending" },
      data: { status: "unconfirmed", lockedBy: null, lockedUntil: null, error: "interrupted during the platform call; not resent" },
    });
    log.warn({ keys: unsure.map((r) => r.key) }, "deliveries interrupted mid-send by a crash: not resent (the platform may have them)");
  }
}
