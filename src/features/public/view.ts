// What the public page shows of a canteen, read through the same rules as the chat: its place and
// times, the closures to come (closures and public holidays, at CLOSED_DAYS), the coming week's
// services with their menus, and its costs. Nothing about a person: no sign-up, no answer, no name.
import { DateTime } from "luxon";
import { closedDays, closedWhy } from "../../kernel/closed.ts";
import type { CoreDeps } from "../../kernel/context.ts";
import { localNow } from "../../kernel/days.ts";
import type { Canteen, Locale, ServiceInfo } from "../../kernel/ports.ts";
import { pageIsOn } from "./settings.ts";

/** How far ahead the page lists closures. */
export const CLOSURE_DAYS_AHEAD = 90;
/** How many days of menus it shows, today included. */
export const MENU_DAYS_AHEAD = 7;

/** Consecutive open days closed for the same reason: one line. */
export interface ClosedRun {
  from: string;
  to: string;
  /** The managers' words or the holiday's name, in each language; null when none was given. */
  why: Readonly<Record<Locale, string | null>>;
}

/** Everything the public page shows. */
export interface PublicView {
  canteen: Canteen;
  /** Today's local date in the canteen. */
  today: string;
  /** The coming services (closed dates left out), today's first when it is one. */
  services: ServiceInfo[];
  closures: ClosedRun[];
}

/** The open weekdays from `start` on, for `days` days (today included). */
function openDates(c: Canteen, start: DateTime, days: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const d = start.plus({ days: i });
    if (c.openDays.includes(d.weekday)) out.push(d.toISODate()!);
  }
  return out;
}

/** The canteen's public page, or null when its slug is unknown or its page is off (the web answers 404 for both). */
export async function publicView(
  deps: Pick<CoreDeps, "store" | "clock" | "offered">,
  slug: string,
  /** The posters print even when the page is off. */
  evenOff = false,
): Promise<PublicView | null> {
  const canteen = await deps.store.canteenBySlug(slug);
  if (!canteen || (!evenOff && !pageIsOn(canteen))) return null;
  const start = localNow(deps.clock.now(), canteen.timezone).startOf("day");
  const ahead = openDates(canteen, start, CLOSURE_DAYS_AHEAD);
  const closed = await closedDays(deps, canteen, ahead);
  const week = openDates(canteen, start, MENU_DAYS_AHEAD).filter((d) => !closed.has(d));
  const services = week.length === 0 ? [] : await deps.store.services(canteen.id, week);
  const closures: ClosedRun[] = [];
  let previous: string | undefined;
  for (const date of ahead) {
    const day = closed.get(date);
    if (!day) {
      previous = date;
      continue;
    }
    const why = { fr: closedWhy(day, "fr"), en: closedWhy(day, "en") };
    const last = closures.at(-1);
    // The same reason on the open day right after the last one closed: the same run.
    if (last && last.to === previous && last.why.fr === why.fr) last.to = date;
    else closures.push({ from: date, to: date, why });
    previous = date;
  }
  return { canteen, today: start.toISODate()!, services, closures };
}
