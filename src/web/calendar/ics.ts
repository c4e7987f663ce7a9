// A feed rendered as an iCalendar file (RFC 5545) with ical-generator: times in UTC (every
// calendar app shows them in its own zone), the canteen's zone named for apps that want it.
import ical, { ICalEventStatus } from "ical-generator";
import type { Feed } from "../../core/calendar/feed.ts";

/** How often calendar apps are asked to refresh a subscribed feed, in seconds. */
export const REFRESH_SECONDS = 3600;

const STATUS = { confirmed: ICalEventStatus.CONFIRMED, tentative: ICalEventStatus.TENTATIVE, cancelled: ICalEventStatus.CANCELLED } as const;

/** The iCal text of a feed. */
export function renderIcs(feed: Feed): string {
  const cal = ical({
    name: feed.name,
    prodId: { company: "Tablée", product: "tablee", language: feed.locale.toUpperCase() },
    ttl: REFRESH_SECONDS,
    x: { "X-WR-TIMEZONE": feed.timezone },
  });
  for (const e of feed.events) {
    cal.createEvent({
      id: e.uid,
      stamp: feed.generatedAt,
      start: e.start,
      end: e.end,
      summary: e.summary,
      description: e.description,
      location: e.location,
      status: STATUS[e.status],
    });
  }
  return cal.toString();
}
