// The funder report speaks to a funder: its period in dates, one line for an empty period,
// definitions in plain words.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld } from "./board-world.ts";

let w: BoardWorld;
const say = async (user: string, text: string) => (await w.h.say(user, text, { chat: "telegram:-100" })).replace(/[\u202f\u00a0]/g, " ");
const text = async (res: Response) => (await res.text()).replace(/[\u202f\u00a0]/g, " ");

/** A canteen whose first service was Tuesday 3 March 2026; today is Monday 7 December 2026. */
beforeEach(async () => {
  w = await boardWorld("2026-03-03T08:00:00Z");
  await say("Mona", "/installer Cantine du Marché");
  await say("Alice", "/cuisiner aujourd'hui chef");
  w.h.clock.set("2026-03-03T14:00:00Z");
  await say("Mona", "/cloturer couverts 40 recette 400");
  w.h.clock.set("2026-12-07T09:00:00Z");
});
afterEach(() => w.h.close());

describe("the funder report", () => {
  it("says a whole history in dates, from the first service to today", async () => {
    const mona = await w.login("Mona");
    const html = await text(await mona.get("/c/1/report?period=tout"));
    // The period's subtitle is its dates, not "Depuis le début" (which stays in the period picker).
    expect(html).toContain(`<p class="report-sub">Du 3 mars 2026 au 7 décembre 2026 ·`);
    expect(html).toMatch(/<th scope="row">Repas servis<\/th><td>40<\/td>/);
  });

  it("says an empty period in one line, without a page of unknowns", async () => {
    const mona = await w.login("Mona");
    const html = await text(await mona.get("/c/1/report?period=novembre"));
    expect(html).toContain("Aucun service tenu du 1er novembre 2026 au 30 novembre 2026 : rien à rapporter sur cette période.");
    expect(html).not.toContain("inconnu");
    expect(html).not.toContain("Chiffres clés");
  });

  it("says its period in English dates for an English canteen", async () => {
    await say("Mona", "/reglages langue en");
    const mona = await w.login("Mona");
    const html = await text(await mona.get("/c/1/report?period=all"));
    expect(html).toContain("From 3 March 2026 to 7 December 2026");
  });
});
