// A canteen's board: the sheet (GET /c/<id>), taking and leaving a place, and the managers'
// menu form. Every route checks the person belongs to that canteen (else 404, whatever the id)
// and every form its CSRF token; every action is the chat command the core already knows.
import type { Context, Hono } from "hono";
import { z } from "zod";
import type { BoardView } from "../view.ts";
import type { ActionResult } from "../act.ts";
import { looksLikeToken } from "../tokens.ts";
import { ALLERGENS, DIETS } from "../../../kernel/food.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import { csrfToken, csrfValid, CSRF_FIELD } from "../../../web/auth/csrf.ts";
import type { BoardDeps, BoardEnv } from "../../../web/deps.ts";
import { leaveFlash, takeFlash } from "../../../web/flash.ts";
import { boardLocale } from "../../../web/locale.ts";
import { canteenViewOf, notFoundPage } from "../../../web/canteen-view.ts";
import { loggedOutPage, messagePage, noCanteenPage } from "./login-page.ts";
import { menuPage } from "./menu-page.ts";
import { sheetPage } from "./sheet-page.ts";
import { boardView } from "../view.ts";
import { boardAct } from "../act.ts";

const dateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nonceField = z.string().refine(looksLikeToken).optional();

type Ctx = Context<BoardEnv>;

/** Adds the canteen routes. */
export function canteenRoutes(app: Hono<BoardEnv>, deps: BoardDeps): void {
  const fallbackT = () => translator(deps.defaultLocale);
  const notFound = (c: Ctx) => notFoundPage(deps, c);
  const viewOf = (c: Ctx) => canteenViewOf(deps, c);

  /** The posted form, once its CSRF token is checked; or the response to send instead. */
  async function formOf(c: Ctx, view: BoardView): Promise<Record<string, string | File | (string | File)[]> | Response> {
    const body = await c.req.parseBody({ all: true });
    if (!csrfValid(c.get("sessionId") ?? "", body[CSRF_FIELD])) {
      const t = translator(boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale")));
      return c.html(messagePage(t, boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale")), t("board.web.expired")), 403);
    }
    return body;
  }

  /** Runs a chat command for the person, then shows the sheet with what the chat would have said. */
  async function act(
    c: Ctx,
    view: BoardView,
    command: string,
    nonce: string | undefined,
    already?: ActionResult | null,
  ): Promise<Response> {
    const done =
      already !== undefined
        ? already
        : await boardAct(deps.core.deps, deps.core.handle, {
            personId: view.me.personId,
            canteenId: view.canteen.id,
            command,
            ...(nonce ? { nonce } : {}),
          });
    const text = done?.text || translator(boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale")))("board.web.done");
    await leaveFlash(deps, c, `/c/${view.canteen.id}`, { text, error: Boolean(done && !done.ok) });
    return c.redirect(`/c/${view.canteen.id}`, 303);
  }

  app.get("/", async (c) => {
    const personId = c.get("personId");
    const view = personId === null ? null : await boardView(deps.core.deps, personId, null);
    if (view) return c.redirect(`/c/${view.canteen.id}`, 303);
    if (personId === null) return c.html(loggedOutPage(fallbackT(), deps.defaultLocale, false));
    // Logged in, in no canteen yet: how to join one, in the person's own language.
    const locale = c.get("personLocale") ?? deps.defaultLocale;
    return c.html(noCanteenPage(translator(locale), locale));
  });

  app.get("/c/:id", async (c) => {
    const view = await viewOf(c);
    if (view instanceof Response) return view;
    const flash = await takeFlash(deps, c, `/c/${view.canteen.id}`);
    const locale = boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));
    return c.html(
      sheetPage({
        view,
        t: translator(locale),
        locale,
        csrf: csrfToken(c.get("sessionId")!),
        now: deps.clock.now(),
        ...(flash ? { flash } : {}),
      }),
    );
  });

  app.post("/c/:id/take", async (c) => {
    const view = await viewOf(c);
    if (view instanceof Response) return view;
    const body = await formOf(c, view);
    if (body instanceof Response) return body;
    const form = z
      .object({ date: dateParam, role: z.enum(view.canteen.roles.map((r) => r.key) as [string, ...string[]]), nonce: nonceField })
      .safeParse(body);
    if (!form.success) return notFoundPage(deps, c, 400);
    return act(c, view, `/cook ${form.data.date} ${form.data.role}`, form.data.nonce);
  });

  app.post("/c/:id/leave", async (c) => {
    const view = await viewOf(c);
    if (view instanceof Response) return view;
    const body = await formOf(c, view);
    if (body instanceof Response) return body;
    const form = z.object({ date: dateParam, nonce: nonceField }).safeParse(body);
    if (!form.success) return notFoundPage(deps, c, 400);
    return act(c, view, `/uncook ${form.data.date}`, form.data.nonce);
  });

  /** The service of the URL's date among the upcoming ones, for managers; or the response instead. */
  async function managedService(c: Ctx): Promise<{ view: BoardView; date: string } | Response> {
    const view = await viewOf(c);
    if (view instanceof Response) return view;
    const date = dateParam.safeParse(c.req.param("date"));
    if (!date.success || !view.services.some((s) => s.date === date.data)) return notFound(c);
    if (view.me.role !== "manager") {
      const t = translator(boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale")));
      return c.html(messagePage(t, boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale")), t("board.web.managersOnly")), 403);
    }
    return { view, date: date.data };
  }

  app.get("/c/:id/menu/:date", async (c) => {
    const found = await managedService(c);
    if (found instanceof Response) return found;
    const { view, date } = found;
    const locale = boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));
    const info = view.services.find((s) => s.date === date)!.info;
    return c.html(menuPage({ view, info, t: translator(locale), locale, csrf: csrfToken(c.get("sessionId")!), now: deps.clock.now() }));
  });

  app.post("/c/:id/menu/:date", async (c) => {
    const found = await managedService(c);
    if (found instanceof Response) return found;
    const { view, date } = found;
    const body = await formOf(c, view);
    if (body instanceof Response) return body;
    const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    const form = z
      .object({
        text: z.string().max(4000),
        diets: z.array(z.enum(DIETS)),
        allergens: z.array(z.enum(ALLERGENS)),
        nonce: nonceField,
      })
      .safeParse({ text: body.text, diets: list(body.diets), allergens: list(body.allergens), nonce: body.nonce });
    if (!form.success) return notFoundPage(deps, c, 400);
    const tags = [...form.data.diets, ...form.data.allergens].map((k) => `#${k}`).join(" ");
    const text = form.data.text.replace(/\r\n?/g, "\n").trim();
    const command = `/menu ${date} ${text}${tags ? `\n${tags}` : ""}`;
    const done = await boardAct(deps.core.deps, deps.core.handle, {
      personId: view.me.personId,
      canteenId: view.canteen.id,
      command,
      ...(form.data.nonce ? { nonce: form.data.nonce } : {}),
    });
    if (done && !done.ok) {
      // Refused (an unknown #tag, too long…): the form again, with what was typed and why.
      const locale = boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));
      const info = { ...view.services.find((s) => s.date === date)!.info, diets: form.data.diets, allergens: form.data.allergens };
      return c.html(
        menuPage({
          view,
          info,
          t: translator(locale),
          locale,
          csrf: csrfToken(c.get("sessionId")!),
          error: done.text,
          draft: form.data.text,
          now: deps.clock.now(),
        }),
        422,
      );
    }
    return act(c, view, command, undefined, done);
  });
}
