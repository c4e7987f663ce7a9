// What /impact needs from the store: one canteen's records over a period, read in a few queries.
import type { CanteenRecords } from "./figures.ts";

/** A period of local dates, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** The impact part of the Store. */
export interface ImpactStore {
  /**
   * The records of one canteen for the services held in the period up to `today` (services
   * after today are not held yet): per-service close-out and survey counts, volunteers, newcomers,
   * lunch tables.
   */
  impactRecords(canteenId: number, period: Period, today: string): Promise<CanteenRecords>;
}
