// The managers' figures on the board: the dashboard (GET /c/<id>/figures), the network's
// (GET /c/<id>/network), the funder report (GET /c/<id>/report), the CSV export and the close form
// (POST /c/<id>/close, which IS /cloturer, sent as the person). The core decides who sees what:
// not a member → 404 (whatever the id), a member who is not a manager → 403.
import type { Context, Hono } from "hono";
import { z } from "zod";
import type { CanteenFigures, FiguresRefusal, NetworkBoardFigures } from "../board-figures.ts";
import { looksLikeToken } from "../../board/index.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import { csrfToken, csrfValid, CSRF_FIELD } from "../../../web/auth/csrf.ts";
import { csvFileName, figuresCsv } from "./csv.ts";
import type { BoardDeps, BoardEnv } from "../../../web/deps.ts";
import { leaveFlash, takeFlash, type Flash } from "../../../web/flash.ts";
import { boardLocale } from "../../../web/locale.ts";
import { canteenRequest, canteenViewOf, notFoundPage } from "../../../web/canteen-view.ts";
import { figuresPage } from "./figures-page.ts";
import { messagePage } from "../../board/index.ts";
import { reportPage } from "./report-page.ts";
import { boardAct } from "../../board/index.ts";
import { canteenBoardFigures, networkBoardFigures } from "../board-figures.ts";

/** A period as /impact reads it; anything longer is not one. */
const periodParam = z.string().max(40).optional();
const amount = z.string().regex(/^\d{1,9}(?:[.,]\d{1,2})?$/);
/** A team person as the close form names them: `#12`, or a helper's name (letters, spaces, ' . -). */
const teamRef = z.string().regex(/^(?:#\d{1,9}|[\p{L}\p{M}][\p{L}\p{M}' .-]{0,63})$/u);
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** Kilograms as the close form takes them ("2,5", "2.5"). */
const kilos = z
  .string()
  .trim()
  .regex(/^\d{1,5}(?:[.,]\d{1,3})?$/);
/** The waste fields of the close form and the /close words they become. */
const WASTE_WORDS = { waste: "waste", wastePlates: "plates", wasteUnserved: "unserved", wastePrep: "prep" } as const;
const closeForm = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  covers: z.string().regex(/^\d{1,6}$/),
  takings: z.union([z.literal(""), amount]).optional(),
  spent: z.union([z.literal(""), amount]).optional(),
  cash: z.union([z.literal(""), amount]).optional(),
  card: z.union([z.literal(""), amount]).optional(),
  cheque: z.union([z.literal(""), amount]).optional(),
  waste: z.union([z.literal(""), kilos]).optional(),
  wastePlates: z.union([z.literal(""), kilos]).optional(),
  wasteUnserved: z.union([z.literal(""), kilos]).optional(),
  wastePrep: z.union([z.literal(""), kilos]).optional(),
  nonce: z.string().refine(looksLikeToken).optional(),
  team: z.array(teamRef).max(200),
  came: z.array(teamRef).max(200),
  helper: z.union([z.literal(""), z.string().trim().pipe(teamRef)]).optional(),
  helperRole: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,30}$/)
    .optional(),
});

/** The /close words of the team part: who came, who did not, and someone else who helped. */
function teamWords(f: z.infer<typeof closeForm>): string {
  if (f.team.length === 0 && !f.helper) return "";
  const came = f.team.filter((r) => f.came.includes(r));
  const absent = f.team.filter((r) => !f.came.includes(r));
  return [
    came.length > 0 ? ` present ${came.join(" ")}` : "",
    absent.length > 0 ? ` absent ${absent.join(" ")}` : "",
    f.helper ? ` helper ${f.helper}${f.helperRole ? ` ${f.helperRole}` : ""}` : "",
  ].join("");
}

type Ctx = Context<BoardEnv>;
type Data = CanteenFigures | NetworkBoardFigures;

