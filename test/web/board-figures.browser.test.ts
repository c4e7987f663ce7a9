// The managers' figures end to end in Debian Chromium, on the app `npm start` runs with no token:
// a manager closes a service in the board's form and /impact in the console chat changes; the
// funder report prints to an A4 PDF with its figures and definitions. Screenshots go to docs/.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_DEFINITIONS } from "../../src/features/impact/definitions.ts";
import { launchChromium, linkIn, shot, startConsoleApp, type ConsoleApp } from "../helpers/browser.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1024, height: 860 };
let browser: Browser;
let run: ConsoleApp;
/** Types a console line, waits for `until`, and returns what the bot printed with plain spaces. */
const type = async (line: string, until: RegExp) => (await run.type(line, until)).replace(/[\u202f\u00a0]/g, " ");

/** A manager's browser, logged in with a fresh link from the console. */
async function managerPage(viewport: { width: number; height: number }): Promise<Page> {
  const link = linkIn(await type("/tableau", /\/login\//));
  const context = await browser.newContext({ viewport, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("button", { name: /^Continuer en tant que/ }).click();
  await page.waitForURL(/\/c\/1$/);
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
  // Monday 2 November 2026, 09:00 in Paris.
  run = await startConsoleApp("2026-11-02T08:00:00Z");
  await type("/installer Cantine du Marché", /est créée/);
  await type("/reglages prix-ingredients 3,50", /3,50/);
  await type("/reglages prix-fonctionnement 9", /9/);
  await type("@carl: /manger", /carl/i);
  // After Monday's lunch: the survey is posted to the group (only there can it be answered).
  await type("/horloge 2026-11-02 14:30", /comment c'était/);
  await type("/horloge 2026-11-03 09:00", /\d/);
  await type("@dana: /manger", /dana/i);
  await type("/horloge 2026-11-04 15:00", /\d/);
  await type("/cloturer 2026-11-02 couverts 40 recette 400 courses 120", /Enregistré/);
  // Five anonymous answers per question for Monday, as the survey buttons send them.
  for (const [i, a] of ["oui", "oui", "plutot-oui", "plutot-oui", "non"].entries()) {
    const answer = { oui: "yes", "plutot-oui": "rather-yes", non: "no" }[a]!;
    await type(`@guest${i}: /enquete 2026-11-02 welcome ${answer}`, /Merci/);
    await type(`@guest${i}: /enquete 2026-11-02 confidence ${i === 4 ? "rather-no" : "yes"}`, /Merci/);
  }
  // Five answers wait in memory until Monday's survey closes, a week later: then they are counted.
  await type("/horloge 2026-11-10 09:00", /\d/);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await run?.close();
});

describe("the managers' figures in Chromium", () => {
  it("a manager closes a service in the board's form, and /impact in the chat changes", async () => {
    expect(await type("/impact", /Repas servis/)).toContain("Repas servis : 40");
    const page = await managerPage(DESKTOP);
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.getByRole("link", { name: /Chiffres et clôtures/ }).click();
    await page.waitForURL(/\/c\/1\/figures$/);
    const tuesday = page.locator('form[aria-labelledby="close-2026-11-03"]');
    expect(await tuesday.isVisible()).toBe(true);
    expect(await page.locator("svg[role=img]").count()).toBe(5);
    await shot(page, "board-figures.png");
    await tuesday.getByLabel("Couverts servis").fill("31");
    await tuesday.getByLabel(/^Recette/).fill("250");
    await tuesday.getByRole("button", { name: /Clôturer le service du mar\. 3\/11/ }).click();
    await page.waitForURL(/\/c\/1\/figures$/);
    expect(await page.getByRole("status").textContent()).toContain("Couverts : 31");
    expect(await page.locator('form[aria-labelledby="close-2026-11-03"]').count()).toBe(0);
    const impact = await type("/impact", /Repas servis/);
    expect(impact).toContain("Repas servis : 71");
    expect(impact).toContain("Recette : 650 €");
    expect(errors, errors.join("\n")).toEqual([]);
    await page.context().close();

    const phone = await managerPage(PHONE);
    await phone.goto(phone.url().replace(/\/c\/1$/, "/c/1/figures"));
    // Nothing wider than a phone's screen.
    expect((await phone.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(PHONE.width);
    await phone.locator("#charts").scrollIntoViewIfNeeded();
    await shot(phone, "board-figures-phone.png");
    await phone.context().close();
  });

  it("the funder report prints to an A4 PDF with its figures, the questions asked and the definitions", async () => {
    const page = await managerPage(DESKTOP);
    await page.goto(page.url().replace(/\/c\/1$/, "/c/1/figures"));
    await page.getByRole("link", { name: "Rapport pour les financeurs" }).click();
    await page.waitForURL(/\/c\/1\/report/);
    await shot(page, "board-report.png");
    await page.emulateMedia({ media: "print" });
    // What prints: the figures and definitions, not the period form nor the navigation.
    expect(await page.locator("form.period").isVisible()).toBe(false);
    expect(await page.locator("header.top").isVisible()).toBe(false);
    const printedText = (await page.locator("main").innerText()).replace(/[\u202f\u00a0]/g, " ");
    expect(printedText).toMatch(/Repas servis\s+71/);
    expect(printedText).toMatch(/Repas par service\s+35,5/);
    expect(printedText).toMatch(/Accueil\s+80 % \(5 réponses\)/);
    expect(printedText).toMatch(/Confiance\s+80 % \(5 réponses\)/);
    expect(printedText).toMatch(/Recette\s+650 €/);
    expect(printedText).toContain("Tu t'es senti·e accueilli·e comme tu es, sans avoir à jouer un rôle ?");
    expect(printedText).toContain(FIGURE_DEFINITIONS["meals-served"].fr.definition);
    expect(printedText).toContain(FIGURE_DEFINITIONS["costs-covered"].fr.definition);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    // A4 is 595 × 842 points.
    expect(raw).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/);
    const pages = raw.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.context().close();

    const phone = await managerPage(PHONE);
    await phone.goto(phone.url().replace(/\/c\/1$/, "/c/1/report"));
    expect((await phone.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, "board-report-phone.png");
    await phone.context().close();
  });
});
