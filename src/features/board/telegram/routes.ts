// The Telegram Mini App login: GET /telegram/app is a small page whose script (/telegram/app.js,
// no inline script: the CSP forbids it) reads Telegram's initData and POSTs it to /auth/telegram;
// a valid, fresh initData opens a board session (cookie, and the session id in the JSON for pages
// that must send it as `Authorization: Bearer` where cookies are blocked) — once: a replay of the
// same initData is refused. Telegram vouches for the account, so one Tablée has never seen becomes
// a new person (the board then tells them how to join their canteen).
import { createHash } from "node:crypto";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { z } from "zod";
import type { Clock, Logger, Store } from "../../../kernel/ports.ts";
import type { BoardRoutes } from "../../../web/app.ts";
import { AttemptLimiter } from "../../../web/auth/rate-limit.ts";
import { clientAddress } from "../../../web/client.ts";
import { openSessionForAccount, SESSION_COOKIE, setSessionCookie } from "../../../web/auth/sessions.ts";
import { checkInitData, FUTURE_SKEW_SECONDS, MAX_INIT_DATA_AGE_SECONDS, MAX_INIT_DATA_LENGTH } from "./init-data.ts";
import { MINI_APP_PAGE, MINI_APP_SCRIPT } from "./page.ts";
import { MINI_APP_PATH, TELEGRAM_AUTH_PATH } from "./paths.ts";

export { MINI_APP_PATH, TELEGRAM_AUTH_PATH };

/** What the Mini App routes need. */
export interface MiniAppDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** The bot token initData is signed with; null when Telegram is not configured (every login is refused). */
  botToken: string | null;
  /** True when the public URL is https (the cookie is then Secure). */
  secure: boolean;
  /** Where the board opens after login. */
  boardPath?: string;
  /** Reverse proxies trusted for the client address (TRUST_PROXY; default 0). */
  trustProxy?: number;
}

/** Mini App login attempts per client address and minute (as many as login links allow). */
export const MINI_APP_ATTEMPTS_PER_MINUTE = 20;

const bodySchema = z.object({ initData: z.string().min(1).max(MAX_INIT_DATA_LENGTH) });

/** The Mini App page, its script and the login endpoint; mount at "/". */
export function miniAppRoutes(deps: MiniAppDeps): Hono {
  const app = new Hono();
  const next = deps.boardPath ?? "/";
  const limiter = new AttemptLimiter(MINI_APP_ATTEMPTS_PER_MINUTE);

  app.get(MINI_APP_PATH, (c) =>
    c.html(MINI_APP_PAGE, 200, {
      "cache-control": "no-store",
      // Telegram Web shows Mini Apps in an iframe: that origin alone may frame this page.
      "content-security-policy":
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self' https://web.telegram.org",
      "referrer-policy": "no-referrer",
    }),
  );

  app.get(`${MINI_APP_PATH}.js`, (c) =>
    c.body(MINI_APP_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=300" }),
  );

  app.post(TELEGRAM_AUTH_PATH, async (c) => {
    const refuse = () => c.json({ error: "unauthorized" }, 401, { "cache-control": "no-store" });
    if (!limiter.allow(clientAddress(c, deps.trustProxy ?? 0), deps.clock.now().getTime()))
      return c.json({ error: "too-many-attempts" }, 429, { "cache-control": "no-store", "retry-after": "60" });
    if (!deps.botToken) return refuse();
    const body = bodySchema.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return refuse();
    const check = checkInitData(body.data.initData, deps.botToken, deps.clock.now());
    if (!check.ok) {
      // Never log initData itself: it is a bearer credential for a day.
      deps.log.info({ problem: check.problem }, "Mini App login refused");
      return refuse();
    }
    // One initData, one session: a replay (a copy of the URL, a leaked log line) opens nothing.
    // The signature is kept hashed until the initData would be refused as stale anyway.
    const launch = createHash("sha256").update(`tablee-mini-app:${check.hash}`).digest("base64url");
    const spentAt = new Date(check.authDate.getTime() + (MAX_INIT_DATA_AGE_SECONDS + FUTURE_SKEW_SECONDS) * 1000);
    if (!(await deps.store.claimMiniAppLaunch(launch, spentAt, deps.clock.now()))) {
      deps.log.info({ problem: "replayed" }, "Mini App login refused");
      return c.json({ error: "replayed" }, 401, { "cache-control": "no-store" });
    }
    const u = check.user;
    const language = u.language_code?.slice(0, 2).toLowerCase();
    const session = await openSessionForAccount(deps, {
      address: `telegram:${u.id}`,
      platform: "telegram",
      name: [u.first_name, u.last_name].filter(Boolean).join(" ").trim() || u.username || `Telegram ${u.id}`,
      reportedLocale: language === "fr" || language === "en" ? language : null,
    });
    if (deps.secure) {
      // Telegram Web shows the Mini App in a cross-site frame, where a Lax cookie is never sent:
      // this login's cookie is SameSite=None and partitioned (CHIPS), kept for that frame only.
      // Where even that is blocked, the page sends the token as `Authorization: Bearer`.
      setCookie(c, SESSION_COOKIE, session.id, {
        httpOnly: true,
        secure: true,
        sameSite: "None",
        partitioned: true,
        path: "/",
        expires: session.expiresAt,
      });
    } else setSessionCookie(deps, c, session);
    return c.json({ token: session.id, expiresAt: session.expiresAt.toISOString(), next }, 200, { "cache-control": "no-store" });
  });

  return app;
}

/** The Mini App routes on the board (their login checks Telegram's signature with the bot's token, when configured). */
export function miniAppBoardRoutes(): BoardRoutes {
  return (app, deps, sessions) => {
    const botToken = deps.telegramBotToken ?? null;
    app.route(
      "/",
      miniAppRoutes({
        store: deps.store,
        clock: deps.clock,
        log: deps.log,
        botToken,
        trustProxy: deps.trustProxy ?? 0,
        get secure() {
          return sessions.secure;
        },
      }),
    );
  };
}
