// Board sessions over HTTP: the session id travels in an HttpOnly cookie, or — where cookies
// are blocked (Telegram's Mini App in web.telegram.org's iframe) — as `Authorization: Bearer <id>`.
// Ids are never logged; the database keeps only their hash (src/features/board/login.ts).
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { endSession, liveSession, openSession, type OpenedSession } from "../../features/board/login.ts";
import type { BoardSessionRecord } from "../../features/board/ports.ts";
import type { Clock, Store } from "../../kernel/ports.ts";

/** Name of the session cookie. */
export const SESSION_COOKIE = "tablee_session";

/** What the session helpers need. */
export interface SessionDeps {
  store: Store;
  clock: Clock;
  /** True when the public URL is https: the cookie is then `Secure`. */
  secure: boolean;
}

/** The session id a request carries (header first, then cookie), or null. */
export function sessionIdOf(c: Context): string | null {
  const auth = c.req.header("authorization");
  const bearer = auth && /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  return bearer || getCookie(c, SESSION_COOKIE) || null;
}

/** The session of this request (its person, and the answer its next page shows), or null. */
export async function sessionOfRequest(deps: SessionDeps, c: Context): Promise<BoardSessionRecord | null> {
  const id = sessionIdOf(c);
  return id ? liveSession(deps.store, id, deps.clock.now()) : null;
}

/** Puts a session in the response's cookie: HttpOnly, SameSite=Lax, Secure on https. */
export function setSessionCookie(deps: SessionDeps, c: Context, session: OpenedSession): void {
  setCookie(c, SESSION_COOKIE, session.id, {
    httpOnly: true,
    sameSite: "Lax",
    secure: deps.secure,
    path: "/",
    expires: session.expiresAt,
  });
}

/** Ends the request's session and clears its cookie. */
export async function logOut(deps: SessionDeps, c: Context): Promise<void> {
  const id = sessionIdOf(c);
  if (id) await endSession(deps.store, id);
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: deps.secure });
}

/**
 * Opens a session for the person behind a platform account ("telegram:42"), for logins the
 * platform itself vouches for (a checked Telegram Mini App `initData`); an account Tablée has
 * never seen becomes a new person, in no canteen yet. The caller sets the cookie and/or hands
 * the id to the page.
 */
export async function openSessionForAccount(
  deps: Pick<SessionDeps, "store" | "clock">,
  who: Parameters<SessionDeps["store"]["ensurePerson"]>[0],
): Promise<OpenedSession> {
  const personId = await deps.store.ensurePerson(who);
  return openSession(deps.store, personId, deps.clock.now());
}
