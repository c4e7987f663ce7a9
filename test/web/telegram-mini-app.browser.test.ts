// The Telegram Mini App in a real Chromium: Telegram opens the app's URL with the signed initData
// in the fragment (#tgWebAppData=…); the page's own script posts it and lands on the board
// logged in on the real board. Tampered initData leaves the person logged out, with a message saying what to do.
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createBoardApp } from "../../src/web/app.ts";
import { signInitData } from "../../src/features/board/telegram/init-data.ts";
import { MINI_APP_PATH } from "../../src/features/board/telegram/routes.ts";
import { FEATURES } from "../../src/app.ts";

const BOT = "123456:TEST-token-for-the-mini-app";
let browser: Browser;
let h: Harness;
let server: ServerType;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

beforeEach(async () => {
  h = await createHarness("2026-12-01T10:00:00Z");
  await h.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
  await h.say("Zoé", "/creneaux", { chat: "telegram:-100", author: { address: "telegram:4242", name: "Zoé" } });
  // The real board, with the Mini App routes mounted as src/app.ts mounts them.
  const app = createBoardApp(
    { core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => base, defaultLocale: "fr", telegramBotToken: BOT },
    FEATURES,
  );
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  await h.close();
});

const initData = (id: number) =>
  signInitData(
    { auth_date: String(Math.floor(h.clock.now().getTime() / 1000)), user: JSON.stringify({ id, first_name: "Zoé" }), query_id: "AAE1" },
    BOT,
  );
const appUrl = (data: string) =>
  `${base}${MINI_APP_PATH}#tgWebAppData=${encodeURIComponent(data)}&tgWebAppVersion=8.0&tgWebAppPlatform=android`;

describe("the Telegram Mini App in Chromium", () => {
  it("logs the Telegram account in from the signed initData and opens the board", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(appUrl(initData(4242)));
    // The board opens on the canteen's sheet, which only a logged-in member reaches.
    await page.waitForURL(/\/c\/\d+$/);
    expect(await page.textContent("h1")).toContain("Cantine");
    expect(await page.context().cookies()).toEqual([expect.objectContaining({ name: "tablee_session", httpOnly: true, sameSite: "Lax" })]);
    const token = await page.evaluate("sessionStorage.getItem('tablee_session')");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stays logged out with initData changed after signing, and says how to get in", async () => {
    const page = await browser.newPage();
    const tampered = new URLSearchParams(initData(4242));
    tampered.set("user", JSON.stringify({ id: 4242, first_name: "Mallory" }));
    await page.goto(appUrl(tampered.toString()));
    await page.waitForFunction("document.getElementById('status')?.textContent?.includes('refusée')");
    expect(page.url()).toContain(MINI_APP_PATH);
    expect(await page.context().cookies()).toEqual([]);
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/`); // not sent on to a canteen's sheet
    await page.close();
  });
});
