// Internal-link lunch tables as the core sees them: programmes, members, rounds, tables, seats,
// and the part of the Store port that keeps them. Plain types; src/store implements them.

/** A company's lunch programme, run from one group at that group's canteen. */
export interface LunchProgram {
  id: number;
  canteenId: number;
  groupId: number;
  /** Where tables are announced ("slack:C123"); its platform decides how people are mentioned. */
  groupAddress: string;
  groupTitle: string | null;
  /** ISO weekday of the lunch (1 = Monday). */
  weekday: number;
  /** People per table (N ≥ 3). */
  tableSize: number;
  /** Local "HH:MM", the day before the lunch: sign-up closes and tables are formed. */
  closeTime: string;
  /** Rounds during which people who shared a table are kept apart (K). */
  avoidRounds: number;
  active: boolean;
}

/** What a manager may change about a programme. */
export type LunchSettings = Pick<LunchProgram, "weekday" | "tableSize" | "closeTime" | "avoidRounds">;

/** A colleague opted in to a programme. */
export interface LunchMember {
  programId: number;
  personId: number;
  name: string;
  team: string | null;
  /** Local date until which rounds are skipped, inclusive. */
  pausedUntil: string | null;
  addresses: string[];
}

/** Seated by the bot, confirmed by the person, or dropped out (seat released). */
export type LunchSeatStatus = "seated" | "confirmed" | "dropped";

/** A person's place at a table. */
export interface LunchSeat {
  id: number;
  personId: number;
  name: string;
  team: string | null;
  status: LunchSeatStatus;
  addresses: string[];
}

/** One table of a round; `seats` include dropped ones (filter on status). */
export interface LunchTable {
  id: number;
  number: number;
  /** Index into the icebreaker questions. */
  icebreaker: number;
  seats: LunchSeat[];
}

/** One lunch of a programme: formed with tables, or skipped for want of people. */
export interface LunchRound {
  id: number;
  programId: number;
  date: string;
  status: "formed" | "skipped";
  participants: number;
  tables: LunchTable[];
}

/** When a programme's rounds are formed, for the scheduler's planning. */
export interface LunchSchedule {
  canteenId: number;
  weekday: number;
  closeTime: string;
}

/** A round to record: its tables (none when skipped) and who sits where. */
export interface NewLunchRound {
  programId: number;
  canteenId: number;
  date: string;
  at: Date;
  participants: number;
  tables: { icebreaker: number; people: { personId: number; team: string | null }[] }[];
}

/** A person moved from one table to another when a table was rebalanced. */
export interface SeatMove {
  personId: number;
  from: number;
  to: number;
}

/** The tables of a round as the rebalancing plan sees them: seated people only. */
export interface SeatingPlan {
  tables: { id: number; people: { personId: number; team: string | null }[] }[];
}

/** What happened when someone dropped out. */
export type DropResult =
  { kind: "dropped"; tableId: number; moves: SeatMove[]; round: LunchRound } | { kind: "already" } | { kind: "not-seated" };

/** The lunch part of the Store. Each method is one atomic unit of work. */
export interface LunchStore {
  /** The programme run from a group, if any. */
  lunchProgramOfGroup(groupId: number): Promise<LunchProgram | null>;
  /** One programme by id. */
  lunchProgram(programId: number): Promise<LunchProgram | null>;
  /** Programmes of a canteen that a person takes part in (for commands in private chats). */
  lunchProgramsOf(personId: number, canteenId: number): Promise<LunchProgram[]>;
  /** Creates the group's programme with these settings, or re-activates the existing one. */
  setupLunchProgram(canteenId: number, groupId: number, settings: LunchSettings): Promise<{ program: LunchProgram; created: boolean }>;
  /** Changes a programme's settings or stops it. */
  updateLunchProgram(programId: number, patch: Partial<LunchSettings> & { active?: boolean }): Promise<LunchProgram>;
  /** Weekdays and close times of every active programme. */
  lunchSchedules(): Promise<LunchSchedule[]>;
  /** Active programmes of a canteen whose rounds fall on `weekday` and close at `closeTime`. */
  lunchProgramsDue(canteenId: number, weekday: number, closeTime: string): Promise<LunchProgram[]>;

  /** Opts a person in (or changes their team; `undefined` keeps it). `joined` is false when already in. */
  joinLunch(programId: number, personId: number, team: string | null | undefined): Promise<{ member: LunchMember; joined: boolean }>;
  /** Opts a person out; false when they were not in. */
  leaveLunch(programId: number, personId: number): Promise<boolean>;
  /** Sets or clears a pause; null when the person is not a member. */
  pauseLunch(programId: number, personId: number, until: string | null): Promise<LunchMember | null>;
  /** Every member of a programme. */
  lunchMembers(programId: number): Promise<LunchMember[]>;
  /** Members who take part in the round of `date`: not paused, not "not eating" that day, not seated elsewhere. */
  lunchParticipants(programId: number, canteenId: number, date: string): Promise<LunchMember[]>;

  /** Adds or removes a "don't pair me with"; false when nothing changed. */
  setLunchAvoid(personId: number, avoidId: number, avoid: boolean): Promise<boolean>;
  /** The people a person asked not to be paired with (shown to that person only). */
  lunchAvoidsOf(personId: number): Promise<{ personId: number; name: string }[]>;
  /** Avoid pairs among these people, either direction. */
  lunchAvoidPairs(personIds: number[]): Promise<[number, number][]>;

  /** Tables (person ids, dropped seats left out) of the last `rounds` formed rounds before `date`. */
  lunchHistory(programId: number, beforeDate: string, rounds: number): Promise<number[][]>;
  /**
   * Records a round, its tables and seats, and books every seat into that service's headcount.
   * A round already recorded for (programme, date) is returned as it is (`created: false`).
   */
  createLunchRound(input: NewLunchRound): Promise<{ round: LunchRound; created: boolean }>;
  /** The round of a programme on a date. */
  lunchRound(programId: number, date: string): Promise<LunchRound | null>;
  /** The round a table belongs to, with its programme. */
  lunchRoundOfTable(tableId: number): Promise<{ program: LunchProgram; round: LunchRound } | null>;
  /** Every round of a programme, oldest first. */
  lunchRounds(programId: number): Promise<LunchRound[]>;
  /** Confirms a person's seat; null when they have none in that round, or dropped out. */
  confirmLunchSeat(roundId: number, personId: number): Promise<LunchSeat | null>;
  /**
   * Drops a person's seat, releases it from the headcount and applies the moves `plan` gives
   * for the remaining seats — all in one unit of work, so concurrent drop-outs queue up.
   */
  dropLunchSeat(input: {
    roundId: number;
    personId: number;
    plan: (seating: SeatingPlan, droppedFrom: number) => SeatMove[];
  }): Promise<DropResult>;
}
