// The calendar feeds on the board: GET /calendar/<token>.ics answers the iCal file of a secret
// link, or 404 for a token that is unknown, revoked or malformed (never saying which).
import { Hono } from "hono";
import { FEED_PATH, readFeed, type FeedDeps } from "../../core/calendar/feed.ts";
import type { BoardRoutes } from "../app.ts";
import { renderIcs } from "./ics.ts";

export { FEED_PATH };

/** The feed routes, to mount at FEED_PATH: `app.route(FEED_PATH, calendarRoutes(deps))`. */
export function calendarRoutes(deps: FeedDeps): Hono {
  const app = new Hono();
  app.get("/:file", async (c) => {
    const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(c.req.param("file"));
    const feed = match ? await readFeed(deps, match[1]!) : null;
    if (!feed) return c.text("Not found", 404, { "cache-control": "no-store" });
    return c.body(renderIcs(feed), 200, {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${feed.kind === "shifts" ? "tablee-shifts" : "tablee-canteen"}.ics"`,
      // The URL is the secret: keep it out of shared caches and of any Referer.
      "cache-control": "private, max-age=300",
      "referrer-policy": "no-referrer",
      "x-robots-tag": "noindex",
    });
  });
  return app;
}

/** The feeds as a board feature (src/app.ts passes it to serveBoard). */
export const calendarBoardRoutes: BoardRoutes = (app, deps) => {
  app.route(FEED_PATH, calendarRoutes({ store: deps.store, clock: deps.clock }));
};
