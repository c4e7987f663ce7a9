// The canteen a board URL names (/c/<id>/…), as every canteen page reads it: for the logged-in
// person only, and only when they belong to it — else the logged-out page (401) or "not found"
// (404, whatever the id: a stranger cannot tell a canteen that exists from one that does not).
import type { Context } from "hono";
import { z } from "zod";
import { translator } from "../kernel/i18n/index.ts";
import { boardView, type BoardView } from "../features/board/view.ts";
import { loggedOutPage, messagePage } from "../features/board/web/login-page.ts";
import type { BoardDeps, BoardEnv } from "./deps.ts";

/** A canteen id in a board URL: a positive 32-bit integer, anything else is no canteen. */
export const idParam = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

/** The "not found" page in the board's default language (404, or 400 for a form that is not one of ours). */
export async function notFoundPage(
  deps: Pick<BoardDeps, "defaultLocale">,
  c: Context<BoardEnv>,
  status: 400 | 404 = 404,
): Promise<Response> {
  const t = translator(deps.defaultLocale);
  return c.html(messagePage(t, deps.defaultLocale, t("board.web.notFound")), status);
}

/** The logged-out page (401) for a request without a session. */
export async function loggedOutResponse(deps: Pick<BoardDeps, "defaultLocale">, c: Context<BoardEnv>): Promise<Response> {
  return c.html(loggedOutPage(translator(deps.defaultLocale), deps.defaultLocale, false), 401);
}

/** The logged-in person and the canteen id of the URL, or the response to send instead (401, 404). */
export async function canteenRequest(
  deps: Pick<BoardDeps, "defaultLocale">,
  c: Context<BoardEnv>,
): Promise<{ personId: number; canteenId: number } | Response> {
  const personId = c.get("personId");
  if (personId === null) return loggedOutResponse(deps, c);
  const id = idParam.safeParse(c.req.param("id"));
  return id.success ? { personId, canteenId: id.data } : notFoundPage(deps, c);
}

/** The board view of the URL's canteen for the logged-in person, or the response to send instead (401, 404). */
export async function canteenViewOf(deps: Pick<BoardDeps, "core" | "defaultLocale">, c: Context<BoardEnv>): Promise<BoardView | Response> {
  const asked = await canteenRequest(deps, c);
  if (asked instanceof Response) return asked;
  return (await boardView(deps.core.deps, asked.personId, asked.canteenId)) ?? notFoundPage(deps, c);
}
