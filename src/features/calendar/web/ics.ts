// A feed rendered as an iCalendar file (RFC 5545) with ical-generator: times in UTC (every
// calendar app shows them in its own zone), the canteen's zone named for apps that want it.
import type { Feed } from "../feed.ts";

/** How often calendar apps are asked to refresh a subscribed feed, in seconds. */
export const REFRESH_SECONDS = 3600;

const STATUS = { confirmed: "CONFIRMED", tentative: "TENTATIVE", cancelled: "CANCELLED" } as const;

/** The library, loaded at the first feed request rather than at start (idle memory counts). */
let library: Promise<typeof import("ical-generator")> | undefined;

/** The iCal text of a feed. */
export async function renderIcs(feed: Feed): Promise<string> {
  const { default: ical, ICalEventStatus } = await (library ??= import("ical-generator"));
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
      status: ICalEventStatus[STATUS[e.status]],
    });
  }
  return cal.toString();
}
