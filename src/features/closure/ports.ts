// What closures need from the store: which dates are closed, closing dates (releasing everyone on
// them in the same transaction), reopening one, and the closures to come.
import type { ClosedDay } from "../../kernel/closed.ts";

/** A date that differs from a canteen's usual week: closed by a manager, or a public holiday opened. */
export interface ClosureRow {
  date: string;
  kind: "closed" | "open";
  reason: string | null;
}

/** Someone a closure took off a date: their sign-up (role), their poll answer, or both. */
export interface Released {
  personId: number;
  name: string;
  date: string;
  /** The role they were signed up for (confirmed or waiting), or null. */
  role: string | null;
  /** True when they had answered the date's poll. */
  answered: boolean;
}

/** Closures and opened holidays. Each method is one atomic unit of work. */
export interface ClosureStore {
  /** The closed dates among `dates` (closures, and public holidays not opened), keyed by date. */
  closedDays(canteenId: number, dates: readonly string[]): Promise<Map<string, ClosedDay>>;
  /**
   * Closes dates (a reason replaces an earlier one) and, in the same transaction, takes everyone
   * off them: sign-ups and poll answers. Returns who was taken off, by date.
   */
  closeDates(input: { canteenId: number; dates: readonly string[]; reason: string | null }): Promise<Released[]>;
  /**
   * Takes everyone off dates that became closed without a closure of their own (public holidays
   * a settings change now follows), in one transaction. Returns who was taken off, by date.
   */
  releaseDates(input: { canteenId: number; dates: readonly string[] }): Promise<Released[]>;
  /** Reopens a date: a closure is removed, a public holiday is opened. False when it was not closed. */
  reopenDate(input: { canteenId: number; date: string }): Promise<boolean>;
  /** The rows of a canteen between two dates (both included), in date order. */
  closures(canteenId: number, from: string, to: string): Promise<ClosureRow[]>;
}
