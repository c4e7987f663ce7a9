// Issuing and revoking a person's secret calendar links: the one operation behind both
// `/calendar` in a chat and the board's calendar page.
import type { CoreDeps } from "../../kernel/context.ts";
import type { Store } from "../../kernel/ports.ts";
import { hashToken, newToken } from "../board/index.ts";
import { FEED_PATH } from "./feed.ts";

/** A fresh pair of links, and how many old ones a reset revoked (null: no reset). */
export interface CalendarLinks {
  shifts: string;
  canteen: string;
  revoked: number | null;
}

/** The URL of a feed token on the board. */
export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${FEED_PATH}/${token}.ics`;
}

/**
 * Gives a person new links for a canteen (their shifts everywhere; that canteen's services).
 * Links given earlier keep working, unless `reset` revokes them all first.
 */
export async function issueCalendarLinks(
  store: Store,
  input: { personId: number; canteenId: number; baseUrl: string; reset: boolean },
): Promise<CalendarLinks> {
  const revoked = input.reset ? await store.revokeCalendarFeeds(input.personId) : null;
  const shifts = newToken();
  const canteen = newToken();
  await store.createCalendarFeeds([
    { kind: "shifts", personId: input.personId, canteenId: input.canteenId, tokenHash: hashToken(shifts) },
    { kind: "canteen", personId: input.personId, canteenId: input.canteenId, tokenHash: hashToken(canteen) },
  ]);
  return { shifts: feedUrl(input.baseUrl, shifts), canteen: feedUrl(input.baseUrl, canteen), revoked };
}

/**
 * The board's way to the same links: null when the board is not served or the person is not a
 * member of that canteen (so no id in a URL reaches another canteen).
 */
export async function calendarLinksFor(
  deps: CoreDeps,
  input: { personId: number; canteenId: number; reset: boolean },
): Promise<CalendarLinks | null> {
  const baseUrl = deps.boardUrl?.() ?? null;
  if (baseUrl === null) return null;
  if (!(await deps.store.members(input.canteenId)).some((m) => m.personId === input.personId)) return null;
  return issueCalendarLinks(deps.store, { ...input, baseUrl });
}
