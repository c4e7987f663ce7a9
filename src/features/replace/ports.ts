// What finding a replacement needs from the store: asking, taking (one transaction that moves
// the seat), withdrawing on /cancel, and reading requests back for messages and alerts.
import type { Locale, SignUp } from "../../kernel/ports.ts";

/** Someone on a replacement request: the person asking, or the one who took the place. */
export interface ReplacementPerson {
  personId: number;
  name: string;
  addresses: string[];
  locale: Locale | null;
}

/** A volunteer's call for someone to take their place on one service. */
export interface ReplacementRequest {
  id: number;
  canteenId: number;
  date: string;
  role: string;
  status: "open" | "taken" | "withdrawn";
  requester: ReplacementPerson;
  taker: ReplacementPerson | null;
}

/** What asking for a replacement did. */
export type AskResult =
  | { kind: "asked"; request: ReplacementRequest }
  | { kind: "already"; request: ReplacementRequest }
  | { kind: "not-on-sheet" }
  | { kind: "waitlisted"; role: string };

/** What pressing "I'll take it" did. */
export type TakeResult =
  | { kind: "taken"; request: ReplacementRequest }
  /** Someone was waiting for that role: the place went to the first of them (the request's taker), not to the presser. */
  | { kind: "to-waiting"; request: ReplacementRequest; promoted: SignUp }
  | { kind: "closed"; request: ReplacementRequest }
  | { kind: "own"; request: ReplacementRequest }
  | { kind: "already-on"; request: ReplacementRequest; role: string; waitlisted: boolean }
  | { kind: "unknown" };

/** Persistence of replacement requests. Each method is one atomic unit of work. */
export interface ReplaceStore {
  /** Opens a request for the person's confirmed place on a service (once: an open one is returned as is). */
  askReplacement(input: { canteenId: number; date: string; personId: number }): Promise<AskResult>;
  /**
   * The first taker wins, in one transaction: the request closes and the requester's seat
   * becomes the taker's (same role and seat: nobody is overbooked). Nobody skips the waitlist:
   * with someone waiting for that role, the first of them takes the place, whoever pressed.
   */
  takeReplacement(input: { canteenId: number; requestId: number; personId: number; now: Date }): Promise<TakeResult>;
  /** Closes a person's open requests on a service (they cancelled); returns those closed. */
  withdrawReplacements(input: { canteenId: number; date: string; personId: number; now: Date }): Promise<ReplacementRequest[]>;
  /** One request of a canteen. */
  replacement(canteenId: number, id: number): Promise<ReplacementRequest | null>;
  /** A person's latest request on a service (what the groups' message about it shows). */
  latestReplacement(canteenId: number, date: string, requesterId: number): Promise<ReplacementRequest | null>;
  /** The requests of a service nobody has taken yet (for the managers' alert). */
  openReplacements(canteenId: number, date: string): Promise<ReplacementRequest[]>;
}
