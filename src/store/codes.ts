// One-time codes people type (canteen invites, network invites, /link codes): drawn here, and
// kept in the database only as a slow hash, so a copy of the database (a backup, a dump) holds
// no code anyone could still type.
import { randomInt, scrypt } from "node:crypto";
import { isUniqueViolation } from "./tx.ts";

/** Letters and digits people cannot confuse (no O/0, I/1/L). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** The kinds of code, each hashed apart so one kind's hash never matches another's. */
export type CodeKind = "invite" | "network-invite" | "link";

/** `length` characters of CODE_ALPHABET. */
function draw(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** Eight characters of CODE_ALPHABET with at least two digits and two letters, so a code never reads as a canteen name. */
export function newInviteCode(): string {
  for (;;) {
    const code = draw(8);
    if ((code.match(/\d/g)?.length ?? 0) >= 2 && (code.match(/[A-Z]/g)?.length ?? 0) >= 2) return code;
  }
}

/** Six characters of CODE_ALPHABET: a /link code, valid 15 minutes. */
export function newLinkCode(): string {
  return draw(6);
}

/**
 * scrypt's cost: about 50 ms per code on one core, off the event loop. A six-character code has
 * 887 million values: trying them all from a stolen hash takes far longer than the code lives.
 */
const SCRYPT = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** The stored form of a code as typed (case does not matter): a base64url scrypt hash, salted by kind. */
export function hashCode(kind: CodeKind, code: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(code.trim().toUpperCase(), `tablee:${kind}`, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key.toString("base64url")))),
  );
}

/**
 * Draws a code, hashes it and stores the hash with `store`; a hash already taken (a collision,
 * about never) draws another code. Returns the code in clear, for its maker only.
 */
export async function issueCode(kind: CodeKind, make: () => string, store: (codeHash: string) => Promise<void>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const code = make();
    try {
      await store(await hashCode(kind, code));
      return code;
    } catch (e) {
      if (attempt >= 5 || !isUniqueViolation(e)) throw e;
    }
  }
}
