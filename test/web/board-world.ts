// A board world for tests: the real core on a real database (the harness), the board app on
// top of it, and helpers to log people in with a link issued by /board and to post its forms.
import type { Hono } from "hono";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { createBoardApp } from "../../src/web/app.ts";
import type { BoardEnv } from "../../src/web/deps.ts";
import type { Message } from "../../src/kernel/model.ts";
import { FEATURES } from "../../src/app.ts";

/** The board's address in these tests. */
export const BOARD = "http://board.test";

/** A browser-like client for one person: keeps the session cookie, sends the board's Origin. */
export interface Visitor {
  /** Cookies as a browser keeps them (paths ignored: every board path is under /). */
  jar: Map<string, string>;
  readonly cookie: string;
  get(path: string): Promise<Response>;
  post(path: string, form: Record<string, string | string[]>, headers?: Record<string, string>): Promise<Response>;
  /** The CSRF token of a page's forms. */
  csrfOf(html: string): string;
}

/** The world. */
export interface BoardWorld {
  h: Harness;
  app: Hono<BoardEnv>;
  /** The login link /board gives `user` privately (their first words in that chat make them a member). */
  linkFor(user: string, opts?: SendOptions): Promise<string>;
  /** `user` opens a fresh link and presses "Continue". */
  login(user: string, opts?: SendOptions): Promise<Visitor>;
  visitor(cookie?: string): Visitor;
}

/** The login link in a reply (its link button). */
export function linkIn(m: Message | undefined): string {
  const url = m?.buttons.flat().find((b) => b.url !== undefined)?.url;
  if (!url) throw new Error("no link button in the reply");
  return url;
}

/** Builds a world starting at `now` (a Monday morning in Paris by default). */
export async function boardWorld(now = "2026-11-30T08:00:00Z", publicUrl = BOARD): Promise<BoardWorld> {
  const h = await createHarness(now, { boardUrl: publicUrl });
  const app = createBoardApp(
    { core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => publicUrl, defaultLocale: "fr" },
    FEATURES,
  );
  const visitor = (initial = ""): Visitor => {
    const v: Visitor = {
      jar: new Map(initial ? [initial.split("=", 2) as [string, string]] : []),
      get cookie() {
        return [...v.jar].map(([k, val]) => `${k}=${val}`).join("; ");
      },
      async get(path) {
        const res = await app.request(`${publicUrl}${path}`, { headers: v.cookie ? { cookie: v.cookie } : {} });
        keep(v, res);
        return res;
      },
      async post(path, form, headers = {}) {
        const body = new URLSearchParams();
        for (const [k, val] of Object.entries(form)) for (const x of Array.isArray(val) ? val : [val]) body.append(k, x);
        const res = await app.request(`${publicUrl}${path}`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: new URL(publicUrl).origin,
            ...(v.cookie ? { cookie: v.cookie } : {}),
            ...headers,
          },
          body,
        });
        keep(v, res);
        return res;
      },
      csrfOf(html) {
        const m = /name="csrf" value="([^"]+)"/.exec(html);
        if (!m) throw new Error("no CSRF field on the page");
        return m[1]!;
      },
    };
    return v;
  };
  const world: BoardWorld = {
    h,
    app,
    visitor,
    async linkFor(user, opts = {}) {
      const chat = opts.chat ?? "telegram:-100";
      await h.send(user, "/creneaux", { ...opts, chat });
      const out = await h.send(user, "/board", { ...opts, chat: `${chat.split(":")[0]}:dm-${user.toLowerCase()}`, private: true });
      return linkIn(out.replies[0]);
    },
    async login(user, opts) {
      const link = await world.linkFor(user, opts);
      const v = visitor();
      const res = await v.post(new URL(link).pathname, {});
      if (res.status !== 303) throw new Error(`login of ${user} answered ${res.status}`);
      return v;
    },
  };
  return world;
}

/** Keeps the cookies a response sets, and forgets those it clears. */
function keep(v: Visitor, res: Response): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair = ""] = c.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    if (value === "" || /Max-Age=0/i.test(c)) v.jar.delete(name);
    else v.jar.set(name, value);
  }
}
