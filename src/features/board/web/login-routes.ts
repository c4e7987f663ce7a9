// Login and logout: GET /login/<token> shows "Continue as <name>" (a preview or scanner fetching
// the link uses nothing); POST /login/<token> uses the link once and opens a session.
import type { Hono } from "hono";
import { redeemLoginLink, LOGIN_PATH } from "../login.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import { csrfValid, CSRF_FIELD } from "../../../web/auth/csrf.ts";
import { clientAddress } from "../../../web/client.ts";
import { AttemptLimiter } from "../../../web/auth/rate-limit.ts";
import { logOut, setSessionCookie, type SessionDeps } from "../../../web/auth/sessions.ts";
import type { BoardDeps, BoardEnv } from "../../../web/deps.ts";
import { boardLocale } from "../../../web/locale.ts";
import { badLinkPage, continuePage, loggedOutPage, messagePage } from "./login-page.ts";
import { describeLoginLink } from "../view.ts";

/** Login attempts (link opened or pressed) per client address and minute. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 20;

/** Adds the login routes. */
export function loginRoutes(app: Hono<BoardEnv>, deps: BoardDeps, sessions: SessionDeps): void {
  const limiter = new AttemptLimiter(LOGIN_ATTEMPTS_PER_MINUTE);
  const fallback = () => translator(deps.defaultLocale);

  app.use(`${LOGIN_PATH}/*`, async (c, next) => {
    if (limiter.allow(clientAddress(c, deps.trustProxy ?? 0), deps.clock.now().getTime())) return next();
    c.header("Retry-After", "60");
    return c.html(messagePage(fallback(), deps.defaultLocale, fallback()("board.web.tooMany")), 429);
  });

  app.get(`${LOGIN_PATH}/:token`, async (c) => {
    const token = c.req.param("token");
    const link = await describeLoginLink(deps.core.deps, token);
    const locale = boardLocale(link.canteen, deps.defaultLocale);
    const t = translator(locale);
    if (link.state !== "valid") return c.html(badLinkPage(t, locale, link.state), link.state === "unknown" ? 404 : 410);
    return c.html(continuePage(t, locale, link.name ?? "", `${LOGIN_PATH}/${token}`));
  });

  app.post(`${LOGIN_PATH}/:token`, async (c) => {
    const res = await redeemLoginLink(deps.store, c.req.param("token"), deps.clock.now());
    if (!res.ok) {
      const t = fallback();
      return c.html(badLinkPage(t, deps.defaultLocale, res.state === "valid" ? "unknown" : res.state), res.state === "unknown" ? 404 : 410);
    }
    setSessionCookie(sessions, c, res.session);
    return c.redirect(res.canteenId === null ? "/" : `/c/${res.canteenId}`, 303);
  });

  app.post("/logout", async (c) => {
    const t = fallback();
    const sessionId = c.get("sessionId");
    const body = await c.req.parseBody();
    if (sessionId && !csrfValid(sessionId, body[CSRF_FIELD]))
      return c.html(messagePage(t, deps.defaultLocale, t("board.web.expired")), 403);
    await logOut(sessions, c);
    return c.html(loggedOutPage(t, deps.defaultLocale, true));
  });
}
