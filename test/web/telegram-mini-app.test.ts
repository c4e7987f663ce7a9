// POST /auth/telegram through the routes on a real database: a valid initData opens a board
// session (cookie and bearer token) once — a replay is refused; an account Tablée has never seen
// becomes a new person, whom the board tells how to join their canteen; anything else is a 401.
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { sessionPerson } from "../../src/features/board/login.ts";
import { miniAppRoutes, MINI_APP_PATH, TELEGRAM_AUTH_PATH } from "../../src/features/board/telegram/routes.ts";
import { signInitData } from "../../src/features/board/telegram/init-data.ts";
import { createBoardApp } from "../../src/web/app.ts";
import { FEATURES } from "../../src/app.ts";

const BOT = "123456:TEST-token-for-the-mini-app";
let h: Harness;
let web: Hono;
beforeEach(async () => {
  h = await createHarness("2026-12-01T10:00:00Z");
  await h.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
  web = new Hono().route("/", miniAppRoutes({ store: h.store, clock: h.clock, log: h.log, botToken: BOT, secure: true }));
});
afterEach(() => h.close());

const initData = (id: string | number, botToken = BOT, at = h.clock.now(), user: Record<string, unknown> = { first_name: "Zoé" }) =>
  signInitData({ auth_date: String(Math.floor(at.getTime() / 1000)), user: JSON.stringify({ id, ...user }), query_id: "q1" }, botToken);
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

  it("one initData opens one session: the same initData posted again is refused and opens nothing", async () => {
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    const data = initData(4242);
    expect((await post({ initData: data })).status).toBe(200);
    h.clock.set(new Date(h.clock.now().getTime() + 3_600_000));
    const replays = await Promise.all(Array.from({ length: 5 }, () => post({ initData: data })));
    for (const r of replays) {
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual({ error: "replayed" });
      expect(r.headers.get("set-cookie")).toBeNull();
    }
    expect(await h.db.prisma.boardSession.count()).toBe(1);
    // A new opening of the Mini App (Telegram signs fresh initData) logs in again.
    expect((await post({ initData: initData(4242) })).status).toBe(200);
  });

  it("two posts of one initData at the same instant open one session between them", async () => {
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    const data = initData(4242);
    const answers = await Promise.all(Array.from({ length: 8 }, () => post({ initData: data })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, ...Array(7).fill(401)]);
    expect(await h.db.prisma.boardSession.count()).toBe(1);
  });

  it("a valid initData for a Telegram account Tablée has never seen opens a session for a new person, who is told how to join a canteen in their language", async () => {
    const board = createBoardApp(
      {
        core: h.core,
        store: h.store,
        clock: h.clock,
        log: h.log,
        publicUrl: () => "https://tablee.test",
        defaultLocale: "fr",
        telegramBotToken: BOT,
      },
      FEATURES,
    );
    const res = await board.request(`https://tablee.test${TELEGRAM_AUTH_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        initData: initData(5151, BOT, h.clock.now(), { first_name: "Kofi", last_name: "Mensah", language_code: "en" }),
      }),
    });
    expect(res.status).toBe(200);
    const { token, next } = (await res.json()) as { token: string; next: string };
    const personId = await h.store.personOf("telegram:5151");
    expect(personId).not.toBeNull();
    expect(await sessionPerson(h.store, token, h.clock.now())).toBe(personId);
    expect((await h.db.prisma.person.findUniqueOrThrow({ where: { id: personId! } })).displayName).toBe("Kofi Mensah");

    const home = await board.request(`https://tablee.test${next}`, { headers: { authorization: `Bearer ${token}` } });
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('lang="en"');
    expect(html).toContain("you are not in any canteen yet");
    expect(html).toContain("/slots");
    // Once they write in their canteen's group, the same person is its member and the board opens there.
    await h.say("Kofi", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:5151", name: "Kofi Mensah" } });
    const after = await board.request(`https://tablee.test${next}`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.headers.get("location")).toBe("/c/1");
  });

  it("answers 401 to data changed after signing, stale data, data for another bot, and junk", async () => {
    await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
    const tampered = new URLSearchParams(initData(4242));
    tampered.set("user", JSON.stringify({ id: 4243, first_name: "Zoé" }));
    const stale = initData(4242, BOT, new Date(h.clock.now().getTime() - 25 * 3600_000));
    for (const body of [
      { initData: tampered.toString() },
      { initData: stale },
      { initData: initData(4242, "999:other-bot") },
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
