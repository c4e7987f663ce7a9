// CSRF protection for the board's forms, in two layers: Hono's `csrf` middleware refuses form
// posts from another origin (Origin / Sec-Fetch-Site), and every form of a logged-in page
// carries a token derived from the session id, checked on post (a synchronizer token).
import { createHash, timingSafeEqual } from "node:crypto";

/** Name of the hidden form field. */
export const CSRF_FIELD = "csrf";

/** The form token of a session (a hash of its id: the id itself never appears in a page). */
export function csrfToken(sessionId: string): string {
  return createHash("sha256").update(`tablee-csrf:${sessionId}`, "utf8").digest("base64url");
}

/** True when a posted token matches the session's, compared in constant time. */
export function csrfValid(sessionId: string, posted: unknown): boolean {
  if (typeof posted !== "string") return false;
  const want = Buffer.from(csrfToken(sessionId));
  const got = Buffer.from(posted);
  return got.length === want.length && timingSafeEqual(got, want);
}
