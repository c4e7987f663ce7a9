// Finding a delivery Slack may have posted although its answer was lost. Each ledger post carries
// message metadata (event_type "tablee_delivery", its delivery key hashed), and
// conversations.history returns it (include_all_metadata): the channel's recent history says
// whether the message is there. Reading it needs the *:history scope of the channel's kind
// (channels:history, groups:history, im:history); without it the lookup cannot tell.
import { createHash } from "node:crypto";
import type { webApi } from "@slack/bolt";

/** The metadata event type of Tablée's ledger posts. */
export const DELIVERY_EVENT_TYPE = "tablee_delivery";

/** Slack's clock and ours may differ: the history is read from this long before the attempt. */
const CLOCK_MARGIN_MS = 60_000;
/** Messages read from the history; a busier channel than this leaves the lookup undecided. */
const HISTORY_LIMIT = 200;

/** The metadata of a ledger post: its delivery key as a short hash (no ids of ours in Slack). */
export function deliveryMetadata(deliveryKey: string): { event_type: string; event_payload: { key: string } } {
  return {
    event_type: DELIVERY_EVENT_TYPE,
    event_payload: { key: createHash("sha256").update(deliveryKey).digest("base64url").slice(0, 22) },
  };
}

/**
 * After `delayMs`, looks for the post of `deliveryKey` in `channel` since `startedAt`: its ts
 * when found, null when the history surely does not hold it, undefined when that cannot be told
 * (no history scope, Slack unreachable, more messages than one page since then).
 */
export async function findDelivered(
  client: webApi.WebClient,
  channel: string,
  deliveryKey: string,
  startedAt: number,
  delayMs: number,
): Promise<string | null | undefined> {
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  const wanted = deliveryMetadata(deliveryKey).event_payload.key;
  try {
    const res = await client.conversations.history({
      channel,
      oldest: ((startedAt - CLOCK_MARGIN_MS) / 1000).toFixed(6),
      inclusive: true,
      limit: HISTORY_LIMIT,
      include_all_metadata: true,
    });
    const hit = (res.messages ?? []).find(
      (m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && (m.metadata.event_payload as { key?: unknown } | undefined)?.key === wanted,
    );
    if (hit?.ts) return hit.ts;
    return res.has_more ? undefined : null;
  } catch {
    return undefined;
  }
}
