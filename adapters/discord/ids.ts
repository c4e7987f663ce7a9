// Addresses of Discord channels and people, and the encoding of a button's payload.
import { createHash } from "node:crypto";

const PREFIX = "discord:";

/** Tablée's address of a Discord channel (a server text channel or a DM): "discord:<channel id>". */
export function chatAddress(channelId: string): string {
  return `${PREFIX}${channelId}`;
}

/** Tablée's address of a Discord user: "discord:<user id>". */
export function personAddress(userId: string): string {
  return `${PREFIX}${userId}`;
}

/** The Discord snowflake inside a "discord:<id>" address, or undefined for other platforms' addresses. */
export function nativeId(address: string): string | undefined {
  if (!address.startsWith(PREFIX)) return undefined;
  const id = address.slice(PREFIX.length);
  return /^\d{1,25}$/.test(id) ? id : undefined;
}

/** The delivery id the core deduplicates on: an interaction is handled once, even if replayed. */
export function interactionDeliveryId(interactionId: string): string {
  return `discord:interaction:${interactionId}`;
}

/**
 * The `nonce` of a post: at most 25 characters, the same for the same delivery key, so Discord
 * (with `enforce_nonce`) returns the first message instead of creating a second one.
 */
export function nonceFor(deliveryKey: string): string {
  return createHash("sha256").update(deliveryKey).digest("base64url").slice(0, 25);
}

/** Discord's limit on a component's custom_id. */
export const MAX_CUSTOM_ID = 100;

/**
 * A button's custom_id: "<index>|<command>|<refresh>". The index keeps ids unique within a
 * message (Discord requires it); the refresh command lets a press update the message in place.
 * Returns undefined when it cannot fit in 100 characters even without the refresh.
 */
export function encodeCustomId(index: number, command: string, refresh?: string): string | undefined {
  const full = `${index}|${command}|${refresh ?? ""}`;
  if (full.length <= MAX_CUSTOM_ID) return full;
  const bare = `${index}|${command}|`;
  return bare.length <= MAX_CUSTOM_ID ? bare : undefined;
}

/** The command and refresh carried by a button's custom_id, or undefined if it is not ours. */
export function decodeCustomId(customId: string): { command: string; refresh?: string } | undefined {
  const first = customId.indexOf("|");
  const last = customId.lastIndexOf("|");
  if (first < 1 || last === first || !/^\d+$/.test(customId.slice(0, first))) return undefined;
  const command = customId.slice(first + 1, last);
  const refresh = customId.slice(last + 1);
  if (!command.startsWith("/")) return undefined;
  return { command, refresh: refresh === "" ? undefined : refresh };
}
