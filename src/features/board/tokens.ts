// Secrets of the board: login-link tokens and session ids are 256-bit random strings, and only
// their SHA-256 hash is stored, so a copy of the database logs nobody in.
import { createHash, randomBytes } from "node:crypto";

/** A fresh unguessable token (URL-safe, 43 characters). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True for something shaped like one of our tokens (checked before any database look-up). */
export function looksLikeToken(s: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(s);
}
