// What closing a service needs from the store: its record (covers, takings, spent), the history of
// every change, the poll covers and forecast kept at the poll's deadline, and past services.

/** The values a close-out records; money in cents of the canteen's currency. */
export const CLOSE_FIELDS = ["covers", "takings", "spent"] as const;
export type CloseField = (typeof CLOSE_FIELDS)[number];

/** The means of payment takings may be given in; the takings are then their sum. */
export const TAKINGS_MEANS = ["cash", "card", "cheque"] as const;
export type TakingsMeans = (typeof TAKINGS_MEANS)[number];
/** Takings per means of payment, in cents; null = that means is unknown. */
export type TakingsSplit = Record<TakingsMeans, number | null>;

/** Food waste weighed at close-out, in grams: the total and where it came from (issue 20 §5). */
export const WASTE_PARTS = ["wastePlates", "wasteUnserved", "wastePrep"] as const;
export type WastePart = (typeof WASTE_PARTS)[number];
export const WASTE_FIELDS = ["waste", ...WASTE_PARTS] as const;
export type WasteField = (typeof WASTE_FIELDS)[number];
/** A service's waste in grams; null = not weighed (never zero). The total is the parts' sum when split. */
export type WasteRecord = Record<WasteField, number | null>;

/** One change of a close-out record (who, when, old → new). */
export interface CloseChange {
  at: Date;
  actorName: string;
  field: CloseField | TakingsMeans | WasteField;
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
  /** The takings per means of payment, when the close-out gave them apart; null otherwise. */
  split: TakingsSplit | null;
  /** The waste weighed, when the close-out gave it; null otherwise. */
  waste: WasteRecord | null;
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

/** One person of a service's team: on the sheet (came or not) or a helper named at the close-out. */
export interface TeamPerson {
  /** Null for a helper known by name only (or a no-show forgotten after a year). */
  personId: number | null;
  name: string;
  role: string;
  came: boolean;
  /** Not on the sheet: "someone else helped". */
  helper: boolean;
}

/** A change to a service's team: someone did not come, came after all, or helped without a place. */
export type TeamMark =
  | { kind: "absent" | "present"; personId: number | null; name: string }
  | { kind: "helper"; personId: number | null; name: string; role: string };

/** The close-out part of the Store. Each method is one atomic unit of work. */
export interface CloseoutStore {
  /** A service's close-out record with its history, oldest change first. */
  closeRecord(canteenId: number, date: string): Promise<CloseRecord>;
  /**
   * Records values (a later value replaces the earlier one) and one history line per value that
   * changed, atomically: two people closing at once both land in the history, in order.
   * Means of payment merge with those recorded and the takings become the known means' sum;
   * takings given alone that differ from a recorded split clear the split.
   */
  recordClose(input: {
    canteenId: number;
    date: string;
    values: Partial<Record<CloseField, number>>;
    split?: Partial<Record<TakingsMeans, number>>;
    /** Waste in grams: the total and/or its parts (parts merge and make the total their sum). */
    waste?: Partial<Record<WasteField, number>>;
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
  /** The team a service really had: as marked at its close-out, else the confirmed people of its sheet (all came). */
  team(canteenId: number, date: string): Promise<TeamPerson[]>;
  /** The teams of several services at once (the board's close forms), by date. */
  teams(canteenId: number, dates: readonly string[]): Promise<ReadonlyMap<string, TeamPerson[]>>;
  /**
   * Applies marks to a service's team atomically; the first mark keeps the whole sheet as the
   * team first, so later sign-up changes do not rewrite who cooked. Returns the team.
   */
  markTeam(input: { canteenId: number; date: string; marks: TeamMark[]; at: Date }): Promise<TeamPerson[]>;
  /** Forgets who did not come on services dated before `before` (their rows lose person and name); returns how many. */
  forgetNoShows(before: string): Promise<number>;
}
