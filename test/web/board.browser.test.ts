// The board end to end in Debian Chromium, on the app `npm start` runs with no token: the
// console issues the login link; the browser (a phone) logs in, takes a place and the chat's
// sheet shows it; a manager edits the menu and the announcement already posted is edited; a
// reused link does not log in. Screenshots of the pages go to docs/.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, linkIn, shot, startConsoleApp, type ConsoleApp } from "../helpers/browser.ts";

const PHONE = { width: 390, height: 844 };
let browser: Browser;
let run: ConsoleApp;
const type = (line: string, until: RegExp) => run.type(line, until);

beforeAll(async () => {
  browser = await launchChromium();
  // Monday 30 November 2026, 09:50 in Paris: the menu is announced at 10:00.
  run = await startConsoleApp("2026-11-30T08:50:00Z");
  await type("/setup Cantine du Marché", /est créée/);
  await type("@alice: /creneaux", /Planning/);
});
afterAll(async () => {
  await browser?.close();
  await run?.close();
});

describe("the board in Chromium", () => {
  it("logs in with a link printed in the console, and a place taken on the board shows in the chat's sheet", async () => {
    const link = linkIn(await type("@alice: /tableau", /\/login\//));
    const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(link);
    await shot(page, "board-login.png");
    await page.getByRole("button", { name: "Continuer en tant que alice" }).click();
    await page.waitForURL(/\/c\/1$/);
    expect(await page.textContent("h1")).toBe("Cantine du Marché");

    const tuesday = page.locator('section[aria-labelledby="s-2026-12-01"]');
    await tuesday.getByRole("button", { name: "Prendre une place : Plonge" }).click();
    await page.waitForURL(/\/c\/1$/);
    expect(await page.getByRole("status").textContent()).toContain("alice");
    expect(await tuesday.textContent()).toMatch(/Plonge 1\/2\s*:\s*alice/);
    await shot(page, "board-sheet.png");
    expect(await type("/creneaux", /Plonge/)).toMatch(/Plonge 1\/2 : alice/);
    expect(errors, errors.join("\n")).toEqual([]);
    await context.close();
  });

  it("a manager edits today's menu on the board and the announcement already posted is edited", async () => {
    const announced = await type("/tick 10:01", /Menu pas encore publié|surprise/);
    expect(announced).toContain("Cantine du Marché");
    const link = linkIn(await type("/tableau", /\/login\//));
    const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole("button", { name: /^Continuer en tant que/ }).click();
    await page.waitForURL(/\/c\/1$/);
    expect(await page.textContent("body")).toContain("Aujourd'hui");
    await shot(page, "board-manager.png");
    await page.locator('section[aria-labelledby="s-2026-11-30"]').getByRole("link", { name: "Modifier le menu" }).click();
    await page.getByLabel("Plats (un par ligne)").fill("Velouté de potimarron\nCrumble aux pommes");
    await page.getByLabel("végétarien").check();
    await page.getByLabel("gluten", { exact: true }).check();
    await shot(page, "board-menu.png");
    const from = run.printed().length;
    await page.getByRole("button", { name: "Enregistrer le menu" }).click();
    await page.waitForURL(/\/c\/1$/);
    // The ledger edits the posted announcement: the console prints its changed lines.
    await run.eventually(() => /✏️[\s\S]*Velouté de potimarron/.test(run.printed().slice(from)));
    expect(run.printed().slice(from)).toContain("Crumble aux pommes");
    // Printed, the sheet keeps the services and drops forms and navigation.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("form").first().isVisible()).toBe(false);
    expect(await page.locator("h1").isVisible()).toBe(true);
    await context.close();
  });

  it("a reused link does not log in", async () => {
    const link = linkIn(await type("@bob: /tableau", /\/login\//));
    const first = await browser.newContext({ viewport: PHONE });
    const a = await first.newPage();
    await a.goto(link);
    await a.getByRole("button", { name: /^Continuer en tant que/ }).click();
    await a.waitForURL(/\/c\/1$/);
    await first.close();

    const second = await browser.newContext({ viewport: PHONE });
    const b = await second.newPage();
    const res = await b.goto(link);
    expect(res!.status()).toBe(410);
    expect(await b.textContent("body")).toContain("Ce lien a déjà servi.");
    expect(await b.getByRole("button", { name: /^Continuer/ }).count()).toBe(0);
    await shot(b, "board-used-link.png");
    expect((await b.goto(link.replace(/\/login\/.*/, "/c/1")))!.status()).toBe(401);
    expect(await second.cookies()).toEqual([]);
    await second.close();
  });
});
