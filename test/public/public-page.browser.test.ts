// The public page end to end in Debian Chromium, on the app `npm start` runs with no token: a
// manager sets the address in the console and asks /page for the link; a guest's phone (360 px
// wide, JavaScript off) opens it in English, reads the menu and its allergens, switches to French;
// nothing is wider than the screen; a guest says they are coming, and the chat's headcount counts
// them. Screenshots go to docs/.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, shot, startConsoleApp, type ConsoleApp } from "../helpers/browser.ts";

const PHONE = { width: 360, height: 780 };
let browser: Browser;
let run: ConsoleApp;
const type = (line: string, until: RegExp) => run.type(line, until);

beforeAll(async () => {
  browser = await launchChromium();
  // Monday 30 November 2026, 09:00 in Paris.
  run = await startConsoleApp("2026-11-30T08:00:00Z");
  await type("/setup Cantine du Marché", /est créée/);
  await type("/reglages adresse 4 place du Marché, 75011 Paris — entrée par la cour intérieure du bâtiment B", /Réglages|enregistr/i);
  await type("/reglages acces Métro Voltaire (ligne 9), bus 56 ; rampe d'accès pour fauteuils à gauche du porche", /Réglages|enregistr/i);
  await type("/reglages prix-ingredients 2,80", /Réglages|enregistr/i);
  await type(
    "/menu lundi Velouté de potimarron ; lasagnes aux épinards et à la ricotta ; compote #vegetarien #gluten #lait #oeufs",
    /potimarron/,
  );
  await type("/fermeture 2026-12-21 au 2027-01-01 vacances d'hiver", /vacances/);
});
afterAll(async () => {
  await browser?.close();
  await run?.close();
});

describe("the public page in Chromium", () => {
  it("opens from /page's link on a phone without JavaScript, in English, with no horizontal scroll, and switches to French", async () => {
    const printed = await type("/page", /\/p\/cantine-du-marche/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/p\/cantine-du-marche)/.exec(printed)![1]!;
    const context = await browser.newContext({ viewport: PHONE, locale: "en-GB", javaScriptEnabled: false });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const res = await page.goto(link);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Cantine du Marché — a community canteen");
    const monday = page.locator('section[aria-labelledby="d-2026-11-30"]');
    expect(await monday.textContent()).toContain("Allergens: gluten, eggs, milk");
    expect(await page.textContent("body")).toContain("Closed from Monday 21 December to Friday 1 January 2027 (vacances d'hiver)");
    const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await shot(page, "public-page-en.png");

    await page.getByRole("link", { name: "Français" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.textContent("h1")).toBe("Cantine du Marché — cantine participative");
    expect(await monday.textContent()).toContain("Allergènes : gluten, œufs, lait");
    expect((await page.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: "docs/public-page.png", fullPage: true });
    expect(errors, errors.join("\n")).toEqual([]);
    await context.close();
  });

  it("takes an I'm coming without JavaScript: the count goes into the chat's headcount", async () => {
    const before = await type("/couverts lundi", /couvert/);
    expect(before).toMatch(/0 couvert/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/p\/cantine-du-marche)/.exec(await type("/page", /\/p\/cantine-du-marche/))![1]!;
    const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link);
    const monday = page.locator('section[aria-labelledby="d-2026-11-30"]');
    await monday.getByLabel("Combien serez-vous ?").selectOption("3");
    await monday.getByLabel("Votre prénom (facultatif)").fill("Samia");
    await monday.getByRole("button", { name: "Je viens" }).click();
    await page.waitForURL(/vu=thanks/);
    expect(await page.getByRole("status").textContent()).toContain("Merci, c'est noté pour le lundi 30 novembre");
    expect(await page.textContent("body")).not.toContain("Samia");
    expect((await page.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(PHONE.width);
    await shot(page, "public-page-coming.png");
    expect(await type("/couverts lundi", /couvert/)).toMatch(/3 couverts/);
    await context.close();
  });
});
