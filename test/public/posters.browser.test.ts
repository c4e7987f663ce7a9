// The posters end to end in Debian Chromium, on the app `npm start` runs with no token: a manager
// logs in from the console, follows the sheet's links, and prints each poster to an A4 PDF of one
// page; the print button shows (its script is allowed by the CSP). Screenshots go to docs/.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, linkIn, startConsoleApp, type ConsoleApp } from "../helpers/browser.ts";

let browser: Browser;
let run: ConsoleApp;
const type = (line: string, until: RegExp) => run.type(line, until);

beforeAll(async () => {
  browser = await launchChromium();
  // Monday 30 November 2026, 09:00 in Paris.
  run = await startConsoleApp("2026-11-30T08:00:00Z");
  await type("/setup Cantine du Marché", /est créée/);
  await type("/reglages prix-ingredients 2,80", /Réglages|enregistr/i);
  await type("/menu lundi Velouté de potimarron ; lasagnes aux épinards #vegetarien #gluten #lait #oeufs", /potimarron/);
  await type("/menu mardi Dahl de lentilles corail, riz basmati #vegan #moutarde", /Dahl/);
});
afterAll(async () => {
  await browser?.close();
  await run?.close();
});

async function managerPage(): Promise<Page> {
  const link = linkIn(await type("/tableau", /\/login\//));
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("button", { name: /^Continuer en tant que/ }).click();
  await page.waitForURL(/\/c\/1$/);
  return page;
}

/** The number of pages of a PDF (its /Type /Page objects). */
const pagesOf = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe("the posters in Chromium", () => {
  it("print from the sheet's links to one A4 page each, with their print button", async () => {
    const page = await managerPage();
    for (const [name, file, text] of [
      [/Menus de la semaine/, "poster-menu.png", /Allergènes : gluten, œufs, lait/],
      [/Prix libre/, "poster-price.png", /Chacun donne ce qu'il peut/],
    ] as const) {
      await page.goto(page.url().replace(/\/affiches\/.*$/, ""));
      await page.getByRole("link", { name }).click();
      await expect.poll(() => page.getByRole("button", { name: "Imprimer / PDF" }).isVisible()).toBe(true);
      expect(await page.locator("body").innerText()).toMatch(text);
      await page.screenshot({ path: `docs/${file}`, fullPage: true });
      const pdf = await page.pdf({ format: "A4" });
      expect(pagesOf(pdf)).toBe(1);
    }
  });
});
