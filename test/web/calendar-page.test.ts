// The board's calendar page through the real board app: a member gets their links with a POST
// (CSRF-checked), can revoke the old ones; nobody reaches another canteen's page by its id.
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createBoardApp } from "../../src/web/app.ts";
import type { BoardEnv } from "../../src/web/deps.ts";
import { loginLinkFor } from "../../src/features/board/index.ts";
import { FEATURES } from "../../src/app.ts";

const BOARD = "http://board.test";
let h: Harness;
let app: Hono<BoardEnv>;
beforeEach(async () => {
  h = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
  await h.say("Mona", "/setup Cantine des Pentes", { chat: "console:pentes" });
  await h.say("Alice", "/cuisiner mardi", { chat: "console:pentes" });
  app = createBoardApp({ core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => BOARD, defaultLocale: "fr" }, FEATURES);
});
afterEach(() => h.close());

/** Logs `address` in with a fresh login link; returns the session cookie. */
async function login(address: string): Promise<string> {
  const link = await loginLinkFor(h.core.deps, address);
  const res = await app.request(new URL(link!.url).pathname, { method: "POST", headers: { origin: BOARD } });
  expect(res.status).toBe(303);
  return /tablee_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
}
const canteenId = async () => (await h.store.canteensOf("console:mona"))[0]!.id;
const csrfOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)![1]!;
const post = (path: string, cookie: string, form: Record<string, string>) =>
  app.request(path, {
    method: "POST",
    headers: { cookie, origin: BOARD, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
  });
const linksIn = (page: string) => [...page.matchAll(/value="(http:\/\/board\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics)"/g)].map((m) => m[1]!);

describe("the board's calendar page", () => {
  it("is linked from the sheet, shows no link on GET, and gives the two links on POST with subscribe buttons; they serve the feeds", async () => {
    const cookie = await login("console:alice");
    const id = await canteenId();
    expect(await (await app.request(`/c/${id}`, { headers: { cookie } })).text()).toContain(`href="/c/${id}/calendar"`);
    const page = await (await app.request(`/c/${id}/calendar`, { headers: { cookie } })).text();
    expect(page).toContain("📅 Mes calendriers");
    expect(linksIn(page)).toEqual([]);
    const res = await post(`/c/${id}/calendar`, cookie, { csrf: csrfOf(page) });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    const [shifts, canteen] = linksIn(html);
    // Each link can be subscribed to (webcal://), added to Google Calendar by URL, or downloaded.
    const webcal = shifts!.replace("http://", "webcal://");
    expect(html).toContain(`href="${webcal}"`);
    expect(html).toContain(`href="https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}"`);
    expect(html).toContain(`href="${shifts}" download`);
    expect(html).not.toContain("/calendrier nouveau");
    const feed = await app.request(new URL(shifts!).pathname);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("SUMMARY:Cuisine — Cantine des Pentes");
    expect((await app.request(new URL(canteen!).pathname)).status).toBe(200);
  });

  it("revokes every old link with reset", async () => {
    const cookie = await login("console:alice");
    const id = await canteenId();
    const csrf = csrfOf(await (await app.request(`/c/${id}/calendar`, { headers: { cookie } })).text());
    const old = linksIn(await (await post(`/c/${id}/calendar`, cookie, { csrf })).text());
    const page = await (await post(`/c/${id}/calendar`, cookie, { csrf, reset: "1" })).text();
    expect(page).toContain("🔒 Tes 2 anciens liens ne marchent plus.");
    for (const url of old) expect((await app.request(new URL(url).pathname)).status).toBe(404);
    for (const url of linksIn(page)) expect((await app.request(new URL(url).pathname)).status).toBe(200);
  });

  it("refuses a post without the form's token, a visitor not logged in, and a member of another canteen", async () => {
    const id = await canteenId();
    const cookie = await login("console:alice");
    expect((await post(`/c/${id}/calendar`, cookie, { csrf: "forged" })).status).toBe(403);
    expect((await app.request(`/c/${id}/calendar`)).status).toBe(401);
    await h.say("Zed", "/setup Autre Cantine", { chat: "console:autre" });
    const stranger = await login("console:zed");
    const other = await (await app.request(`/c/${id}/calendar`, { headers: { cookie: stranger } })).text();
    expect(other).not.toContain("Mes calendriers");
    expect((await app.request(`/c/${id}/calendar`, { headers: { cookie: stranger } })).status).toBe(404);
    expect((await post(`/c/${id}/calendar`, stranger, { csrf: "x" })).status).toBe(404);
    expect(await h.db.prisma.calendarFeed.count()).toBe(0);
  });

  it("escapes what people typed: a canteen name with markup shows as text on the page and in the feed", async () => {
    await h.say("Eve", '/setup <script>alert(1)</script> "onload=x"', { chat: "console:evil" });
    const cookie = await login("console:eve");
    const id = (await h.store.canteensOf("console:eve"))[0]!.id;
    const page = await (await app.request(`/c/${id}/calendar`, { headers: { cookie } })).text();
    const res = await (await post(`/c/${id}/calendar`, cookie, { csrf: csrfOf(page) })).text();
    expect(res).not.toContain("<script>alert");
    expect(res).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const feed = await (await app.request(new URL(linksIn(res)[1]!).pathname)).text();
    expect(feed).toContain('X-WR-CALNAME:Tablée — <script>alert(1)</script> "onload=x"');
  });
});
