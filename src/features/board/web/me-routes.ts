// The "My profile" routes (GET /c/<id>/me and its forms). Like every board action, each form is
// the chat command the person would type (/eat, /noeat, /replace, /diet, /allergies, /language),
// run through the core as them; a refusal shows the page again with the chat's reason and what
// was typed. Only the person's own canteens (else 404), every form with its CSRF token.
import type { Context, Hono } from "hono";
import { z } from "zod";
import type { BoardView } from "../view.ts";
import { boardAct, type ActionResult } from "../act.ts";
import { myProfile } from "../me.ts";
import { looksLikeToken } from "../tokens.ts";
import { ALLERGENS, DIETS } from "../../../kernel/food.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import { csrfToken, csrfValid, CSRF_FIELD } from "../../../web/auth/csrf.ts";
import type { BoardDeps, BoardEnv } from "../../../web/deps.ts";
import { leaveFlash, takeFlash } from "../../../web/flash.ts";
import { boardLocale } from "../../../web/locale.ts";
import { canteenViewOf, notFoundPage } from "../../../web/canteen-view.ts";
import { messagePage } from "./login-page.ts";
import { mePage, type MePageInput } from "./me-page.ts";

type Ctx = Context<BoardEnv>;
type Body = Record<string, string | File | (string | File)[]>;

const dateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nonceField = z.string().refine(looksLikeToken).optional();
const list = (v: unknown): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");

/** Adds the profile page and its forms. */
export function meRoutes(app: Hono<BoardEnv>, deps: BoardDeps): void {
  const localeOf = (c: Ctx, view: BoardView) => boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));

  async function show(c: Ctx, view: BoardView, extra: Pick<MePageInput, "flash" | "draft"> = {}, status: 200 | 422 = 200) {
    const locale = localeOf(c, view);
    const me = await myProfile(deps.core.deps, view);
    const page = mePage({ view, me, t: translator(locale), locale, csrf: csrfToken(c.get("sessionId")!), now: deps.clock.now(), ...extra });
    return c.html(page, status);
  }

  /** The canteen's view and the posted form once its CSRF token is checked; or the response instead. */
  async function posted(c: Ctx): Promise<{ view: BoardView; body: Body } | Response> {
    const view = await canteenViewOf(deps, c);
    if (view instanceof Response) return view;
    const body = await c.req.parseBody({ all: true });
    if (!csrfValid(c.get("sessionId") ?? "", body[CSRF_FIELD])) {
      const t = translator(localeOf(c, view));
      return c.html(messagePage(t, localeOf(c, view), t("board.web.expired")), 403);
    }
    return { view, body };
  }

  /** Runs the chat command as the person; a refusal shows the page with why and what was typed. */
  async function run(c: Ctx, view: BoardView, command: string, nonce: unknown, draft: MePageInput["draft"]): Promise<Response> {
    const done: ActionResult | null = await boardAct(deps.core.deps, deps.core.handle, {
      personId: view.me.personId,
      canteenId: view.canteen.id,
      command,
      ...(typeof nonce === "string" && looksLikeToken(nonce) ? { nonce } : {}),
    });
    const t = translator(localeOf(c, view));
    if (done && !done.ok) return show(c, view, { flash: { text: done.text, error: true }, draft }, 422);
    await leaveFlash(deps, c, `/c/${view.canteen.id}/me`, { text: done?.text || t("board.web.done"), error: false });
    return c.redirect(`/c/${view.canteen.id}/me`, 303);
  }

  /** The page again with a translated error, keeping what was typed. */
  function refuse(c: Ctx, view: BoardView, key: string, params: Record<string, string | number>, draft: MePageInput["draft"]) {
    const t = translator(localeOf(c, view));
    return show(c, view, { flash: { text: t(key, params), error: true }, draft }, 422);
  }

  app.get("/c/:id/me", async (c) => {
    const view = await canteenViewOf(deps, c);
    if (view instanceof Response) return view;
    const flash = await takeFlash(deps, c, `/c/${view.canteen.id}/me`);
    return show(c, view, flash ? { flash } : {});
  });

  app.post("/c/:id/me/eat", async (c) => {
    const got = await posted(c);
    if (got instanceof Response) return got;
    const { view, body } = got;
    const form = z.object({ date: dateParam, guests: z.string().trim(), nonce: nonceField }).safeParse(body);
    if (!form.success) return notFoundPage(deps, c, 400);
    const { date, guests } = form.data;
    const draft = { date, guests };
    // The chat's own check says what a bad number is; a word is not a number at all.
    if (!/^\d{1,6}$/.test(guests)) return refuse(c, view, "poll.badGuests", { max: 20 }, draft);
    return run(c, view, `/eat ${date} +${Number(guests)}`, form.data.nonce, draft);
  });

  app.post("/c/:id/me/noeat", async (c) => {
    const got = await posted(c);
    if (got instanceof Response) return got;
    const form = z.object({ date: dateParam, nonce: nonceField }).safeParse(got.body);
    if (!form.success) return notFoundPage(deps, c, 400);
    return run(c, got.view, `/noeat ${form.data.date}`, form.data.nonce, {});
  });

  app.post("/c/:id/me/replace", async (c) => {
    const got = await posted(c);
    if (got instanceof Response) return got;
    const form = z.object({ date: dateParam, nonce: nonceField }).safeParse(got.body);
    if (!form.success) return notFoundPage(deps, c, 400);
    return run(c, got.view, `/replace ${form.data.date}`, form.data.nonce, {});
  });

  app.post("/c/:id/me/food", async (c) => {
    const got = await posted(c);
    if (got instanceof Response) return got;
    const { view, body } = got;
    const diets = list(body.diets);
    const allergies = list(body.allergies);
    const draft = {
      diets: diets.filter((d) => (DIETS as readonly string[]).includes(d)),
      allergies: allergies.filter((a) => (ALLERGENS as readonly string[]).includes(a)),
    };
    const bad = [...diets, ...allergies].find((x) => !draft.diets.includes(x) && !draft.allergies.includes(x));
    if (bad !== undefined) return refuse(c, view, "board.me.badChoice", { value: bad }, draft);
    const nonce = typeof body.nonce === "string" ? body.nonce : undefined;
    // Two chat commands, one form: the diet, then the allergies (each its own redelivery key).
    const first = await boardAct(deps.core.deps, deps.core.handle, {
      personId: view.me.personId,
      canteenId: view.canteen.id,
      command: `/diet ${draft.diets.join(" ") || "none"}`,
      ...(nonce && looksLikeToken(nonce) ? { nonce: `${nonce}-diet` } : {}),
    });
    if (first && !first.ok) return show(c, view, { flash: { text: first.text, error: true }, draft }, 422);
    return run(c, view, `/allergies ${draft.allergies.join(" ") || "none"}`, nonce, draft);
  });

  app.post("/c/:id/me/language", async (c) => {
    const got = await posted(c);
    if (got instanceof Response) return got;
    const { view, body } = got;
    const language = typeof body.language === "string" ? body.language : "";
    if (!["fr", "en", "auto"].includes(language)) return refuse(c, view, "board.me.badChoice", { value: language || "—" }, {});
    return run(c, view, `/language ${language}`, body.nonce, { language });
  });
}
