// A feature is one folder of src/features: everything a capability owns, handed to the kernel as
// one value. The kernel loops over the list src/app.ts gives it and never names a feature; two
// features meet only at named points (`point`), where one offers what the other reads.
import type { CommandSpec, SubcommandSpec } from "./commands/registry.ts";
import type { CanteenContext, CoreDeps } from "./context.ts";
import type { Message } from "./model.ts";
import type { Canteen, DeliveryKind, OutgoingItem, SignUp, Subject } from "./ports.ts";

/** One language's messages of a feature, under its own top-level keys ("replace", "commands"…). */
export type Catalogue = Readonly<Record<string, unknown>>;

/**
 * A place where features meet: the feature that reads it declares the point (in its index.ts),
 * the others offer values at it. The type travels with the name.
 */
export interface Point<T> {
  readonly name: string;
  /** Never set: carries the type of what is offered. */
  readonly __type?: T;
}

/** Declares a meeting point; its name must be unique (by convention "<feature>.<what>"). */
export function point<T>(name: string): Point<T> {
  return { name };
}

/** What one feature offers at one point. */
export interface Offer<T = unknown> {
  point: Point<T>;
  value: T;
}

/** Offers `value` at `p` (typed: the value must be what the point reads). */
export function offer<T>(p: Point<T>, value: T): Offer<T> {
  return { point: p, value };
}

/** A job as planned for one canteen and service date. */
export interface PlannedJob {
  kind: string;
  date: string;
  runAt: Date;
  /** After this the job is no longer useful: a missed run is skipped, not run late. */
  deadline: Date;
  /** Planned on a closed date too: not a service's job (the network's monthly digest). */
  whenClosed?: boolean;
}

/** What a job or a composer may use: the core's services and the rhythm's helpers. */
export interface RhythmDeps extends CoreDeps {
  /** Private-message items to people of a canteen (their last-used account, the groups as fallback). */
  personItems(c: Canteen, kind: DeliveryKind, date: string, personIds: number[]): Promise<OutgoingItem[]>;
  /** One item per active group of the canteen, keyed `<kind>:<canteen>:<date>:<chat>`. */
  groupItems(c: Canteen, kind: DeliveryKind, date: string): Promise<OutgoingItem[]>;
}

/** A feature's scheduled jobs: which it plans for a service date, and how each runs. */
export interface FeatureJobs<Prepared = unknown> {
  /** Read once per planning pass (lunch programmes' schedules), handed to every `plan`. */
  prepare?(deps: RhythmDeps): Promise<Prepared>;
  plan(c: Canteen, date: string, prepared: Prepared): PlannedJob[];
  /** True for the job kinds this feature runs. */
  owns(kind: string): boolean;
  /** Runs one job (idempotently: messages go through the ledger's keys); returns a note for the log. */
  run(deps: RhythmDeps, c: Canteen, kind: string, date: string, now: Date): Promise<string>;
}

/** Builds a queued message of one delivery kind from the current state; null when no longer needed. */
export type Composer = (
  deps: RhythmDeps,
  c: Canteen,
  kind: DeliveryKind,
  subject: Subject,
  now: Date,
  target?: OutgoingItem["target"],
) => Promise<Message | null>;

/** Composes a message for one person alone; the canteen may be unknown (null). */
export type PersonalComposer = (
  deps: RhythmDeps,
  canteenId: number | null,
  subject: Subject,
  target: OutgoingItem["target"] | undefined,
  now: Date,
) => Promise<Message | null>;

/** A feature's part that lives as long as the app (the survey's answer pools). */
export interface Running {
  /** Called on every sweep of the app (about once a minute, and by the console's /tick). */
  sweep?(now: Date): Promise<void>;
  /** Called once at stop, after the adapters stopped taking events. */
  stop?(): Promise<unknown>;
  /** Two people became one (/link): in-memory state follows the person who stays. */
  personMerged?(from: number, to: number): void;
  /** A person was forgotten (/forget me). */
  personForgotten?(personId: number): void;
}

/**
 * Everything a capability gives the kernel. `Db`, `Tx` and `Web` are the database, transaction
 * and board shells' types (src/store, src/web): the kernel passes them through unread.
 */
