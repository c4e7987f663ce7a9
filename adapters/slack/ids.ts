// Addresses, delivery ids and button payloads on Slack. Chats and people are "slack:<id>"
// (channel ids C…/G…/D…, user ids U…/W…); Slack ids are unique across workspaces.
import { z } from "zod";

/** Tablée's address of a Slack channel or DM ("slack:C0123"). */
export function chatAddress(channelId: string): string {
  return `slack:${channelId}`;
}

/** Tablée's address of a Slack user ("slack:U0123"). */
export function personAddress(userId: string): string {
  return `slack:${userId}`;
}

/** True when an address is a Slack one (so a mention can render as `<@U…>`). */
export function isSlackAddress(address: string): boolean {
  return /^slack:[A-Z0-9]+$/.test(address);
}

/** The Slack id inside an address; throws for another platform's address (a wiring bug). */
export function nativeId(address: string): string {
  if (!isSlackAddress(address)) throw new Error(`not a Slack address: ${address}`);
  return address.slice("slack:".length);
}

/** Direct-message channels (the bot and one person) have ids starting with D. */
export function isDirectChannel(channelId: string): boolean {
  return channelId.startsWith("D");
}

/** Delivery ids the core deduplicates on: Slack redelivers events with the same event_id. */
export const deliveryIds = {
  event: (eventId: string) => `slack:event:${eventId}`,
  /** Slash commands and button presses carry no event id; their trigger_id is unique per interaction. */
  command: (triggerId: string) => `slack:command:${triggerId}`,
  action: (triggerId: string) => `slack:action:${triggerId}`,
};

/** Prefix of the action_id of every Tablée button, so presses can be told from other apps' elements. */
export const ACTION_PREFIX = "tablee:";

/** Slack's limit on a button's value. */
export const MAX_BUTTON_VALUE = 2000;

/** What a button carries: the command it stands for and the command re-rendering its message. */
export interface ButtonPayload {
  command: string;
  refresh?: string;
}

const payloadSchema = z.object({ c: z.string().min(1), r: z.string().optional() });

/**
 * Encodes a button's payload into its `value` (≤ 2000 characters). When both do not fit, the
 * refresh is dropped: the press then answers with a new message instead of an in-place update.
 */
export function encodeButtonValue(p: ButtonPayload): string {
  const full = JSON.stringify(p.refresh ? { c: p.command, r: p.refresh } : { c: p.command });
  if (full.length <= MAX_BUTTON_VALUE) return full;
  const bare = JSON.stringify({ c: p.command });
  if (bare.length <= MAX_BUTTON_VALUE) return bare;
  throw new Error(`button command too long for Slack (${bare.length} characters)`);
}

/** Decodes a button value written by `encodeButtonValue`; undefined for anything else. */
export function decodeButtonValue(value: string | undefined): ButtonPayload | undefined {
  if (!value) return undefined;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(value));
    return parsed.success ? { command: parsed.data.c, refresh: parsed.data.r } : undefined;
  } catch {
    return undefined;
  }
}
