// The answer of a board action, shown on the page it leads to, whatever its length: a manager
// saves a menu at the chat's limit (1,000 characters, in French and Chinese: over 6 kB once
// URL-encoded, as the old flash cookie carried it) through the real HTTP server, its body limits
// included, and the sheet then shows the whole confirmation, once. A browser keeps no cookie over
// 4 kB (the old confirmation vanished silently); no response sets one.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../src/http.ts";
import { serveBoard } from "../../src/web/serve.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { linkIn } from "./board-world.ts";
import { FEATURES } from "../../src/app.ts";

/** Browsers keep cookies up to this size (name, value and attributes); a bigger one is dropped silently. */
const BROWSER_COOKIE_LIMIT = 4096;

let h: Harness;
let http: HttpServer;
let base: string;
const bigCookies: string[] = [];

beforeEach(async () => {
  h = await createHarness("2026-11-30T08:00:00Z", { boardUrl: "http://127.0.0.1" });
  http = createHttpServer(0, h.log);
  serveBoard(http, { core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => base, defaultLocale: "fr" }, FEATURES);
  base = `http://127.0.0.1:${await http.listen()}`;
  bigCookies.length = 0;
  await h.say("Mona", "/setup Cantine du Marché", { chat: "telegram:-100" });
});
afterEach(async () => {
  await http.close();
  await h.close();
});

/** A browser for one person: cookies as a browser keeps them, the board's Origin on posts. */
function browser() {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      if (c.length > BROWSER_COOKIE_LIMIT) {
        bigCookies.push(c.slice(0, 40));
        continue;
      }
      const [pair = ""] = c.split(";");
      const at = pair.indexOf("=");
      if (pair.slice(at + 1) === "" || /Max-Age=0/i.test(c)) jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  return {
    async get(path: string) {
      const res = await fetch(`${base}${path}`, { headers: { cookie: cookie() }, redirect: "manual" });
      keep(res);
      return res;
    },
    async post(path: string, form: Record<string, string | string[]>) {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
      const res = await fetch(`${base}${path}`, {
        method: "POST",
        headers: { cookie: cookie(), origin: base, "content-type": "application/x-www-form-urlencoded" },
        body,
        redirect: "manual",
      });
      keep(res);
      return res;
    },
  };
}

/** Mona, manager, logged in with a link from /board. */
async function manager() {
  const out = await h.send("Mona", "/board", { chat: "telegram:dm-mona", private: true });
  const b = browser();
  expect((await b.post(new URL(linkIn(out.replies[0])).pathname, {})).status).toBe(303);
  return b;
}

/** The text of a page's notice (what the last action answered), if it shows one. */
const noticeOf = (html: string) => /<div class="notice[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];

const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1]!;

/** A menu of nearly 1,000 characters (the chat's limit), over 6 kB URL-encoded, ending with a mark to look for. */
function longMenu(): string {
  const dish = "Dahl — 扁豆汤配米饭、麻婆豆腐、蔬菜沙拉、红烧茄子";
  const lines: string[] = [];
  while ((lines.join("\n") + dish).length < 960) lines.push(`${dish} ${lines.length + 1}`);
  return [...lines, "FIN DU MENU"].join("\n");
}

describe("the answer a board action leaves for the next page", () => {
  it("a menu of 1,000 characters saved from the form: the sheet shows its whole confirmation, once", async () => {
    const b = await manager();
    const menu = longMenu();
    expect(encodeURIComponent(menu).length).toBeGreaterThan(6_000);
    const form = await (await b.get("/c/1/menu/2026-12-01")).text();
    const saved = await b.post("/c/1/menu/2026-12-01", { csrf: csrfOf(form), text: menu, diets: ["vegetarian"] });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/c/1");

    const sheet = await (await b.get("/c/1")).text();
    const flash = noticeOf(sheet) ?? "";
    expect(flash).toContain("Dahl — 扁豆汤配米饭、麻婆豆腐、蔬菜沙拉、红烧茄子 1");
    expect(flash).toContain("FIN DU MENU");
    expect(bigCookies).toEqual([]);

    expect(noticeOf(await (await b.get("/c/1")).text())).toBeUndefined();
  });

  it("the answer of the figures' close form is shown on the figures page, not on the sheet", async () => {
    const b = await manager();
    await h.say("Mona", "/manger lundi", { chat: "telegram:-100" });
    h.clock.set("2026-11-30T14:00:00Z");
    const page = await (await b.get("/c/1/figures")).text();
    const res = await b.post("/c/1/close", { csrf: csrfOf(page), date: "2026-11-30", covers: "42" });
    expect(res.headers.get("location")).toBe("/c/1/figures");
    expect(noticeOf(await (await b.get("/c/1")).text())).toBeUndefined();
    expect(noticeOf(await (await b.get("/c/1/figures")).text())).toMatch(/42/);
  });
});
