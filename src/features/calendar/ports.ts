// Calendar feeds as the core sees them: the part of the Store port that keeps secret feed links
// (as hashes only) and reads what the feeds show. Implemented in src/store/calendar-store.ts.
import type { SignUpStatus } from "../../kernel/ports.ts";

/** "shifts": a person's own sign-ups in every canteen; "canteen": one canteen's services, no names. */
export type FeedKind = "shifts" | "canteen";

/** A feed link as stored: whose it is and what it shows. */
export interface FeedRecord {
  kind: FeedKind;
  personId: number;
  /** The canteen the link was asked from (for "shifts", only its language and timezone). */
  canteenId: number;
}

/** One of a person's shifts: a live sign-up, or one given up that feeds still show as cancelled. */
export interface ShiftRecord {
  canteenId: number;
  date: string;
  role: string;
  status: SignUpStatus | "cancelled";
}

/** A recorded service of a canteen: its menu and how many seats each role has taken. */
export interface ServiceRecord {
  date: string;
  menu: string | null;
  /** Confirmed sign-ups per role key. */
  taken: Record<string, number>;
}

/** Persistence of calendar feeds. Each method is one atomic unit of work. */
export interface CalendarStore {
  /** Keeps new feed links (by the hashes of their tokens). */
  createCalendarFeeds(feeds: (FeedRecord & { tokenHash: string })[]): Promise<void>;
  /** A feed link by the hash of its token, or null when unknown or revoked. */
  calendarFeed(tokenHash: string): Promise<FeedRecord | null>;
  /** Revokes every feed link of a person; returns how many there were. */
  revokeCalendarFeeds(personId: number): Promise<number>;
  /**
   * A person's shifts on services from `from` on, in every canteen: live sign-ups, and
   * cancellations of services on or after `keepCancelledFrom` too. Reads only.
   */
  shiftsOf(personId: number, from: string, keepCancelledFrom: string): Promise<ShiftRecord[]>;
  /** The services of a canteen recorded between two dates (inclusive), in date order. */
  servicesBetween(canteenId: number, from: string, to: string): Promise<ServiceRecord[]>;
}
