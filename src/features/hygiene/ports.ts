// What the kitchen's records need from the store: the equipment of a canteen, its temperature
// readings, and the corrective actions attached to those out of limits.

/** The kinds of equipment, each with its usual limits (see ./limits.ts). */
export const EQUIPMENT_KINDS = ["fridge", "freezer", "hot"] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

/** A piece of equipment whose temperature is read; a null bound is no bound. */
export interface Equipment {
  id: number;
  name: string;
  key: string;
  kind: EquipmentKind;
  min: number | null;
  max: number | null;
}

/** Who did something, as the register keeps it: null person once they asked to be forgotten. */
export interface Actor {
  personId: number | null;
  name: string;
}

/** One temperature reading, with the equipment's name and the limits it was read against. */
export interface Reading {
  id: number;
  equipmentId: number;
  equipment: string;
  date: string;
  at: Date;
  value: number;
  min: number | null;
  max: number | null;
  within: boolean;
  by: Actor;
  action: { text: string; at: Date; by: Actor } | null;
}

/** The kitchen records of every canteen. Each method is one atomic unit of work. */
export interface HygieneStore {
  /** The canteen's equipment in use, by name. */
  kitchenEquipment(canteenId: number): Promise<Equipment[]>;
  /** Adds a piece of equipment, or sets the kind and limits of the one of that name (one removed comes back). */
  saveEquipment(input: { canteenId: number } & Omit<Equipment, "id">): Promise<{ equipment: Equipment; created: boolean }>;
  /** Takes a piece of equipment out of use (its readings stay). False when none of that key is in use. */
  removeEquipment(canteenId: number, key: string, at: Date): Promise<boolean>;
  /** Records a reading against the equipment's limits of the moment. */
  recordReading(input: {
    canteenId: number;
    equipment: Equipment;
    date: string;
    at: Date;
    value: number;
    within: boolean;
    by: { personId: number; name: string };
  }): Promise<Reading>;
  /** The readings of some dates, oldest first. */
  temperatureReadings(canteenId: number, from: string, to: string): Promise<Reading[]>;
  /**
   * Attaches a corrective action to the latest reading out of limits since `since` that has none,
   * the author's own first: null when none waits for one.
   */
  attachCorrectiveAction(input: {
    canteenId: number;
    since: Date;
    text: string;
    at: Date;
    by: { personId: number; name: string };
  }): Promise<Reading | null>;
}
