// Telegram addresses and payload formats: chats and people are "telegram:<native id>" (a private
// chat's id equals its user's id), and a button's callback_data carries its command and the
// command that refreshes its message, within Telegram's 64-byte limit.

/** Prefix of every Telegram address. */
export const PREFIX = "telegram:";

/** Longest callback_data Telegram accepts, in UTF-8 bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** The address of a chat ("telegram:-1001234"). */
export function chatAddress(chatId: number | string): string {
  return `${PREFIX}${chatId}`;
}

/** The address of a person; also the address of their private chat with the bot. */
export function personAddress(userId: number): string {
  return `${PREFIX}${userId}`;
}

/** The numeric Telegram id behind an address, or undefined when it is not a Telegram address. */
export function nativeId(address: string): number | undefined {
  if (!address.startsWith(PREFIX)) return undefined;
  const raw = address.slice(PREFIX.length);
  if (!/^-?\d{1,20}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** The delivery id of an update, so the core handles a redelivered update once. */
export function deliveryId(botId: number, updateId: number): string {
  // The bot id keeps two bots sharing one database from colliding on their update counters.
  return `telegram:update:${botId}:${updateId}`;
}

/** What a pressed button stands for. */
export interface ButtonPayload {
  command: string;
  refresh?: string;
}

const SEPARATOR = "|";

/**
 * callback_data for a button: "<refresh>|<command>". When it cannot fit in 64 bytes the refresh
 * is left out (the press then answers with a new message); returns undefined if even the
 * command alone does not fit.
 */
export function encodeCallbackData(p: ButtonPayload): string | undefined {
  const fits = (s: string) => Buffer.byteLength(s, "utf8") <= MAX_CALLBACK_DATA_BYTES;
  if (p.refresh && !p.refresh.includes(SEPARATOR)) {
    const full = `${p.refresh}${SEPARATOR}${p.command}`;
    if (fits(full)) return full;
  }
  const bare = `${SEPARATOR}${p.command}`;
  return fits(bare) ? bare : undefined;
}

/** Reads callback_data written by encodeCallbackData; undefined for anything else. */
export function decodeCallbackData(data: string): ButtonPayload | undefined {
  const at = data.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  const refresh = data.slice(0, at);
  const command = data.slice(at + 1);
  if (!command.startsWith("/") || (refresh !== "" && !refresh.startsWith("/"))) return undefined;
  return refresh ? { command, refresh } : { command };
}
