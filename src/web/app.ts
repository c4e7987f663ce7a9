// The web board as a Hono app: security headers, the cross-origin form check, the session of
// each request, then every feature's routes and pages (login, canteen, figures, calendars…).
import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { translator } from "../kernel/i18n/index.ts";
import { BOARD_CSS } from "./assets/board-css.ts";
import { sessionIdOf, sessionOfRequest, type SessionDeps } from "./auth/sessions.ts";
import type { BoardDeps, BoardEnv } from "./deps.ts";
import { messagePage } from "../features/board/web/login-page.ts";
import type { Feature } from "../kernel/feature.ts";

/** What a feature's `board` hook gets to mount its routes and pages on. */
export interface BoardMount {
  app: Hono<BoardEnv>;
  deps: BoardDeps;
  sessions: SessionDeps;
}

/** Routes a feature adds to the board (its pages, calendar feeds, the Telegram Mini App login…). */
export type BoardRoutes = (app: Hono<BoardEnv>, deps: BoardDeps, sessions: SessionDeps) => void;

/** Telegram's web client shows Mini Apps in a frame: the only other origin allowed to frame the board. */
export const FRAME_ANCESTORS = ["'self'", "https://web.telegram.org"];

/** Builds the board app. */
export function createBoardApp(
  deps: BoardDeps,
  features: readonly Feature<unknown, unknown, BoardMount>[],
  extra: BoardRoutes[] = [],
): Hono<BoardEnv> {
  const app = new Hono<BoardEnv>();
  const sessions: SessionDeps = {
    store: deps.store,
    clock: deps.clock,
    get secure() {
      return deps.publicUrl().startsWith("https:");
    },
  };

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: FRAME_ANCESTORS,
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      // X-Frame-Options cannot name Telegram; the CSP's frame-ancestors says who may frame.
      xFrameOptions: false,
      // Login links carry a token in their path: never send it on as a Referer.
      referrerPolicy: "no-referrer",
    }),
  );
  app.use("*", async (c, next) => {
    await next();
    if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
  });
  // Form posts must come from the board itself (its public origin, or the address it was reached at).
  app.use("*", csrf({ origin: (origin, c) => origin === new URL(deps.publicUrl()).origin || origin === new URL(c.req.url).origin }));
  app.use("*", async (c, next) => {
    c.set("sessionId", sessionIdOf(c));
    const session = await sessionOfRequest(sessions, c);
    const personId = session?.personId ?? null;
    c.set("personId", personId);
    c.set("flash", session?.flash ?? null);
    c.set("personLocale", personId === null ? null : await deps.store.personLocale(personId));
    await next();
  });

  app.get("/assets/board.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(BOARD_CSS);
  });
  for (const f of features) f.board?.({ app, deps, sessions });
  for (const add of extra) add(app, deps, sessions);

  const t = () => translator(deps.defaultLocale);
  app.notFound((c) => c.html(messagePage(t(), deps.defaultLocale, t()("board.web.notFound")), 404));
  // The route pattern is logged, never the path: a login path holds a token.
  app.onError((err, c) => {
    // A form from another origin (the csrf middleware): refused, as a form with a bad token is.
    if (err instanceof HTTPException && err.status === 403)
      return c.html(messagePage(t(), deps.defaultLocale, t()("board.web.expired")), 403);
    if (err instanceof HTTPException) return err.getResponse();
    deps.log.error({ err, route: c.req.routePath, method: c.req.method }, "board request failed");
    return c.html(messagePage(t(), deps.defaultLocale, t()("errors.internal")), 500);
  });
  return app;
}
