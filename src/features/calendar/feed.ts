// What a calendar feed shows, as plain events: a person's shifts (one event per sign-up) or a
// canteen's services (menu and open places, no names). src/web/calendar renders them as iCal.
import { DateTime } from "luxon";
import { atLocal, localNow } from "../../kernel/days.ts";
import type { Canteen, Clock, Locale, Store } from "../../kernel/ports.ts";
import { closedDays } from "../../kernel/closed.ts";
import type { CoreDeps } from "../../kernel/context.ts";
import { roleLabel } from "../sheet/index.ts";
import { hashToken, looksLikeToken } from "../board/index.ts";
import { translator, type Translate } from "../../kernel/i18n/index.ts";
import type { FeedKind, FeedRecord, ShiftRecord } from "./ports.ts";

/** How far back feeds go: a year of services. */
export const FEED_DAYS_BACK = 365;
/** Open days the canteen feed lists ahead of today, recorded or not. */
export const FEED_DAYS_AHEAD = 56;
/** A cancelled shift stays in feeds (as cancelled) until this many days after its service. */
export const CANCELLED_KEEP_DAYS = 30;
/** Lunch lasts this long: a shift ends, and the canteen's event ends, at lunch time plus this. */
export const LUNCH_MINUTES = 90;
/** URL path of feeds on the board: `<public URL>/calendar/<token>.ics`. */
export const FEED_PATH = "/calendar";

