// What closing a service needs from the store: its record (covers, takings, spent), the history of
// every change, the poll covers and forecast kept at the poll's deadline, and past services.

/** The values a close-out records; money in cents of the canteen's currency. */
export const CLOSE_FIELDS = ["covers", "takings", "spent"] as const;
export type CloseField = (typeof CLOSE_FIELDS)[number];

/** One change of a close-out record (who, when, old → new). */
export interface CloseChange {
  at: Date;
  actorName: string;
  field: CloseField;
  oldValue: number | null;
  newValue: number | null;
}

/** A service's close-out record; null values are unknown (never zero). */
export interface CloseRecord {
  date: string;
  /** The service has a row (it was announced, polled or signed up for). */
  exists: boolean;
  covers: number | null;
  takings: number | null;
  spent: number | null;
  currency: string | null;
  pollCovers: number | null;
  forecast: number | null;
  history: CloseChange[];
}

/** A closed service with the poll covers kept at its deadline, for the walk-in forecast. */
export interface PastService {
  date: string;
  covers: number;
  pollCovers: number;
}

/** The close-out part of the Store. Each method is one atomic unit of work. */
export interface CloseoutStore {
  /** A service's close-out record with its history, oldest change first. */
  closeRecord(canteenId: number, date: string): Promise<CloseRecord>;
  /**
   * Records values (a later value replaces the earlier one) and one history line per value that
   * changed, atomically: two people closing at once both land in the history, in order.
   */
  recordClose(input: {
    canteenId: number;
    date: string;
    values: Partial<Record<CloseField, number>>;
    currency: string;
    actor: { personId: number; name: string };
    at: Date;
  }): Promise<CloseRecord>;
  /** Keeps the poll's covers at its deadline and the kitchen brief's forecast on the service. */
  keepForecast(canteenId: number, date: string, pollCovers: number, forecast: number | null): Promise<void>;
  /** Closed services before `before` that have poll covers, newest first (at most `limit`). */
  closedHistory(canteenId: number, before: string, limit: number): Promise<PastService[]>;
  /** The most recent service on or before `onOrBefore` whose covers are not recorded, if any. */
  latestOpenService(canteenId: number, onOrBefore: string): Promise<string | null>;
}
