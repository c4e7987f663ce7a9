// What a command handler receives, and the error type for mistakes a user can make.
import { DateTime } from "luxon";
import type { Capabilities } from "./adapter.ts";
import type { Audience } from "./commands/registry.ts";
import type { Calendar } from "./days.ts";
import type { IncomingEvent, Message, Outcome, Platform } from "./model.ts";
import type { CommandTable } from "./commands/registry.ts";
import type { Feature, Point, Running } from "./feature.ts";
import type { Canteen, Clock, Group, Locale, Logger, Member, Outbox } from "./ports.ts";
// The store of every feature the app lists: the kernel names the app's composition, never a feature.
import type { Store } from "../app.ts";
import { translator, type Translate } from "./i18n/index.ts";

/** Services the core was built with. */
export interface CoreDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** The delivery ledger: announcements, reminders and notices to other chats and people. */
  outbox: Outbox;
  /** Defaults for canteens created by `/setup` and for chats not yet linked. */
  defaults: { timezone: string; locale: Locale };
  /** The web board's public address (`TABLEE_PUBLIC_URL`), or null while it is not served. */
  boardUrl?: () => string | null;
  /** The features the core runs (src/app.ts lists them). */
  features: readonly Feature<unknown, unknown, unknown>[];
  /** Each feature's long-lived part, by feature name (started by createCore). */
  running: ReadonlyMap<string, Running>;
  /** What the features offer at a point (src/kernel/feature.ts), in list order. */
  offered<T>(p: Point<T>): T[];
  /** Two people became one (/link): every feature's in-memory state follows. */
  personMerged(from: number, to: number): void;
  /** A person was forgotten (/forget me): every feature's in-memory state forgets them too. */
  personForgotten(personId: number): void;
  /** The command table (help lists it). */
  commands: CommandTable;
  /** Picks an index below n at random (the survey's batches); tests pin it. Default: crypto's randomInt. */
  random?: (n: number) => number;
  /** What each platform can do, as its adapter declares it; a platform missing here can do nothing special. */
  capabilities?: Partial<Record<Platform, Capabilities>>;
}

/** Context of a command that runs before any canteen is linked (help, setup). */
export interface BaseContext extends CoreDeps {
  event: IncomingEvent;
  /** The language of the chat: the canteen's in a group, the person's own in a private chat. */
  t: Translate;
  locale: Locale;
  /** The language of what only the author sees (toasts, ephemeral answers, private messages). */
  me: { t: Translate; locale: Locale };
  now: Date;
  /** The canteen and group, when the chat is linked (or the private chat resolves to one). */
  canteen: Canteen | null;
  group: Group | null;
  /** What the event's platform can do (ephemeral answers, private messages…). */
  can: Capabilities;
}

/** Context of a command inside a canteen. */
export interface CanteenContext extends BaseContext {
  canteen: Canteen;
  member: Member;
  calendar: Calendar;
}

/**
 * A handler's full answer. For a command whose audience is "person" or "managers", `replies`
 * are for the author alone and `shared` is what the group may see instead (a version without
 * money, a way into the Mini App); the kernel routes both (src/kernel/audience.ts).
 */
export interface Answer extends Outcome {
  shared?: Message[];
  /** This answer's audience when it differs from its command's: the kernel sets it from the subcommand's declared one. */
  audience?: Audience;
}

/** What a handler returns: a full answer, or just one reply. */
export type HandlerResult = Answer | Message;

/** A mistake the user can fix: answered with a translated message, never logged as a failure. */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
    this.name = "UserError";
  }
}

/** What the core's renderers need: a canteen, its language, and the time. */
export interface CanteenView {
  canteen: Canteen;
  t: Translate;
  locale: Locale;
  now: Date;
}

/** The view of a canteen in its own language at `now`. */
export function canteenView(c: Canteen, now: Date): CanteenView {
  return { canteen: c, t: translator(c.locale), locale: c.locale, now };
}

/** The canteen's calendar facts, as day parsing wants them. */
export function calendarOf(c: Canteen): Calendar {
  return {
    timezone: c.timezone,
    locale: c.locale,
    openDays: c.openDays,
    lunchTime: c.lunchTime,
    ...(c.createdAt ? { createdAt: localDate(c.createdAt, c.timezone) } : {}),
  };
}

/** Local dates of canteens' creation instants, kept: every command asks, and luxon's timezones are slow. */
const createdDates = new Map<string, string>();
function localDate(at: Date, timezone: string): string {
  const key = `${at.getTime()}|${timezone}`;
  let date = createdDates.get(key);
  if (date === undefined) {
    date = DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
    if (createdDates.size >= 1_000) createdDates.clear();
    createdDates.set(key, date);
  }
  return date;
}