export interface Feature<Db = never, Tx = never, Web = never> {
  /** The folder's name under src/features. */
  readonly name: string;
  /** Its chat commands, with their subcommands, rights and audience. */
  readonly commands?: readonly CommandSpec[];
  /** Its messages, French and English side by side. */
  readonly messages?: { readonly fr: Catalogue; readonly en: Catalogue };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each feature prepares its own kind of data
  readonly jobs?: FeatureJobs<any>;
  /** The delivery kinds it composes. */
  readonly deliveries?: Readonly<Partial<Record<DeliveryKind, Composer>>>;
  /** Kinds whose content is for one person alone (a login link): composed afresh for each target, never shared. */
  readonly personal?: Readonly<Partial<Record<DeliveryKind, PersonalComposer>>>;
  /** What it offers at other features' points. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each offer is typed by its point
  readonly offers?: readonly Offer<any>[];
  /** Started with the core; what it returns lives until the app stops. */
  start?(deps: CoreDeps): Running;
  /**
   * Its part of the Store, over the database shell (`offered` reads other features' offers, inside
   * its transactions too; `people` is every table that refers to a person, as the shell runs them).
   */
  store?(database: Db, offered: <T>(p: Point<T>) => T[], people: readonly PersonTable<Tx>[]): object;
  /** Its tables that refer to a person: merged (/link), forgotten (/forget me), exported (/mydata). */
  readonly person?: readonly PersonTable<Tx>[];
  /** The person's home (what Slack's App Home tab shows): offered by one feature. */
  home?(deps: CoreDeps, address: string): Promise<Message>;
  /** Mounts its board routes and pages on the board shell. */
  board?(web: Web): void;
}

/** How one table's rows follow a person; `Tx` is the database shell's transaction. */
export interface PersonTable<Tx> {
  /** The Prisma model. */
  readonly model: string;
  /** Moves person `from`'s rows onto person `to` (who stays); rows clashing on a unique key are settled. */
  merge(tx: Tx, from: number, to: number): Promise<void>;
  /** Removes or anonymises the person's rows (the person row itself stays, anonymised). */
  forget(tx: Tx, f: Forgetting): Promise<void>;
  /** What /mydata shows of these rows (none: the model is covered by another table's export). */
  export?(tx: Tx, personId: number, now: Date): Promise<PersonRows>;
  /** The key of its part in /mydata's JSON (default: the model's name). */
  readonly exportAs?: string;
}

/** What /mydata says of one table: how many rows the person has, and the rows unless they are secrets. */
export interface PersonRows {
  count: number;
  rows?: object[];
}

/** What forgetting one person knows while it runs; hooks add the people who moved up. */
export interface Forgetting {
  personId: number;
  now: Date;
  /** `now`'s UTC date ("2026-12-01"): services after it are upcoming. */
  today: string;
  /** The person's platform accounts, read before any hook runs. */
  addresses: string[];
  /** Sign-ups moved up from a waiting list while forgetting. */
  promoted: SignUp[];
}

/** The values offered at a point by a list of features, in list order. */
export function offersAt<T>(features: readonly Feature<unknown, unknown, unknown>[], p: Point<T>): T[] {
  return features.flatMap((f) => (f.offers ?? []).filter((o) => o.point.name === p.name).map((o) => o.value as T));
}

/** A subcommand one feature adds to another feature's command (`/impact reseau`, the network's). */
export interface OfferedSubcommand {
  /** The key of the command it joins ("impact"); that command needs a canteen. */
  command: string;
  subcommand: SubcommandSpec<CanteenContext>;
}

/** Subcommands features add to other features' commands: the kernel declares them with that command. */
export const SUBCOMMANDS = point<OfferedSubcommand>("kernel.subcommands");

/**
 * Every feature's commands, each with the subcommands other features offer it (SUBCOMMANDS), so
 * that help, menus and manifests list them like its own. An offer to a command no feature of the
 * list has is left out with it.
 */
export function featureCommands(features: readonly Feature<unknown, unknown, unknown>[]): CommandSpec[] {
  const offered = offersAt(features, SUBCOMMANDS);
  return features
    .flatMap((f) => f.commands ?? [])
    .map((spec) => {
      const extra = offered.filter((o) => o.command === spec.key).map((o) => o.subcommand);
      if (extra.length === 0) return spec;
      if (!spec.needsCanteen) throw new Error(`/${spec.key} needs no canteen: it cannot take the offered ${extra[0]!.key}`);
      return { ...spec, subcommands: [...(spec.subcommands ?? []), ...extra] };
    });
}
