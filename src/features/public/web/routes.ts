// The public page on the board's server: GET /p/<canteen slug>, for anyone, no session needed.
// Unknown slug and page off answer the same 404. The language: ?lang=fr|en (the switch link),
// else the browser's Accept-Language, else the canteen's.
import { translator } from "../../../kernel/i18n/index.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { BoardRoutes } from "../../../web/app.ts";
import { messagePage } from "../../board/index.ts";
import { publicView } from "../view.ts";
import { PUBLIC_CSS, PUBLIC_CSS_PATH, publicPage } from "./page.ts";

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

/** The public page's routes. */
export const publicBoardRoutes: BoardRoutes = (app, deps) => {
  app.get(PUBLIC_CSS_PATH, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(PUBLIC_CSS);
  });

  app.get(`${PUBLIC_PATH}/:slug`, async (c) => {
    const slug = c.req.param("slug");
    const asked = c.req.query("lang");
    const chosen: Locale | null = asked === "fr" || asked === "en" ? asked : null;
    const browser = acceptedLocale(c.req.header("accept-language"));
    const view = SLUG.test(slug) ? await publicView(deps.core.deps, slug) : null;
    if (!view) {
      const locale = chosen ?? browser ?? deps.defaultLocale;
      const t = translator(locale);
      return c.html(messagePage(t, locale, t("board.web.notFound")), 404);
    }
    const locale = chosen ?? browser ?? view.canteen.locale;
    const url = `${deps.publicUrl().replace(/\/+$/, "")}${PUBLIC_PATH}/${slug}`;
    // Public, the same for everyone asking in the same language: shared caches may keep it a minute.
    c.header("Cache-Control", "public, max-age=60");
    c.header("Vary", "Accept-Language");
    c.header("Content-Language", locale);
    return c.html(publicPage({ view, t: translator(locale), locale, url, now: deps.clock.now() }));
  });
};
