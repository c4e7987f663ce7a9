// POST /auth/telegram through the routes on a real database: a valid initData for a known
// Telegram account opens a board session (cookie and bearer token); anything else is a 401.
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { sessionPerson } from "../../src/core/board/login.ts";
import { miniAppRoutes, MINI_APP_PATH, TELEGRAM_AUTH_PATH } from "../../src/web/telegram/routes.ts";
import { signInitData } from "../../src/web/telegram/init-data.ts";

const BOT = "123456:TEST-token-for-the-mini-app";
let h: Harness;
let web: Hono;
beforeEach(async () => {
  h = await createHarness("2026-12-01T10:00:00Z");
  await h.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
  web = new Hono().route("/", miniAppRoutes({ store: h.store, clock: h.clock, log: h.log, botToken: BOT, secure: true }));
});
afterEach(() => h.close());

const initData = (id: string | number, botToken = BOT, at = h.clock.now()) =>
  signInitData(
    { auth_date: String(Math.floor(at.getTime() / 1000)), user: JSON.stringify({ id, first_name: "Zoé" }), query_id: "q1" },
    botToken,
  );
const post = (body: unknown) =>
  web.request(TELEGRAM_AUTH_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("logging in from the Telegram Mini App", () => {
  it("opens a session for the Telegram account: a Secure HttpOnly partitioned cookie, and the same id as a token", async () => {
    // The harness names accounts "<platform>:<lowercased name>"; Telegram ids are numbers, so use one.
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    const res = await post({ initData: initData(4242) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; next: string };
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`tablee_session=${body.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    // Framed by Telegram Web (cross-site): a partitioned SameSite=None cookie, the only kind sent there.
    expect(cookie).toMatch(/SameSite=None/);
    expect(cookie).toMatch(/Partitioned/);
    expect(await sessionPerson(h.store, body.token, h.clock.now())).toBe(await h.store.personOf("telegram:4242"));
    expect(JSON.stringify(h.log.lines)).not.toContain(body.token);
  });

  it("answers 401 to data changed after signing, stale data, data for another bot, unknown accounts and junk", async () => {
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    const tampered = new URLSearchParams(initData(4242));
    tampered.set("user", JSON.stringify({ id: 4243, first_name: "Zoé" }));
    const stale = initData(4242, BOT, new Date(h.clock.now().getTime() - 25 * 3600_000));
    for (const body of [
      { initData: tampered.toString() },
      { initData: stale },
      { initData: initData(4242, "999:other-bot") },
      { initData: initData(777) },
      { initData: "" },
      { nope: 1 },
      "not json",
    ]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect(JSON.stringify(h.log.lines)).not.toContain(stale);
  });

  it("limits attempts: after 20 in a minute from one address, even a valid login waits", async () => {
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    for (let i = 0; i < 20; i++) expect((await post({ initData: initData(4242, "999:other-bot") })).status).toBe(401);
    expect((await post({ initData: initData(4242) })).status).toBe(429);
    h.clock.set(new Date(h.clock.now().getTime() + 61_000));
    expect((await post({ initData: initData(4242) })).status).toBe(200);
  });

  it("refuses every login when no bot token is configured", async () => {
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    const bare = new Hono().route("/", miniAppRoutes({ store: h.store, clock: h.clock, log: h.log, botToken: null, secure: false }));
    const res = await bare.request(TELEGRAM_AUTH_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ initData: initData(4242) }),
    });
    expect(res.status).toBe(401);
  });

  it("serves the page with its script from our own origin and no inline script, frameable by Telegram Web only", async () => {
    const page = await web.request(MINI_APP_PATH);
    const html = await page.text();
    expect(html).toContain('<script src="/telegram/app.js" defer></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://web.telegram.org");
    const script = await web.request(`${MINI_APP_PATH}.js`);
    expect(script.headers.get("content-type")).toContain("text/javascript");
    expect(await script.text()).toContain("tgWebAppData");
  });
});
