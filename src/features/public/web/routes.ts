// The public page on the board's server: GET /p/<canteen slug>, for anyone, no session needed,
// and POST /p/<slug>/viens, its "I'm coming" form. Unknown slug and page off answer the same 404.
// The language: ?lang=fr|en (the switch link), else the browser's Accept-Language, else the
// canteen's. The form is safe from other sites twice: the board's Origin check, and a token
// derived from the guest's own cookie (an anonymous id, nothing else), which only this page shows.
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { translator } from "../../../kernel/i18n/index.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { BoardRoutes } from "../../../web/app.ts";
import { csrfToken, csrfValid, CSRF_FIELD } from "../../../web/auth/csrf.ts";
import { clientAddress } from "../../../web/client.ts";
import type { BoardDeps, BoardEnv } from "../../../web/deps.ts";
import { addressLimiter, comeFromPage, readComing, takesAnswers } from "../coming.ts";
import { messagePage } from "../../board/index.ts";
import { publicView, type PublicView } from "../view.ts";
import { canteenViewOf } from "../../../web/canteen-view.ts";
import { boardLocale } from "../../../web/locale.ts";
import { menuPoster, pricePoster, POSTER_CSS, POSTER_CSS_PATH, PRINT_SCRIPT, PRINT_SCRIPT_PATH } from "./posters.ts";
import { PUBLIC_CSS, PUBLIC_CSS_PATH, publicPage, type PublicPageInput } from "./page.ts";

/** Where the public pages are: PUBLIC_PATH/<slug>. */
export const PUBLIC_PATH = "/p";

/** A slug as canteens get them (slugify): lower-case letters, digits and dashes. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/** The first of French or English the browser asks for (by q weight, then order); null when neither. */
export function acceptedLocale(header: string | undefined): Locale | null {
  if (!header) return null;
  const asked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((x) => /^\s*q=([\d.]+)\s*$/.exec(x)?.[1]).find((x) => x !== undefined);
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0 && (x.lang === "fr" || x.lang === "en"))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (asked[0]?.lang as Locale | undefined) ?? null;
}

