// The client address the board's login limits count, on a real HTTP server (the socket's
// address is real): with TRUST_PROXY=1, two people behind one reverse proxy have separate
// allowances, read from the address the proxy appended to X-Forwarded-For; without it, a forged
// X-Forwarded-For changes nothing — every request from the socket shares one allowance.
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createHttpServer, type HttpServer } from "../../src/http.ts";
import { LOGIN_ATTEMPTS_PER_MINUTE } from "../../src/features/board/web/login-routes.ts";
import { serveBoard } from "../../src/web/serve.ts";
import { TELEGRAM_AUTH_PATH } from "../../src/features/board/telegram/paths.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { FEATURES } from "../../src/app.ts";

let h: Harness | undefined;
let http: HttpServer | undefined;
afterEach(async () => {
  await http?.close();
  await h?.close();
});

/** The board on a real server, trusting `trustProxy` proxies; returns its base URL. */
async function board(trustProxy: number): Promise<string> {
  h = await createHarness("2026-11-30T08:00:00Z");
  http = createHttpServer(0, h.log);
  let base = "";
  serveBoard(
    http,
    {
      core: h.core,
      store: h.store,
      clock: h.clock,
      log: h.log,
      publicUrl: () => base,
      defaultLocale: "fr",
      trustProxy,
      telegramBotToken: "123456:TEST-token",
    },
    FEATURES,
  );
  base = `http://127.0.0.1:${await http.listen()}`;
  return base;
}

/** Opens an invented login link as if forwarded for `forwardedFor`; returns the status (404 unknown link, 429 limited). */
async function attempt(base: string, forwardedFor?: string): Promise<number> {
  const res = await fetch(`${base}/login/${"A".repeat(43)}`, { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });
  await res.arrayBuffer();
  return res.status;
}

describe("the client address behind a reverse proxy (TRUST_PROXY)", () => {
  it("is read from X-Forwarded-For behind one trusted proxy: two people there have separate login limits", async () => {
    const base = await board(1);
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++) expect(await attempt(base, "203.0.113.7")).toBe(404);
    expect(await attempt(base, "203.0.113.7")).toBe(429);
    expect(await attempt(base, "198.51.100.9")).toBe(404);
    // What the client wrote itself is further left than what the proxy appended: it does not count.
    expect(await attempt(base, "198.51.100.9, 203.0.113.7")).toBe(429);
    expect(await attempt(base, "203.0.113.7, 198.51.100.9")).toBe(404);
  });

  it("is the socket's by default: a forged X-Forwarded-For changes nothing", async () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    const base = await board(0);
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++) expect(await attempt(base, `198.51.100.${i}`)).toBe(404);
    expect(await attempt(base, "192.0.2.1")).toBe(429);
    expect(await attempt(base)).toBe(429);
  });

  it("counts the Mini App's logins the same way", async () => {
    const base = await board(1);
    const login = async (forwardedFor: string) =>
      (
        await fetch(`${base}${TELEGRAM_AUTH_PATH}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor, origin: base },
          body: JSON.stringify({ initData: "junk" }),
        })
      ).status;
    for (let i = 0; i < 20; i++) expect(await login("203.0.113.7")).toBe(401);
    expect(await login("203.0.113.7")).toBe(429);
    expect(await login("198.51.100.9")).toBe(401);
  });

  it("is a number of hops from 0 to 10", () => {
    expect(loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    for (const bad of ["-1", "yes", "11", "1.5"]) expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });
});
