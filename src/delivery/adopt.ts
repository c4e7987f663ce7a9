// Adoption of a message whose delivery is "unconfirmed" (its send may or may not have reached
// the platform): when the platform shows us the message after all — a button pressed on it
// arrives with its chat and id — the delivery takes that id, becomes "sent", is brought up to
// date at once and gets its edits again. Only an unambiguous match is adopted.
import type { FoundMessage } from "../kernel/adapter.ts";
import type { Message } from "../kernel/model.ts";
import type { Logger } from "../kernel/ports.ts";
import type { Database } from "../store/database.ts";
import type { DeliveryRow } from "./failures.ts";

/**
 * Adopts `found` for the one "unconfirmed" delivery of its chat whose message it matches; false
 * when there is none, several, or when a sent delivery already owns that message id.
 */
export async function adoptMessage(
  db: Database,
  log: Logger,
  now: Date,
  found: FoundMessage,
  compose: (row: DeliveryRow) => Promise<Message | null>,
): Promise<boolean> {
  const prisma = db.prisma;
  // Nearly always empty: one light indexed query per press.
  const candidates = await prisma.delivery.findMany({
    where: { status: "unconfirmed", platform: found.platform, OR: [{ target: found.chat }, { sentChat: found.chat }] },
  });
  if (candidates.length === 0) return false;
  const owner = await prisma.delivery.findFirst({
    where: { platform: found.platform, sentChat: found.chat, messageId: found.messageId },
    select: { id: true },
  });
  if (owner) return false;
  const matching: DeliveryRow[] = [];
  for (const row of candidates) {
    const message = await compose(row).catch(() => null);
    if (message && found.matches(message)) matching.push(row);
  }
  if (matching.length !== 1) {
    if (matching.length > 1)
      log.warn({ keys: matching.map((r) => r.key) }, "a pressed message matches several unconfirmed deliveries: none adopts it");
    return false;
  }
  const row = matching[0]!;
  // The version moves past what was shown: the next ledger pass edits the message to today's state.
  const n = await prisma.delivery.updateMany({
    where: { id: row.id, status: "unconfirmed" },
    data: { status: "sent", messageId: found.messageId, sentChat: found.chat, version: { increment: 1 }, editAfter: now, error: null },
  });
  if (n.count === 1) log.info({ key: row.key, target: row.target }, "unconfirmed delivery found on the platform: adopted");
  return n.count === 1;
}
