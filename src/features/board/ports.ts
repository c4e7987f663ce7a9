// The board's login links and sessions as the core sees them, and the few reads a board page
// needs in one query each: the part of the Store port that keeps them. Only hashes of tokens and
// session ids are ever stored (src/store/board-store.ts).
import type { Platform } from "../../kernel/model.ts";
import type { Canteen, MemberRole } from "../../kernel/ports.ts";

/** A login link as stored: who it logs in, where the board opens, and whether it is still good. */
export interface BoardLoginRecord {
  personId: number;
  canteenId: number | null;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A live board session. */
export interface BoardSessionRecord {
  personId: number;
  expiresAt: Date;
  /** What its last action answered, until a page shows it (JSON written by the board). */
  flash: string | null;
}

/** Persistence of board login links and sessions. Each method is one atomic unit of work. */
export interface BoardStore {
  /** Keeps a new login link (by the hash of its token); also forgets links long expired. */
  createBoardLogin(input: { tokenHash: string; personId: number; canteenId: number | null; expiresAt: Date; now: Date }): Promise<void>;
  /** A login link by the hash of its token (used or not, expired or not), or null. */
  boardLogin(tokenHash: string): Promise<BoardLoginRecord | null>;
  /**
   * Uses a login link up: succeeds once, while it is unused and unexpired. Two presses racing
   * get one session between them. Returns the link, or null.
   */
  useBoardLogin(tokenHash: string, now: Date): Promise<BoardLoginRecord | null>;
  /** Keeps a new session (by the hash of its id); also forgets sessions long expired. */
  createBoardSession(input: { idHash: string; personId: number; expiresAt: Date; now: Date }): Promise<void>;
  /** The live session with this id hash, or null when unknown or expired. */
  boardSession(idHash: string, now: Date): Promise<BoardSessionRecord | null>;
  /** Ends one session (logout from the board itself). */
  endBoardSession(idHash: string): Promise<void>;
  /** Keeps (or clears, with null) the answer a session's next page shows; any length. */
  setBoardFlash(idHash: string, flash: string | null): Promise<void>;
  /**
   * Records a Telegram Mini App launch (a hash of its initData's signature) that opens a session:
   * true the first time, false when that launch was already used. Also forgets launches expired.
   */
  claimMiniAppLaunch(hash: string, expiresAt: Date, now: Date): Promise<boolean>;
  /**
   * The person behind a platform account, created (with that name, and the language the app
   * reports) when Tablée has never seen it — for logins the platform vouches for (Telegram's Mini App)
   * and for `/link`, which needs no canteen.
   */
  ensurePerson(who: { address: string; platform: Platform; name: string; reportedLocale: "fr" | "en" | null }): Promise<number>;
  /** Ends every session of a person (`/board logout`); returns how many were live. */
  endBoardSessions(personId: number, now: Date): Promise<number>;

  /** The canteens a person is a member of, oldest membership first, with their name and role there. */
  boardMemberships(personId: number): Promise<{ canteen: Canteen; name: string; role: MemberRole }[]>;
  /** A person's name and role in one canteen, or null when they are not a member. */
  boardMember(canteenId: number, personId: number): Promise<{ name: string; role: MemberRole } | null>;
}
