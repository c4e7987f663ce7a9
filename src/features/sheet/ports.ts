// What the sheet's fairness rules need from the store beyond the kernel's seats: handing a place
// to the first person waiting (a replacement), and a person's shifts in other canteens the same day.
import type { SignUp, SignUpStatus } from "../../kernel/ports.ts";

/** A person's place on a service of another canteen, with that canteen's times (overlap warnings). */
export interface ShiftElsewhere {
  canteen: string;
  timezone: string;
  cookTime: string;
  lunchTime: string;
  role: string;
  status: SignUpStatus;
}

/** The sheet feature's part of the Store. Each method is one atomic unit of work. */
export interface SheetStore {
  /**
   * Gives the person's confirmed place to the first person waiting for that role, in one
   * transaction (same seat: nobody is overbooked); null, changing nothing, when nobody waits.
   */
  handOver(input: { canteenId: number; date: string; personId: number }): Promise<{ released: SignUp; promoted: SignUp } | null>;
  /** The person's sign-ups on `date` in every canteen but `canteenId`. */
  shiftsElsewhere(personId: number, date: string, canteenId: number): Promise<ShiftElsewhere[]>;
}
