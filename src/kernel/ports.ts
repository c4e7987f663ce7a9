// The ports the core talks to. Implementations live outside the core (src/store for Prisma,
// tests for fakes); the core only sees these plain types.
import type { Allergen, Diet } from "./food.ts";
import type { Message, PersonRef, Platform } from "./model.ts";
import type { SlotRole } from "./roles.ts";

/** Languages every message exists in. */
export type Locale = "fr" | "en";

/** A canteen with the settings the core needs. */
export interface Canteen {
  id: number;
  name: string;
  timezone: string;
  locale: Locale;
  openDays: number[];
  cookTime: string;
  lunchTime: string;
  /** Local "HH:MM" times of the daily rhythm. */
  announceTime: string;
  pollDeadline: string;
  /** The day before a service. */
  reminderTime: string;
  alertTime: string;
  /** Covers the dining room takes. */
  covers: number;
  /** Close-out and impact settings: currency (ISO 4217), cost of a meal in cents (null: not set), close-out message and survey times (null survey: none). */
  currency: string;
  ingredientCost: number | null;
  runningCost: number | null;
  closeOutTime: string;
  surveyTime: string | null;
  /** Whose public holidays close the canteen ("FR", "FR-alsace", "none"…); null or absent: by its timezone. */
  holidays?: string | null;
  /** The public page: the canteen's address and how to come (null or absent: not set); shown or not (null or absent: shown once there is an address). */
  address?: string | null;
  access?: string | null;
  publicPage?: boolean | null;
  /** Volunteer hours: local end of a service (null or absent: lunch + 2 h), minutes per service of the
   * roles a manager set (others: their default), and the value of one volunteer hour in cents (null: none). */
  endTime?: string | null;
  roleHours?: Readonly<Record<string, number>>;
  hourValue?: number | null;
  /** Managers' own texts (null: the default wording). */
  texts: { announce: string | null; reminder: string | null; help: string | null };
  roles: SlotRole[];
  /** When the canteen was set up: commands refuse dates more than a year before it. */
  createdAt?: Date;
}

/** Settings a manager may change with /settings. */
export type CanteenPatch = Partial<Omit<Canteen, "id" | "roles" | "texts" | "createdAt">> & { texts?: Partial<Canteen["texts"]> };

/** A service's menu and poll state. */
export interface ServiceInfo {
  date: string;
  menu: string | null;
  diets: Diet[];
  allergens: Allergen[];
  pollClosedAt: Date | null;
}

/** What a person told us about what they eat. */
export interface Profile {
  diets: Diet[];
  allergies: Allergen[];
}

/** A person's poll answer with their profile, for counts and the kitchen summary. */
export interface Answer extends Profile {
  personId: number;
  name: string;
  eating: boolean;
  guests: number;
}

/** A platform account of a person, newest use first when listed. */
export interface Identity {
  address: string;
  platform: Platform;
  lastSeenAt: Date;
}

/** A chat linked to a canteen. */
export interface Group {
  id: number;
  address: string;
  platform: Platform;
  title: string | null;
  canteenId: number;
  active: boolean;
}

/** Manager or volunteer. */
export type MemberRole = "manager" | "volunteer";

/** A person as a member of one canteen. */
export interface Member {
  personId: number;
  name: string;
  role: MemberRole;
  /** A name typed by a manager for an outside helper, not a chat account. */
  placeholder: boolean;
  /** Platform accounts of this person ("telegram:42"), for mentions. */
  addresses: string[];
  /** The language the person chose with /language, if any. */
  locale?: Locale | null;
  /** The language their chat app last reported, if Tablée speaks it. */
  reportedLocale?: Locale | null;
}

/** Confirmed (holding a seat) or waiting for one. */
export type SignUpStatus = "confirmed" | "waitlist";

/** One line of a service's sheet. */
export interface SignUp {
  id: number;
  date: string;
  role: string;
  personId: number;
  name: string;
  status: SignUpStatus;
  seat: number | null;
  addresses: string[];
}

/** What happened when someone asked for a place. */
export type ClaimResult =
  | { kind: "confirmed"; signUp: SignUp; taken: number }
  | { kind: "waitlist"; signUp: SignUp; position: number }
  | { kind: "already"; signUp: SignUp }
  /** The date closed (a closure, a public holiday): nobody was signed up. */
  | { kind: "closed"; date: string };

/** What happened when someone gave a place up. */
export interface ReleaseResult {
  released: SignUp | null;
  /** The first person on the waitlist, moved into the freed seat. */
  promoted: SignUp | null;
}

/** Everything needed to create a canteen from a group. */
export interface NewCanteen {
  name: string;
  slug: string;
  timezone: string;
  locale: Locale;
  roles: readonly SlotRole[];
  chat: { address: string; platform: Platform; title?: string };
  founder: PersonRef & { platform: Platform };
  /** When it is set up (the core's clock); the database's own time when not given. */
  createdAt?: Date;
}

/** Outcome of `/setup`. */
export type SetupResult =
  { kind: "created"; canteen: Canteen } | { kind: "name-taken"; canteen: Canteen } | { kind: "already-linked"; canteen: Canteen };

