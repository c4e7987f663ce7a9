// What a command handler receives, and the error type for mistakes a user can make.
import { DateTime } from "luxon";
import type { Calendar } from "./days.ts";
import type { IncomingEvent, Message, Outcome } from "./model.ts";
import type { Canteen, Clock, Group, Locale, Logger, Member, Outbox, Store } from "./ports.ts";
import { translator, type Translate } from "../i18n/index.ts";
import type { SurveyPool } from "./survey/pool.ts";

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
  /** Survey answers waiting to be counted in batches; createCore makes one when not given. */
  surveys?: SurveyPool;
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
}

/** Context of a command inside a canteen. */
export interface CanteenContext extends BaseContext {
  canteen: Canteen;
  member: Member;
  calendar: Calendar;
}

/** What a handler returns: a full outcome, or just one reply. */
export type HandlerResult = Outcome | Message;

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
    ...(c.createdAt ? { createdAt: DateTime.fromJSDate(c.createdAt, { zone: c.timezone }).toISODate()! } : {}),
  };
}