/** The guest's anonymous cookie: the form's token is derived from it, and it keeps a browser to a few answers. */
export const GUEST_COOKIE = "tablee_guest";
const GUEST_ID = /^[A-Za-z0-9_-]{43}$/;
const NOTICES = new Set(["thanks", "limit", "closed", "invalid", "expired"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function pickLocale(c: Context<BoardEnv>, fallback: Locale, asked = c.req.query("lang")): Locale {
  const chosen = asked === "fr" || asked === "en" ? asked : null;
  return chosen ?? acceptedLocale(c.req.header("accept-language")) ?? fallback;
}

function notFound(c: Context<BoardEnv>, deps: BoardDeps): Response | Promise<Response> {
  const locale = pickLocale(c, deps.defaultLocale);
  const t = translator(locale);
  return c.html(messagePage(t, locale, t("board.web.notFound")), 404);
}

async function viewOf(deps: BoardDeps, slug: string): Promise<PublicView | null> {
  return SLUG.test(slug) ? publicView(deps.core.deps, slug) : null;
}

/** The public page's routes. */
export const publicBoardRoutes: BoardRoutes = (app, deps) => {
  const perAddress = addressLimiter();

  app.get(PUBLIC_CSS_PATH, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(PUBLIC_CSS);
  });

  app.get(POSTER_CSS_PATH, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(POSTER_CSS);
  });
  app.get(PRINT_SCRIPT_PATH, (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    return c.body(PRINT_SCRIPT);
  });

  // The week's menu poster: managers of that canteen only (others: the same 404 as a stranger).
  app.get("/c/:id/affiches/menu", async (c) => {
    const board = await canteenViewOf(deps, c);
    if (board instanceof Response) return board;
    if (board.me.role !== "manager") return notFound(c, deps);
    const slug = await deps.core.deps.store.canteenSlug(board.canteen.id);
    const view = slug ? await publicView(deps.core.deps, slug, true) : null;
    if (!view) return notFound(c, deps);
    const locale = boardLocale(board.canteen, deps.defaultLocale, c.get("personLocale"));
    return c.html(menuPoster({ view, t: translator(locale), locale, now: deps.clock.now() }));
  });

  app.get("/c/:id/affiches/prix", async (c) => {
    const board = await canteenViewOf(deps, c);
    if (board instanceof Response) return board;
    if (board.me.role !== "manager") return notFound(c, deps);
    const locale = boardLocale(board.canteen, deps.defaultLocale, c.get("personLocale"));
    return c.html(pricePoster({ canteen: board.canteen, t: translator(locale), locale }));
  });

  app.get(`${PUBLIC_PATH}/:slug`, async (c) => {
    const slug = c.req.param("slug");
    const view = await viewOf(deps, slug);
    if (!view) return notFound(c, deps);
    const locale = pickLocale(c, view.canteen.locale);
    const url = `${deps.publicUrl().replace(/\/+$/, "")}${PUBLIC_PATH}/${slug}`;
    const now = deps.clock.now();
    const open = new Set(view.services.filter((s) => takesAnswers(view.canteen, s, now)).map((s) => s.date));
    const input: PublicPageInput = { view, t: translator(locale), locale, url, now };
    const shown = c.req.query("vu");
    const date = c.req.query("date");
    if (shown && NOTICES.has(shown))
      input.notice = { kind: shown as NonNullable<PublicPageInput["notice"]>["kind"], date: date && DATE.test(date) ? date : null };
    c.header("Vary", "Accept-Language");
    c.header("Content-Language", locale);
    if (open.size === 0 && !input.notice) {
      // Public, the same for everyone asking in the same language: shared caches may keep it a minute.
      c.header("Cache-Control", "public, max-age=60");
    } else {
      // A form carries this browser's own token: never cached, never shared.
      let guest = getCookie(c, GUEST_COOKIE);
      if (!guest || !GUEST_ID.test(guest)) {
        guest = randomBytes(32).toString("base64url");
        setCookie(c, GUEST_COOKIE, guest, {
          httpOnly: true,
          sameSite: "Lax",
          secure: deps.publicUrl().startsWith("https:"),
          path: PUBLIC_PATH,
          maxAge: 400 * 24 * 3600,
        });
      }
      input.coming = { action: `${PUBLIC_PATH}/${slug}/viens`, csrf: csrfToken(`guest:${guest}`), open };
    }
    return c.html(publicPage(input));
  });

  app.post(`${PUBLIC_PATH}/:slug/viens`, async (c) => {
    const slug = c.req.param("slug");
    const view = await viewOf(deps, slug);
    if (!view) return notFound(c, deps);
    const body = await c.req.parseBody();
    const locale = pickLocale(c, view.canteen.locale, typeof body.lang === "string" ? body.lang : undefined);
    const back = (kind: string, date?: string) =>
      c.redirect(`${PUBLIC_PATH}/${slug}?lang=${locale}&vu=${kind}${date ? `&date=${date}` : ""}#vu`, 303);
    const guest = getCookie(c, GUEST_COOKIE);
    if (!guest || !GUEST_ID.test(guest) || !csrfValid(`guest:${guest}`, body[CSRF_FIELD])) return back("expired");
    const date = typeof body.date === "string" && DATE.test(body.date) ? body.date : null;
    const service = date ? view.services.find((s) => s.date === date) : undefined;
    if (!date || !service) return back("closed");
    if (!takesAnswers(view.canteen, service, deps.clock.now())) return back("closed", date);
    const answer = readComing(body.count, body.prenom);
    if (!answer) return back("invalid", date);
    const result = await comeFromPage(deps.core.deps, perAddress, {
      canteen: view.canteen,
      date,
      ...answer,
      browserId: guest,
      address: clientAddress(c, deps.trustProxy ?? 0),
    });
    return back(result === "counted" ? "thanks" : result, date);
  });
};