/**
 * What the kernel reads of the store: canteens, chats, people, the sheet, services and polls.
 * Each method is one atomic unit of work. The whole Store adds every feature's port (src/app.ts).
 */
export type { Store } from "../app.ts";

/** The kernel's part of the store. */
export interface KernelStore {
  /** The canteen a chat is linked to, if any. */
  findChat(address: string): Promise<{ group: Group; canteen: Canteen } | null>;
  /** A chat changed address (Telegram group → supergroup): its canteen link follows. */
  moveChat(from: string, to: string): Promise<void>;
  /** Canteens a platform account is a member of (for commands in private chats). */
  canteensOf(address: string): Promise<Canteen[]>;
  /** Creates a canteen linked to the chat, its founder becoming its first manager. */
  setupCanteen(input: NewCanteen): Promise<SetupResult>;
  /** Creates a one-time code that links another chat to this canteen (`/setup CODE`). */
  createInvite(canteenId: number, createdBy: number, expiresAt: Date): Promise<string>;
  /**
   * Links a chat to the canteen of a valid, unused invite code; the person becomes a manager.
   * Returns the canteen, or null when the code is unknown, used or expired.
   */
  redeemInvite(code: string, input: { chat: NewCanteen["chat"]; person: NewCanteen["founder"]; now: Date }): Promise<Canteen | null>;
  /** Knows the author (creating the person on first use, keeping the display name fresh). */
  ensureMember(canteenId: number, who: PersonRef & { platform: Platform }): Promise<Member>;
  /** All members of a canteen, for name lookups. */
  members(canteenId: number): Promise<Member[]>;
  /** Adds an outside helper known only by the name a manager typed. */
  addPlaceholder(canteenId: number, name: string): Promise<Member>;
  /** Makes a member a manager or a volunteer. */
  setMemberRole(canteenId: number, personId: number, role: MemberRole): Promise<void>;
  /** Sets role capacities; waitlisted people move into places that open. */
  setCapacities(canteenId: number, capacities: Record<string, number>, fromDate: string): Promise<SignUp[]>;
  /** Atomically takes a seat in a role, or a waitlist position when it is full. */
  claimSeat(input: { canteenId: number; date: string; role: string; personId: number; capacity: number }): Promise<ClaimResult>;
  /** Atomically gives up a person's place on a service, promoting the first waiting person. */
  releaseSeat(input: { canteenId: number; date: string; personId: number; capacity: (role: string) => number }): Promise<ReleaseResult>;
  /** The sheet lines of the given dates. */
  sheet(canteenId: number, dates: string[]): Promise<SignUp[]>;
  /** One canteen by id. */
  canteen(canteenId: number): Promise<Canteen | null>;
  /** Every canteen (the scheduler plans their jobs). */
  allCanteens(): Promise<Canteen[]>;
  /** Changes a canteen's settings. */
  updateCanteen(canteenId: number, patch: CanteenPatch): Promise<Canteen>;
  /** The active groups of a canteen, on every platform. */
  groupsOf(canteenId: number): Promise<Group[]>;
  /** The platform told us the bot left this chat: nothing more is sent there. */
  deactivateChat(address: string): Promise<void>;
  /** A person's accounts, most recently used first. */
  identitiesOf(personId: number): Promise<Identity[]>;
  /** The person behind an account, if known. */
  personOf(address: string): Promise<number | null>;

  /**
   * Forgets a person: accounts, profile, memberships and future sign-ups (waiting people move
   * up) are removed; past sign-ups and poll answers stay as anonymous counts. Returns who moved up.
   */
  forgetPerson(personId: number, now: Date): Promise<SignUp[]>;

  /** Records an inbound delivery id; false when it was already recorded (a redelivery). */
  claimDelivery(key: string): Promise<boolean>;
  /** Forgets a delivery id so a redelivery is handled again (used when handling failed). */
  releaseDelivery(key: string): Promise<void>;
}

/** What an outgoing message is about: its service date, and the person for personal ones. */
export interface Subject {
  date: string;
  personId?: number;
}

/** Kinds of message the ledger delivers ("announcement", "reminder"…): each feature names its own. */
export type DeliveryKind = string;

/** One message for one target, as the core hands it to the delivery ledger. */
export interface OutgoingItem {
  /** Stable and unique: enqueueing the same key twice delivers once. */
  key: string;
  canteenId: number | null;
  kind: DeliveryKind;
  /** A chat, or a person's platform account for a private message. */
  target: { kind: "chat" | "person"; address: string };
  subject: Subject;
  /** Fixed content; without it the core composes the message when it is sent (and edited). */
  payload?: Message;
  /** Chats where a private message falls back to a mention when the person cannot be reached. */
  fallback?: string[];
}

/** The delivery ledger as the core sees it. */
export interface Outbox {
  /** Queues messages; items whose key is already known are ignored. */
  enqueue(items: OutgoingItem[]): Promise<void>;
  /** The content of already-sent messages about this subject changed: edit them (coalesced). */
  touch(canteenId: number, kind: DeliveryKind, subject: Subject): Promise<number>;
}

/** The time source; tests and the console's `/tick` move it. */
export interface Clock {
  now(): Date;
}

/** Structured logging port (pino's shape), so the core never imports a logger. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
