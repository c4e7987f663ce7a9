// Logging in to the board from a chat: one-time links (10 minutes, single use, stored as a hash)
// and the sessions they open (stored as a hash too, shared by every instance, revocable).
// The web layer (src/web/auth) and the chat command (/board) both go through these operations.
import type { CoreDeps } from "../../kernel/context.ts";
import type { BoardSessionRecord, BoardStore } from "./ports.ts";
import { hashToken, looksLikeToken, newToken } from "./tokens.ts";

/** How long a login link stays valid. */
export const LOGIN_LINK_MINUTES = 10;
/** How long a board session lasts. */
export const SESSION_DAYS = 30;
/** Path of a login link on the board: `<public URL>/login/<token>`. */
export const LOGIN_PATH = "/login";

/** A login link just issued. The token is only ever in the link itself, never stored. */
export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

/** Creates a one-time login link for a person; the board then opens on `canteenId` if given. */
export async function issueLoginLink(
  store: BoardStore,
  input: { personId: number; canteenId: number | null; baseUrl: string; now: Date },
): Promise<IssuedLink> {
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + LOGIN_LINK_MINUTES * 60_000);
  await store.createBoardLogin({
    tokenHash: hashToken(token),
    personId: input.personId,
    canteenId: input.canteenId,
    expiresAt,
    now: input.now,
  });
  return { url: `${input.baseUrl.replace(/\/+$/, "")}${LOGIN_PATH}/${token}`, expiresAt };
}

/** What a login link is worth right now, without using it (a GET, a preview, a scanner). */
export type LinkState = { state: "valid"; personId: number; canteenId: number | null } | { state: "used" | "expired" | "unknown" };

/** Looks a login link's token up without using it. */
export async function inspectLoginLink(store: BoardStore, token: string, now: Date): Promise<LinkState> {
  if (!looksLikeToken(token)) return { state: "unknown" };
  const link = await store.boardLogin(hashToken(token));
  if (!link) return { state: "unknown" };
  if (link.usedAt) return { state: "used" };
  if (link.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  return { state: "valid", personId: link.personId, canteenId: link.canteenId };
}

/** Uses a login link up (once) and opens a session; the link's state when it cannot. */
export async function redeemLoginLink(
  store: BoardStore,
  token: string,
  now: Date,
): Promise<{ ok: true; session: OpenedSession; personId: number; canteenId: number | null } | { ok: false; state: LinkState["state"] }> {
  if (!looksLikeToken(token)) return { ok: false, state: "unknown" };
  const used = await store.useBoardLogin(hashToken(token), now);
  if (!used) return { ok: false, state: (await inspectLoginLink(store, token, now)).state };
  return { ok: true, session: await openSession(store, used.personId, now), personId: used.personId, canteenId: used.canteenId };
}

/** A session just opened: its id goes into a cookie (or a header) and nowhere else. */
export interface OpenedSession {
  id: string;
  expiresAt: Date;
}

/** Opens a board session for a person (after a login link, or a checked Telegram Mini App login). */
export async function openSession(store: BoardStore, personId: number, now: Date): Promise<OpenedSession> {
  const id = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await store.createBoardSession({ idHash: hashToken(id), personId, expiresAt, now });
  return { id, expiresAt };
}

/** A live session by its id (its person, and what its last action answered), or null. */
export async function liveSession(store: BoardStore, id: string, now: Date): Promise<BoardSessionRecord | null> {
  if (!looksLikeToken(id)) return null;
  return store.boardSession(hashToken(id), now);
}

/** The person a session id belongs to, or null when it is unknown, ended or expired. */
export async function sessionPerson(store: BoardStore, id: string, now: Date): Promise<number | null> {
  return (await liveSession(store, id, now))?.personId ?? null;
}

/** Keeps (null: clears) what a session's next page shows; the text can be of any length. */
export async function setSessionFlash(store: BoardStore, id: string, flash: string | null): Promise<void> {
  if (looksLikeToken(id)) await store.setBoardFlash(hashToken(id), flash);
}

/** Ends one session. */
export async function endSession(store: BoardStore, id: string): Promise<void> {
  if (looksLikeToken(id)) await store.endBoardSession(hashToken(id));
}

/**
 * A fresh one-time board login link for the person behind a platform account (Slack's Home tab
 * button); null when the account is unknown or the board is not served.
 */
export async function loginLinkFor(
  deps: Pick<CoreDeps, "store" | "clock" | "boardUrl">,
  address: string,
  canteenId?: number,
): Promise<IssuedLink | null> {
  const baseUrl = deps.boardUrl?.() ?? null;
  const personId = await deps.store.personOf(address);
  if (baseUrl === null || personId === null) return null;
  return issueLoginLink(deps.store, { personId, canteenId: canteenId ?? null, baseUrl, now: deps.clock.now() });
}
