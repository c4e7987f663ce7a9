// The calendar feeds on the board: GET /calendar/<token>.ics answers the iCal file of a secret
// link, or 404 for a token that is unknown, revoked or malformed (never saying which); and the
// board's calendar page.
import { Hono } from "hono";
import { FEED_PATH, readFeed, type FeedDeps } from "../feed.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import type { BoardRoutes } from "../../../web/app.ts";
import { csrfToken, csrfValid, CSRF_FIELD } from "../../../web/auth/csrf.ts";
import { boardLocale } from "../../../web/locale.ts";
import { canteenViewOf } from "../../../web/canteen-view.ts";
import { messagePage } from "../../board/index.ts";
import { calendarPage, COPY_SCRIPT, COPY_SCRIPT_PATH } from "./page.ts";
import { renderIcs } from "./ics.ts";
import { calendarLinksFor } from "../links.ts";

export { FEED_PATH };

/** The feed routes, to mount at FEED_PATH: `app.route(FEED_PATH, calendarRoutes(deps))`. */
export function calendarRoutes(deps: FeedDeps): Hono {
  const app = new Hono();
  app.get("/:file", async (c) => {
    const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(c.req.param("file"));
    const feed = match ? await readFeed(deps, match[1]!) : null;
    if (!feed) return c.text("Not found", 404, { "cache-control": "no-store" });
    return c.body(await renderIcs(feed), 200, {
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

/**
 * The feeds, and the board's calendar page (GET /c/<id>/calendar explains, POST issues links or,
 * with reset=1, revokes the old ones first), as a board feature src/app.ts passes to serveBoard.
 * The page checks the session, membership of that canteen (else 404) and the form's CSRF token.
 */
export const calendarBoardRoutes: BoardRoutes = (app, deps) => {
  app.route(FEED_PATH, calendarRoutes({ store: deps.store, clock: deps.clock, offered: (p) => deps.core.deps.offered(p) }));

  app.get(COPY_SCRIPT_PATH, (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(COPY_SCRIPT);
  });

  app.get("/c/:id/calendar", async (c) => {
    const view = await canteenViewOf(deps, c);
    if (view instanceof Response) return view;
    const locale = boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));
    return c.html(calendarPage({ view, t: translator(locale), locale, csrf: csrfToken(c.get("sessionId")!) }));
  });

  app.post("/c/:id/calendar", async (c) => {
    const view = await canteenViewOf(deps, c);
    if (view instanceof Response) return view;
    const locale = boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));
    const t = translator(locale);
    const body = await c.req.parseBody();
    if (!csrfValid(c.get("sessionId") ?? "", body[CSRF_FIELD])) return c.html(messagePage(t, locale, t("board.web.expired")), 403);
    const links = await calendarLinksFor(deps.core.deps, {
      personId: view.me.personId,
      canteenId: view.canteen.id,
      reset: body.reset === "1",
    });
    if (!links) return c.html(messagePage(t, locale, t("calendar.noBoard")), 404);
    return c.html(calendarPage({ view, t, locale, csrf: csrfToken(c.get("sessionId")!), links }));
  });
};
