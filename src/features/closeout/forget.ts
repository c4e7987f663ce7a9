// A person's no-shows are forgotten after a year: once a day, the team rows of services more than
// a year old that say someone did not come lose their person and name (the hours stay right).
import { DateTime } from "luxon";
import type { CoreDeps } from "../../kernel/context.ts";
import type { Running } from "../../kernel/feature.ts";

/** How long a no-show is kept. */
export const NO_SHOW_KEPT_YEARS = 1;

/** The first service date whose no-shows are still kept, on `now`'s UTC day. */
export function noShowsKeptFrom(now: Date): string {
  return DateTime.fromJSDate(now, { zone: "utc" }).minus({ years: NO_SHOW_KEPT_YEARS }).toISODate()!;
}

/** Runs the forgetting on the app's sweep, at most once a UTC day (again the next sweep after a failure). */
export function noShowForgetting(deps: CoreDeps): Running {
  let done: string | null = null;
  return {
    async sweep(now) {
      const from = noShowsKeptFrom(now);
      if (done === from) return;
      const n = await deps.store.forgetNoShows(from);
      done = from;
      if (n > 0) deps.log.info({ forgotten: n, before: from }, "no-shows older than a year forgotten");
    },
  };
}
