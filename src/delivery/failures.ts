// What the delivery ledger does with a failed send or edit, by the adapter's classification:
// wait out a 429, disable a target that is gone, fall back to a group mention, retry what surely
// created nothing with back-off, and never resend what may have reached the platform unless the
// platform deduplicates it ("ambiguous" → resent with the same key, or "unconfirmed").
import { DeliveryError } from "../kernel/adapter.ts";
import type { Logger, Store } from "../kernel/ports.ts";
import type { Database } from "../store/database.ts";

/** A row of the Delivery table as the ledger reads it. */
export type DeliveryRow = Awaited<ReturnType<Database["prisma"]["delivery"]["findMany"]>>[number];

/** What failure handling needs from the ledger. */
export interface FailureDeps {
  db: Database;
  store: Store;
  log: Logger;
  now: Date;
  /** Transient failures (or deduplicated resends) before a row is given up. */
  maxAttempts: number;
  /** May this platform's post be repeated at `at`, for a first attempt made at `attemptedAt`? */
  resendable(platform: string, attemptedAt: Date | null, at: Date): boolean;
  /** A private message the platform refused: mention the person in their groups instead. */
  fallBack(row: DeliveryRow): Promise<void>;
}

/** Back-off after the n-th failure (n = attempts so far): 2 s, 4 s … at most 15 minutes. */
function backoffMs(attempts: number): number {
  return Math.min(15 * 60_000, 2_000 * 2 ** attempts);
}

/** Acts on a failed send or edit of a row this instance holds (`token`). */
export async function onFailure(deps: FailureDeps, row: DeliveryRow, token: string, e: unknown, what: "send" | "edit"): Promise<void> {
  const prisma = deps.db.prisma;
  const where = { id: row.id, lockedBy: token };
  const now = deps.now.getTime();
  const release = { lockedBy: null, lockedUntil: null };
  // An edit changes a message in place: repeating it is harmless, whatever happened.
  const said = e instanceof DeliveryError ? e.failure : "transient";
  const failure = said === "ambiguous" && what === "edit" ? "transient" : said;
  const context = { key: row.key, target: row.target, what, failure };
  const retryAt = (ms: number) => new Date(now + ms);
  if (failure === "rate-limited") {
    const wait = Math.max(1_000, (e as DeliveryError).retryAfterMs ?? 1_000);
    deps.log.warn({ ...context, waitMs: wait }, "platform asked us to wait");
    await prisma.delivery.updateMany({
      where,
      data: what === "send" ? { status: "pending", notBefore: retryAt(wait), ...release } : { editAfter: retryAt(wait), ...release },
    });
  } else if (failure === "gone") {
    deps.log.warn(context, "target gone: bot removed or chat deleted; disabled");
    await prisma.delivery.updateMany({ where, data: { status: "gone", error: String((e as Error).message).slice(0, 500), ...release } });
    if (row.targetKind === "chat") await deps.store.deactivateChat(row.sentChat ?? row.target);
  } else if (failure === "ambiguous") {
    await onAmbiguousSend(deps, row, token, e as DeliveryError);
  } else if (failure === "unreachable" && what === "send") {
    await prisma.delivery.updateMany({ where, data: { status: "fallback", ...release } });
    await deps.fallBack(row);
  } else if (failure === "transient" || failure === "unreachable") {
    const attempts = row.attempts + 1;
    if (!(e instanceof DeliveryError)) deps.log.error({ ...context, err: e }, "delivery failed unexpectedly");
    else deps.log.warn({ ...context, attempts }, "delivery failed; will retry");
    const give = attempts >= deps.maxAttempts;
    const backoff = backoffMs(row.attempts);
    await prisma.delivery.updateMany({
      where,
      data:
        what === "send"
          ? {
              status: give ? "failed" : "pending",
              attempts,
              notBefore: retryAt(backoff),
              error: String((e as Error)?.message ?? e).slice(0, 500),
              ...release,
            }
          : { attempts, editAfter: give ? null : retryAt(backoff), ...release },
    });
  } else {
    deps.log.error({ ...context, err: e }, "platform rejected the message");
    await prisma.delivery.updateMany({
      where,
      data:
        what === "send"
          ? { status: "failed", error: String((e as Error).message).slice(0, 500), ...release }
          : { renderedVersion: row.version, editAfter: null, ...release },
    });
  }
}

/**
 * A send that may have reached the platform: resent with the same key where the platform
 * deduplicates and its window still covers the resend (`row.sentAt` is the first attempt), else
 * "unconfirmed" — kept out of every automatic resend, until its message is found (Ledger.adopt).
 */
async function onAmbiguousSend(deps: FailureDeps, row: DeliveryRow, token: string, e: DeliveryError): Promise<void> {
  const attempts = row.attempts + 1;
  const retryAt = new Date(deps.now.getTime() + backoffMs(row.attempts));
  const context = { key: row.key, target: row.target, failure: e.failure, attempts };
  const release = { lockedBy: null, lockedUntil: null };
  const where = { id: row.id, lockedBy: token };
  if (attempts < deps.maxAttempts && deps.resendable(row.platform, row.sentAt, retryAt)) {
    deps.log.warn(context, "delivery answer lost; the platform deduplicates: sending again with the same key");
    await deps.db.prisma.delivery.updateMany({
      where,
      data: { status: "pending", attempts, notBefore: retryAt, error: e.message.slice(0, 500), ...release },
    });
    return;
  }
  deps.log.warn(context, "delivery may have reached the platform (answer lost or timed out): unconfirmed, not resent");
  await deps.db.prisma.delivery.updateMany({
    where,
    data: { status: "unconfirmed", attempts, error: `answer lost: ${e.message}`.slice(0, 500), ...release },
  });
}