/** Adds the figures routes. */
export function figuresRoutes(app: Hono<BoardEnv>, deps: BoardDeps): void {
  const fallbackT = () => translator(deps.defaultLocale);
  const notFound = (c: Ctx) => notFoundPage(deps, c);

  /** The figures of the URL's canteen (or its network) for the logged-in person, or the response to send instead. */
  async function figuresOf(c: Ctx, network: boolean): Promise<{ data: Data; periodText: string } | Response> {
    const asked = await canteenRequest(deps, c);
    if (asked instanceof Response) return asked;
    const { personId, canteenId } = asked;
    const period = periodParam.safeParse(c.req.query("period"));
    if (!period.success)
      return c.html(
        messagePage(
          fallbackT(),
          deps.defaultLocale,
          fallbackT()("impact.badPeriod", { value: String(c.req.query("period")).slice(0, 40) }),
        ),
        400,
      );
    const periodText = (period.data ?? "mois").trim() || "mois";
    const data = network
      ? await networkBoardFigures(deps.core.deps, personId, canteenId, periodText)
      : await canteenBoardFigures(deps.core.deps, personId, canteenId, periodText);
    return data.kind === "canteen" || data.kind === "network" ? { data, periodText } : refused(c, data, periodText);
  }

  function refused(c: Ctx, r: FiguresRefusal, periodText: string): Response | Promise<Response> {
    if (r.kind === "not-member") return notFound(c);
    const locale = boardLocale(r.canteen, deps.defaultLocale, c.get("personLocale"));
    const t = translator(locale);
    if (r.kind === "not-manager") return c.html(messagePage(t, locale, t("board.web.managersOnly")), 403);
    return c.html(messagePage(t, locale, t("impact.badPeriod", { value: periodText.slice(0, 40) })), 400);
  }

  const input = (c: Ctx, data: Data, periodText: string) => {
    const locale = boardLocale(data.canteen, deps.defaultLocale, c.get("personLocale"));
    return { data, periodText, locale, t: translator(locale), csrf: csrfToken(c.get("sessionId")!), now: deps.clock.now() };
  };

  const dashboard = (network: boolean) => async (c: Ctx) => {
    const found = await figuresOf(c, network);
    if (found instanceof Response) return found;
    const flash = network ? undefined : await takeFlash(deps, c, `/c/${found.data.canteen.id}/figures`);
    return c.html(figuresPage({ ...input(c, found.data, found.periodText), ...(flash ? { flash } : {}) }));
  };
  app.get("/c/:id/figures", dashboard(false));
  app.get("/c/:id/network", dashboard(true));

  app.get("/c/:id/report", async (c) => {
    const found = await figuresOf(c, c.req.query("scope") === "network");
    if (found instanceof Response) return found;
    return c.html(reportPage({ ...input(c, found.data, found.periodText), now: deps.clock.now() }));
  });

  app.get("/c/:id/export.csv", async (c) => {
    const found = await figuresOf(c, c.req.query("scope") === "network");
    if (found instanceof Response) return found;
    const d = found.data;
    const name = csvFileName(d);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    // A byte-order mark so spreadsheets read the accents as UTF-8.
    return c.body(`\uFEFF${figuresCsv(d)}`);
  });

  app.post("/c/:id/close", async (c) => {
    const view = await canteenViewOf(deps, c);
    if (view instanceof Response) return view;
    const personId = view.me.personId;
    const locale = boardLocale(view.canteen, deps.defaultLocale, c.get("personLocale"));
    const t = translator(locale);
    if (view.me.role !== "manager") return c.html(messagePage(t, locale, t("board.web.managersOnly")), 403);
    const body = await c.req.parseBody({ all: true });
    if (!csrfValid(c.get("sessionId") ?? "", body[CSRF_FIELD])) return c.html(messagePage(t, locale, t("board.web.expired")), 403);
    const form = closeForm.safeParse({ ...body, team: list(body.team), came: list(body.came) });
    let flash: Flash;
    if (!form.success) {
      flash = { text: t("figures.badForm"), error: true };
    } else {
      const f = form.data;
      // The words /cloturer reads; each value was checked to be one number, so nothing else slips in.
      const means = (["cash", "card", "cheque"] as const).map((m) => (f[m] ? ` ${m} ${f[m]}` : "")).join("");
      const waste = (Object.keys(WASTE_WORDS) as (keyof typeof WASTE_WORDS)[])
        .map((k) => (f[k] ? ` ${WASTE_WORDS[k]} ${f[k]}` : ""))
        .join("");
      const command = `/close ${f.date} covers ${f.covers}${f.takings ? ` takings ${f.takings}` : ""}${means}${f.spent ? ` spent ${f.spent}` : ""}${waste}${teamWords(f)}`;
      const done = await boardAct(deps.core.deps, deps.core.handle, {
        personId,
        canteenId: view.canteen.id,
        command,
        ...(f.nonce ? { nonce: f.nonce } : {}),
      });
      flash = { text: done?.text || t("board.web.done"), error: Boolean(done && !done.ok) };
    }
    await leaveFlash(deps, c, `/c/${view.canteen.id}/figures`, flash);
    return c.redirect(`/c/${view.canteen.id}/figures`, 303);
  });
}
