// GET /me/data.json: the logged-in person's own data (/mydata's), as a JSON file to keep. Only
// for its person (the session's); never cached, never shown inline.
import type { Hono } from "hono";
import { MYDATA_PATH } from "../commands.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import type { BoardDeps, BoardEnv } from "../../../web/deps.ts";
import { loggedOutPage } from "../../board/web/login-page.ts";

/** Adds the personal data download. */
export function mydataRoutes(app: Hono<BoardEnv>, deps: BoardDeps): void {
  app.get(MYDATA_PATH, async (c) => {
    const personId = c.get("personId");
    const locale = c.get("personLocale") ?? deps.defaultLocale;
    if (personId === null) return c.html(loggedOutPage(translator(locale), locale, false), 401);
    const data = await deps.store.personData(personId, deps.clock.now());
    if (!data) return c.html(loggedOutPage(translator(locale), locale, false), 401);
    c.header("Content-Disposition", `attachment; filename="tablee-my-data-${data.exportedAt.slice(0, 10)}.json"`);
    c.header("Cache-Control", "no-store");
    return c.json(data);
  });
}
