// Crash recovery of the delivery ledger: rows whose lease expired go back to the queue, except
// rows that were "sending" when their instance died — the platform may have received them.
// Those are resent only where the platform deduplicates (Discord's nonce); elsewhere they are
// marked "unconfirmed" and logged: a delivery is sent at most once.
import type { Logger } from "../core/ports.ts";
import type { Database } from "../store/database.ts";

/** Releases expired leases of the given platforms. `idempotent(platform)` says if resending is safe. */
export async function ledgerRecovery(
  db: Database,
  log: Logger,
  now: Date,
  idempotent: (platform: string) => boolean,
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
    select: { id: true, key: true, platform: true },
  });
  if (interrupted.length === 0) return;
  const safe = interrupted.filter((r) => idempotent(r.platform)).map((r) => r.id);
  const unsure = interrupted.filter((r) => !idempotent(r.platform));
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
