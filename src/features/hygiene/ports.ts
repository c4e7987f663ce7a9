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

/** The kinds of dish record: a cooling, a core cooking temperature, a reheating. */
export const DISH_KINDS = ["cooling", "core", "reheat"] as const;
export type DishKind = (typeof DISH_KINDS)[number];

/** A dish's temperature record; a cooling under way has no end (`value`, `at`, `within` null). */
export interface DishRecord {
  id: number;
  canteenId: number;
  kind: DishKind;
  dish: string;
  key: string;
  date: string;
  startValue: number | null;
  startAt: Date;
  value: number | null;
  at: Date | null;
  within: boolean | null;
  min: number | null;
  max: number | null;
  minutes: number | null;
  by: Actor;
  promptedAt: Date | null;
  missedAt: Date | null;
  action: { text: string; at: Date; by: Actor } | null;
}

/** What a corrective action was attached to: a piece of equipment's reading or a dish's record. */
export interface Acted {
  subject: string;
  value: number | null;
  date: string;
  at: Date;
}

/** The kitchen records of every canteen. Each method is one atomic unit of work. */
export interface HygieneStore extends CleaningStore, TrainingStore {
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
  }): Promise<Acted | null>;
  /** Starts a cooling: its end must be at most `max` °C within `minutes`. */
  startCooling(input: {
    canteenId: number;
    dish: string;
    key: string;
    date: string;
    startValue: number;
    at: Date;
    max: number;
    minutes: number;
    by: { personId: number; name: string };
  }): Promise<DishRecord>;
  /** The coolings of a canteen under way (no end temperature yet), oldest first. */
  openCoolings(canteenId: number): Promise<DishRecord[]>;
  /** Ends a cooling under way; null when it has ended meanwhile. */
  endCooling(input: { id: number; value: number; at: Date; within: boolean }): Promise<DishRecord | null>;
  /** Records a core cooking or reheating temperature against its minimum. */
  recordDishTemperature(input: {
    canteenId: number;
    kind: "core" | "reheat";
    dish: string;
    key: string;
    date: string;
    value: number;
    at: Date;
    min: number;
    within: boolean;
    by: { personId: number; name: string };
  }): Promise<DishRecord>;
  /** The dish records started on some dates, oldest first. */
  dishRecords(canteenId: number, from: string, to: string): Promise<DishRecord[]>;
  /** Claims the coolings under way started at or before `startedBy` whose author was not asked yet (marking them asked). */
  coolingsToAsk(startedBy: Date, at: Date): Promise<DishRecord[]>;
  /** Claims the coolings still under way started at or before `startedBy` and not yet found unanswered: now out of limits. */
  coolingsUnanswered(startedBy: Date, at: Date): Promise<DishRecord[]>;
}

/** How often a cleaning task comes back: every service day, or one weekday a week. */
export const CLEANING_FREQUENCIES = ["daily", "weekly"] as const;
export type CleaningFrequency = (typeof CLEANING_FREQUENCIES)[number];

/** A task of the cleaning plan; `weekday` (1 = Monday … 7 = Sunday) for a weekly one. */
export interface CleaningTask {
  id: number;
  name: string;
  key: string;
  frequency: CleaningFrequency;
  weekday: number | null;
}

/** A cleaning task done on a date. */
export interface CleaningDone {
  taskId: number;
  task: string;
  date: string;
  at: Date;
  by: Actor;
}

/** The cleaning plan and its log. */
export interface CleaningStore {
  /** The canteen's cleaning tasks in use, by name. */
  cleaningTasks(canteenId: number): Promise<CleaningTask[]>;
  /** Adds a task, or sets the frequency of the one of that name (one removed comes back). */
  saveCleaningTask(input: { canteenId: number } & Omit<CleaningTask, "id">): Promise<{ task: CleaningTask; created: boolean }>;
  /** Takes a task out of the plan (its log stays). False when none of that key is in use. */
  removeCleaningTask(canteenId: number, key: string, at: Date): Promise<boolean>;
  /** Records a task done on a date; the first record stands (`created` false when it was done already). */
  markCleaningDone(input: {
    canteenId: number;
    taskId: number;
    date: string;
    at: Date;
    by: { personId: number; name: string };
  }): Promise<{ done: CleaningDone; created: boolean } | null>;
  /** The tasks done on some dates, oldest first. */
  cleaningLog(canteenId: number, from: string, to: string): Promise<CleaningDone[]>;
}

/** A person's 14-hour food-hygiene training, as a manager recorded it. */
export interface Training {
  personId: number | null;
  name: string;
  day: string;
  recordedAt: Date;
}

/** Who in the canteen did the training. */
export interface TrainingStore {
  /** Records (or sets the day of) a person's training. */
  recordTraining(input: { canteenId: number; personId: number; name: string; day: string; at: Date; byName: string }): Promise<Training>;
  /** The canteen's trained people, by name. */
  trainings(canteenId: number): Promise<Training[]>;
}
