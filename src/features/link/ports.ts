// What /lier · /link asks of the store: one-time codes that join a second platform account to a
// person, shown (whose account, which canteens) before the redeemer confirms.
import type { PersonRef, Platform } from "../../kernel/model.ts";

/**
 * Roles of the redeeming account that joining does not carry over: a role moves only when the
 * code maker's account already held it, so a code's maker never gains the redeemer's rights.
 */
export interface RolesNotCarried {
  /** Canteens the redeemer managed and the maker does not. */
  managerOf: string[];
  /** Networks the redeemer managed and the maker does not. */
  networks: string[];
}

/** Whose account a code joins: the maker's name and app as they made it, and their canteens. */
export interface LinkPreview {
  name: string;
  platform: Platform;
  canteens: string[];
  notCarried: RolesNotCarried;
}

/** Showing a code: whose it is, or why it cannot be used ("own": the code's person is already the redeemer's). */
export type LinkLookup = { kind: "preview"; preview: LinkPreview } | { kind: "own" } | { kind: "invalid" };

/** Confirming a code: joined, or why not ("unseen": it was not shown to this account first). */
export type LinkRedemption =
  | { kind: "linked"; personId: number; name: string; notCarried: RolesNotCarried }
  | { kind: "unseen" }
  | { kind: "own" }
  | { kind: "invalid" };

/** The store port of /link. */
export interface LinkStore {
  /** A one-time code that joins another platform account to this person; `madeBy` is the account asking. */
  createLinkCode(input: { personId: number; madeBy: string; expiresAt: Date }): Promise<string>;
  /**
   * Shows a valid code to the account `who`, without using it: the first account it is shown to is
   * the only one that may confirm it (another one is told it is invalid).
   */
  showLinkCode(code: string, who: string, now: Date): Promise<LinkLookup>;
  /**
   * Joins the account `who` (and everything of its person) to the code's person, using the code
   * up; only for the account the code was shown to, while the code is valid.
   */
  redeemLinkCode(code: string, who: PersonRef & { platform: Platform }, now: Date): Promise<LinkRedemption>;
  /**
   * The code stops working: its redeemer said "that's not me" (`who`, the account it was shown
   * to), or it was typed where others saw it (`who` null). False when there was nothing to cancel.
   */
  cancelLinkCode(code: string, who: string | null, now: Date): Promise<boolean>;
}