/** One calendar event, in the terms iCal needs. */
export interface FeedEvent {
  /** Stable across requests, so calendar apps update the event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  status: "confirmed" | "tentative" | "cancelled";
}

/** A whole feed: its name, the timezone its events are meant in, and the events. */
export interface Feed {
  kind: FeedKind;
  name: string;
  timezone: string;
  locale: Locale;
  /** When the feed was read (each event's DTSTAMP). */
  generatedAt: Date;
  events: FeedEvent[];
}

/** What reading a feed needs. */
export interface FeedDeps {
  store: Store;
  clock: Clock;
  /** The features' offers (which dates are closed). */
  offered: CoreDeps["offered"];
}

/** The instants a service's lunch starts and ends, in the canteen's timezone. */
function lunchSpan(c: Canteen, date: string): { start: DateTime; end: DateTime } {
  const start = atLocal(date, c.lunchTime, c.timezone);
  return { start, end: start.plus({ minutes: LUNCH_MINUTES }) };
}

/** The first day a feed shows, and the first service date a cancelled shift is still kept for. */
function window(c: Canteen, now: Date): { from: string; keepCancelledFrom: string; today: DateTime } {
  const today = localNow(now, c.timezone).startOf("day");
  return {
    today,
    from: today.minus({ days: FEED_DAYS_BACK }).toISODate()!,
    keepCancelledFrom: today.minus({ days: CANCELLED_KEEP_DAYS }).toISODate()!,
  };
}

function shiftEvent(t: Translate, c: Canteen, personId: number, s: ShiftRecord): FeedEvent {
  const role = roleLabel({ t }, s.role);
  const key =
    s.status === "confirmed" ? "calendar.shift.summary" : s.status === "waitlist" ? "calendar.shift.waiting" : "calendar.shift.cancelled";
  return {
    uid: `shift-${c.id}-${s.date}-${personId}@tablee`,
    start: atLocal(s.date, c.cookTime, c.timezone).toJSDate(),
    end: lunchSpan(c, s.date).end.toJSDate(),
    summary: t(key, { role, canteen: c.name }),
    description: t("calendar.shift.description", { role, canteen: c.name, cook: c.cookTime, lunch: c.lunchTime }),
    location: c.name,
    status: s.status === "confirmed" ? "confirmed" : s.status === "waitlist" ? "tentative" : "cancelled",
  };
}

async function shiftsFeed(deps: FeedDeps, feed: FeedRecord, home: Canteen): Promise<Feed> {
  const t = translator(home.locale);
  const { from, keepCancelledFrom } = window(home, deps.clock.now());
  const shifts = await deps.store.shiftsOf(feed.personId, from, keepCancelledFrom);
  const canteens = new Map<number, Canteen | null>();
  const events: FeedEvent[] = [];
  const closed = new Map<number, ReadonlyMap<string, unknown>>();
  for (const s of shifts) {
    if (!canteens.has(s.canteenId)) {
      const c = await deps.store.canteen(s.canteenId);
      canteens.set(s.canteenId, c);
      if (c) closed.set(c.id, await closedDays(deps, c, [...new Set(shifts.filter((x) => x.canteenId === c.id).map((x) => x.date))]));
    }
    const c = canteens.get(s.canteenId);
    // A shift on a date the canteen closed is cancelled, whatever the sheet still says.
    const shift = closed.get(s.canteenId)?.has(s.date) ? { ...s, status: "cancelled" as const } : s;
    if (c) events.push(shiftEvent(translator(c.locale), c, feed.personId, shift));
  }
  return {
    kind: "shifts",
    name: t("calendar.feed.shifts"),
    timezone: home.timezone,
    locale: home.locale,
    generatedAt: deps.clock.now(),
    events,
  };
}

/** Open places per role on a future service, as "Cuisine 2, Plonge 1"; empty when full. */
function openList(t: Translate, c: Canteen, taken: Record<string, number>): { count: number; list: string } {
  const parts: string[] = [];
  let count = 0;
  for (const r of c.roles) {
    const open = Math.max(0, r.capacity - (taken[r.key] ?? 0));
    if (open === 0) continue;
    count += open;
    parts.push(`${roleLabel({ t }, r.key)} ${open}`);
  }
  return { count, list: parts.join(", ") };
}

async function canteenFeed(deps: FeedDeps, c: Canteen): Promise<Feed> {
  const t = translator(c.locale);
  const now = deps.clock.now();
  const { from, today } = window(c, now);
  const until = today.plus({ days: FEED_DAYS_AHEAD });
  const recorded = new Map((await deps.store.servicesBetween(c.id, from, until.toISODate()!)).map((s) => [s.date, s]));
  // Past services are the ones that left a trace (a menu, a sign-up); coming ones are every open day.
  const dates = new Set([...recorded.keys()].filter((d) => c.openDays.includes(DateTime.fromISO(d).weekday)));
  for (let d = today; d <= until; d = d.plus({ days: 1 })) if (c.openDays.includes(d.weekday)) dates.add(d.toISODate()!);
  // A closed date (a closure, a public holiday) is no service: the feed drops it.
  const closed = await closedDays(deps, c, [...dates]);
  const events: FeedEvent[] = [];
  for (const date of [...dates].sort()) {
    if (closed.has(date)) continue;
    const s = recorded.get(date);
    const { start, end } = lunchSpan(c, date);
    const lines = [s?.menu ? t("calendar.service.menu", { menu: s.menu }) : t("calendar.service.noMenu")];
    let summary = t("calendar.service.summary", { canteen: c.name });
    if (end.toJSDate() > now) {
      const open = openList(t, c, s?.taken ?? {});
      lines.push(open.count > 0 ? t("calendar.service.open", { count: open.count, list: open.list }) : t("calendar.service.full"));
      if (open.count > 0) summary = t("calendar.service.summaryOpen", { canteen: c.name, count: open.count });
    }
    events.push({
      uid: `service-${c.id}-${date}@tablee`,
      start: start.toJSDate(),
      end: end.toJSDate(),
      summary,
      description: lines.join("\n"),
      location: c.name,
      status: "confirmed",
    });
  }
  return {
    kind: "canteen",
    name: t("calendar.feed.canteen", { canteen: c.name }),
    timezone: c.timezone,
    locale: c.locale,
    generatedAt: now,
    events,
  };
}

/**
 * The feed behind a secret link's token, read now; null for a token that is malformed, unknown
 * or revoked (the web answers 404 without saying which).
 */
export async function readFeed(deps: FeedDeps, token: string): Promise<Feed | null> {
  if (!looksLikeToken(token)) return null;
  const feed = await deps.store.calendarFeed(hashToken(token));
  if (!feed) return null;
  const canteen = await deps.store.canteen(feed.canteenId);
  if (!canteen) return null;
  return feed.kind === "shifts" ? shiftsFeed(deps, feed, canteen) : canteenFeed(deps, canteen);
}
