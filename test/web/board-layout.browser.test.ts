// Every page of the board fits a 360 px phone and a 1366 px desktop, in Debian Chromium: a page
// wider than the window (a table, a chart, a long link pushing it out) fails. The world is a
// network of two canteens with a month of closed services, so tables and charts are full.
// Screenshots of each page at both sizes go to docs/layout/.
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEATURES } from "../../src/app.ts";
import { createBoardApp } from "../../src/web/app.ts";
import { launchChromium } from "../helpers/browser.ts";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { linkIn } from "./board-world.ts";

const SIZES = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1366, height: 768 },
] as const;
const EAST: SendOptions = { chat: "telegram:-100" };
const WEST: SendOptions = { chat: "telegram:-200" };
const dm = (user: string): SendOptions => ({ chat: `telegram:dm-${user.toLowerCase()}`, private: true });

let browser: Browser;
let h: Harness;
let server: ServerType;
let base: string;

/** The dates Monday to Friday of November 2026. */
const NOVEMBER = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`).filter((d) => {
  const day = new Date(`${d}T12:00:00Z`).getUTCDay();
  return day >= 1 && day <= 5 && d !== "2026-11-11";
});

beforeAll(async () => {
  browser = await launchChromium();
  // The server first, so the login links the chat gives name its address.
  const served: { app?: ReturnType<typeof createBoardApp> } = {};
  server = serve({ fetch: (req) => served.app!.fetch(req), port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = await createHarness("2026-11-02T08:00:00Z", { boardUrl: base });
  served.app = createBoardApp(
    { core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => base, defaultLocale: "fr" },
    FEATURES,
  );

  await h.say("Mona", "/installer Cantine de la Place des Fêtes de Belleville", EAST);
  await h.say("Nina", "/installer Cantine Ouest", WEST);
  await h.say("Mona", "/reglages prix-ingredients 3,50", EAST);
  await h.say("Mona", "/reglages prix-fonctionnement 9", EAST);
  await h.say("Mona", "/reseau creer Les Petites Cantines du Grand Paris", EAST);
  const code = /(?:rejoindre|join) ([A-Z0-9]{8})/.exec(await h.say("Mona", "/reseau inviter", dm("Mona")))![1]!;
  await h.say("Nina", `/reseau rejoindre ${code}`, WEST);
  // A month of services in both canteens, each closed with covers, takings and ingredients.
  for (const [i, date] of NOVEMBER.entries()) {
    h.clock.set(`${date}T08:00:00Z`);
    await h.say(`Cook${i % 7}`, `/cuisiner ${date}`, EAST);
    await h.say(`Eater${i % 5}`, `/manger ${date}`, EAST);
    h.clock.set(`${date}T15:00:00Z`);
    await h.say("Mona", `/cloturer ${date} couverts ${30 + (i % 9)} recette ${250 + i * 7},50 courses ${90 + i}`, EAST);
    await h.say("Nina", `/cloturer ${date} couverts ${20 + (i % 5)} recette ${180 + i * 3} courses ${70 + i}`, WEST);
  }
  h.clock.set("2026-12-02T08:00:00Z");
  await h.say("Mona", "/menu mercredi Velouté de potimarron, lentilles corail au lait de coco, riz basmati #vegetarien #lait", EAST);
  for (const who of ["Zoé", "Ali", "Béatrice"]) await h.say(who, "/cuisiner mercredi", EAST);
  await h.say("Zoé", "/manger mercredi 2", EAST);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((r) => server.close(r));
  await h?.close();
});

/** A browser of `user` at one size, logged in with a fresh /tableau link. */
async function loggedIn(user: string, size: (typeof SIZES)[number]): Promise<Page> {
  await h.send(user, "/creneaux", EAST);
  const link = linkIn((await h.send(user, "/tableau", { ...dm(user), chat: `telegram:dm-${user.toLowerCase()}` })).replies[0]);
  const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: "fr-FR" })).newPage();
  await page.goto(link);
  await page.getByRole("button", { name: /^Continuer en tant que/ }).click();
  await page.waitForURL(/\/c\/\d+$/);
  return page;
}

/**
 * What does not fit, in CSS pixels: the page wider than the window, and each box whose content
 * is wider than the box and cut (overflow hidden) — or, on a desktop, scrolled sideways at all.
 */
const overflow = async (page: Page, desktop: boolean): Promise<Record<string, number>> =>
  (await page.evaluate(`(() => {
    const desktop = ${desktop};
    const out = {};
    const page = document.documentElement.scrollWidth - window.innerWidth;
    if (page > 0) out.page = page;
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const over = el.scrollWidth - el.clientWidth;
      // A box of 1 px or less is hidden on purpose (a caption for screen readers).
      if (over <= 1 || el.clientWidth <= 1) continue;
      // A field holding a long address scrolls inside itself, as fields do.
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) continue;
      const x = getComputedStyle(el).overflowX;
      const cut = x === "hidden" || x === "clip";
      const scrolls = x === "auto" || x === "scroll";
      if (cut || (desktop && scrolls)) out[el.tagName.toLowerCase() + "." + el.className] = over;
    }
    return out;
  })()`)) as Record<string, number>;

/** Opens `path`, screenshots it, and returns what does not fit. */
async function visit(page: Page, path: string, shotName: string): Promise<Record<string, number>> {
  const res = await page.goto(`${base}${path}`);
  expect(res?.status(), path).toBeLessThan(500);
  mkdirSync(join("docs", "layout"), { recursive: true });
  await page.screenshot({ path: join("docs", "layout", `${shotName}.png`), fullPage: true });
  return overflow(page, (page.viewportSize()?.width ?? 0) > 1000);
}

describe.each(SIZES)("the board at $width px", (size) => {
  it("a manager's pages fit the window: sheet, menu, calendar, figures, network, report", { timeout: 120_000 }, async () => {
    const page = await loggedIn("Mona", size);
    const pages: [string, string][] = [
      ["/c/1", "sheet"],
      ["/c/1/menu/2026-12-02", "menu"],
      ["/c/1/calendar", "calendar"],
      ["/c/1/figures?period=2026-11", "figures"],
      ["/c/1/network?period=2026-11", "network"],
      ["/c/1/report?period=2026-11", "report"],
      ["/c/1/report?scope=network&period=2026-11", "report-network"],
      ["/", "home"],
    ];
    const wide: Record<string, Record<string, number>> = {};
    for (const [path, name] of pages) {
      const over = await visit(page, path, `${name}-${size.name}`);
      if (Object.keys(over).length > 0) wide[path] = over;
    }
    // The calendar page once its links are given: long addresses must wrap, not push the page out.
    await page.goto(`${base}/c/1/calendar`);
    await page.getByRole("button", { name: "Obtenir mes liens" }).click();
    await page.waitForSelector("text=webcal", { timeout: 10_000 }).catch(() => undefined);
    await page.screenshot({ path: join("docs", "layout", `calendar-links-${size.name}.png`), fullPage: true });
    const links = await overflow(page, size.width > 1000);
    if (Object.keys(links).length > 0) wide["calendar links"] = links;
    expect(wide).toEqual({});
    await page.context().close();
  });

  it("a volunteer's pages fit too, and so do the login page and a refusal", { timeout: 120_000 }, async () => {
    await h.send("Zoé", "/creneaux", EAST);
    const link = linkIn((await h.send("Zoé", "/tableau", dm("Zoé"))).replies[0]);
    const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: "fr-FR" })).newPage();
    const wide: Record<string, Record<string, number>> = {};
    await page.goto(link);
    mkdirSync(join("docs", "layout"), { recursive: true });
    await page.screenshot({ path: join("docs", "layout", `login-${size.name}.png`), fullPage: true });
    const login = await overflow(page, size.width > 1000);
    if (Object.keys(login).length > 0) wide.login = login;
    await page.getByRole("button", { name: /^Continuer en tant que/ }).click();
    await page.waitForURL(/\/c\/\d+$/);
    for (const [path, name] of [
      ["/c/1", "sheet-volunteer"],
      ["/c/1/calendar", "calendar-volunteer"],
      ["/c/1/me", "profile-volunteer"],
      ["/c/1/figures", "refused"],
    ] as const) {
      const over = await visit(page, path, `${name}-${size.name}`);
      if (Object.keys(over).length > 0) wide[path] = over;
    }
    // The refusal speaks of the page, not of a chat command.
    expect(await page.textContent("main")).toContain("Cette page est réservée aux gérant·es de la cantine.");
    expect(wide).toEqual({});
    await page.context().close();
  });
});
