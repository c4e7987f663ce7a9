// The canteen's public page through the real board app, with plain requests: off until a manager
// sets an address (or turns it on), then the place, the times, the closures, the week's menus with
// their allergens and the free price, in the visitor's language, with no one's name on it and
// every typed text escaped; its link previews; and /page, which gives the link.
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createBoardApp } from "../../src/web/app.ts";
import type { BoardEnv } from "../../src/web/deps.ts";
import { FEATURES } from "../../src/app.ts";
import { acceptedLocale } from "../../src/features/public/web/routes.ts";

const BOARD = "http://board.test";
const PAGE = "/p/cantine-des-pentes";
const chat = "console:pentes";
let h: Harness;
let app: Hono<BoardEnv>;
beforeEach(async () => {
  // Monday 30 November 2026, 9:00 in Lyon.
  h = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
  await h.say("Mona", "/setup Cantine des Pentes", { chat });
  await h.say("Alice", "/cuisiner mardi", { chat });
  await h.say("Bruno", "/manger mardi", { chat });
  app = createBoardApp({ core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => BOARD, defaultLocale: "fr" }, FEATURES);
});
afterEach(() => h.close());

const get = (path: string, headers: Record<string, string> = {}) => app.request(`${BOARD}${path}`, { headers });
const body = async (path: string, headers: Record<string, string> = {}) => {
  const res = await get(path, headers);
  expect(res.status).toBe(200);
  return res.text();
};
/** The page as a person reads it: tags dropped, entities decoded, spaces squeezed. */
const readable = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];

async function setUp(): Promise<void> {
  await h.say("Mona", "/reglages adresse 12 rue des Tables, 69001 Lyon", { chat });
  await h.say("Mona", "/reglages acces Métro Croix-Paquet, porte bleue au fond de la cour", { chat });
  await h.say("Mona", "/reglages prix-ingredients 2,80", { chat });
  await h.say("Mona", "/reglages prix-fonctionnement 1,50", { chat });
  await h.say("Mona", "/menu lundi Soupe de courge ; pain #vegetarien #gluten", { chat });
  await h.say("Mona", "/menu mardi Gratin dauphinois #lait #oeufs", { chat });
  await h.say("Mona", "/fermeture 2026-12-03 grève des cantines", { chat });
}

describe("the public page", () => {
  it("answers 404 until a manager sets an address, and for a slug no canteen has", async () => {
    expect((await get(PAGE)).status).toBe(404);
    expect((await get("/p/nulle-part")).status).toBe(404);
    expect((await get("/p/..%2Fc%2F1")).status).toBe(404);
    await h.say("Mona", "/reglages adresse 12 rue des Tables, 69001 Lyon", { chat });
    expect((await get(PAGE)).status).toBe(200);
    expect((await get("/p/nulle-part")).status).toBe(404);
  });

  it("shows the place, how to come, the days and time, the closures, the week's menus with allergens and diets, and the price", async () => {
    await setUp();
    const text = readable(await body(PAGE, { "accept-language": "fr-FR,fr;q=0.9" }));
    expect(text).toContain("Cantine des Pentes — cantine participative");
    expect(text).toContain("12 rue des Tables, 69001 Lyon");
    expect(text).toContain("Comment venir : Métro Croix-Paquet, porte bleue au fond de la cour");
    expect(text).toContain("Ouvert le lundi, mardi, mercredi, jeudi, vendredi, repas à 12:30.");
    expect(text).toContain("Fermé le jeudi 3 décembre ( grève des cantines )");
    expect(text).toMatch(/Fermé le vendredi 25 décembre \( (Noël|Jour de Noël) \)/);
    expect(text).toMatch(/Lundi 30 novembre Soupe de courge ; pain 🌱 Convient : végétarien ⚠️ Allergènes : gluten/);
    expect(text).toMatch(/Mardi 1er décembre Gratin dauphinois ⚠️ Allergènes : œufs, lait/);
    expect(text).toMatch(/Mercredi 2 décembre Menu pas encore publié\./);
    // The closed Thursday is no service; Friday is, and next Monday is past the seven days.
    expect(text).not.toMatch(/Jeudi 3 décembre/);
    expect(text).toContain("Vendredi 4 décembre");
    expect(text).not.toContain("Lundi 7 décembre");
    expect(text).toContain("Les 14 allergènes réglementaires : gluten, crustacés, œufs, poisson, arachides, soja, lait, fruits à coque");
    expect(text).toMatch(/Un repas nous coûte 4,30 € \(2,80 € d'ingrédients, 1,50 € de fonctionnement\)/);
  });

  it("names no person: not the managers, the cooks nor the guests who answered", async () => {
    await setUp();
    for (const lang of ["fr", "en"]) {
      const page = await body(`${PAGE}?lang=${lang}`);
      for (const name of ["Mona", "Alice", "Bruno", "mona", "alice", "bruno"]) expect(page).not.toContain(name);
    }
  });

  it("speaks the browser's language, switches with a link, and the link's choice wins", async () => {
    await setUp();
    const en = await body(PAGE, { "accept-language": "en-GB,en;q=0.9,fr;q=0.5" });
    expect(en).toContain('<html lang="en">');
    expect(readable(en)).toContain("Tuesday 1 December Gratin dauphinois ⚠️ Allergens: eggs, milk");
    expect(readable(en)).toContain("A meal costs us €4.30");
    expect(en).toContain('<a class="lang" href="?lang=fr" hreflang="fr" lang="fr">Français</a>');
    const fr = await body(`${PAGE}?lang=fr`, { "accept-language": "en" });
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('href="?lang=en"');
    // Neither French nor English asked: the canteen's own language.
    expect(await body(PAGE, { "accept-language": "de-DE,de" })).toContain('<html lang="fr">');
  });

  it("escapes everything a manager typed", async () => {
    await h.say("Mona", '/reglages adresse <script>alert("adresse")</script> 1 rue & Cie', { chat });
    await h.say("Mona", "/reglages acces <img src=x onerror=alert(1)>", { chat });
    await h.say("Mona", '/menu mardi <b>gras</b> "soupe" #lait', { chat });
    const page = await body(PAGE);
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>gras");
    expect(page).toContain("&lt;script&gt;alert(&quot;adresse&quot;)&lt;/script&gt; 1 rue &amp; Cie");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("gives link previews: Open Graph and Twitter card tags with the canteen's name and today's menu", async () => {
    await setUp();
    const page = await body(PAGE);
    expect(meta(page, "og:title")).toBe("Cantine des Pentes — cantine participative");
    expect(meta(page, "og:site_name")).toBe("Cantine des Pentes");
    expect(meta(page, "og:description")).toBe("Aujourd&#39;hui : Soupe de courge ; pain");
    expect(meta(page, "og:url")).toBe(`${BOARD}${PAGE}`);
    expect(meta(page, "og:type")).toBe("website");
    expect(meta(page, "twitter:card")).toBe("summary");
    expect(meta(page, "twitter:title")).toBe("Cantine des Pentes — cantine participative");
    expect(meta(page, "twitter:description")).toBe("Aujourd&#39;hui : Soupe de courge ; pain");
  });

  it("previews the next menu published when today has none", async () => {
    await h.say("Mona", "/reglages adresse 12 rue des Tables", { chat });
    await h.say("Mona", "/menu mercredi Tajine de légumes", { chat });
    expect(meta(await body(PAGE), "og:description")).toBe("mercredi 2 décembre : Tajine de légumes");
  });

  it("is off with page non even with an address, and on with page oui without one; defaut follows the address", async () => {
    await h.say("Mona", "/reglages adresse 12 rue des Tables", { chat });
    expect(await h.say("Mona", "/reglages page non", { chat })).toContain("Page publique : hors ligne");
    expect((await get(PAGE)).status).toBe(404);
    await h.say("Mona", "/reglages adresse -", { chat });
    expect(await h.say("Mona", "/reglages page oui", { chat })).toContain("Page publique : en ligne · adresse : —");
    expect(readable(await body(PAGE))).toContain("Adresse pas encore donnée.");
    expect(await h.say("Mona", "/reglages page defaut", { chat })).toContain("hors ligne tant qu'aucune adresse n'est donnée");
    expect((await get(PAGE)).status).toBe(404);
    expect(await h.say("Mona", "/reglages page peut-etre", { chat })).toContain("« peut-etre » : écris /reglages page oui, non ou defaut.");
  });

  it("uses no script; with no poll open caches may keep it a minute, by language", async () => {
    await setUp();
    await h.say("Mona", "/reglages jours lundi", { chat });
    // Monday 11:30: the only service of the seven days, today's, takes no more answers.
    h.clock.set("2026-11-30T10:30:00Z");
    const res = await get(PAGE);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(res.headers.get("vary")).toContain("Accept-Language");
    expect(res.headers.get("set-cookie")).toBeNull();
    const page = await res.text();
    expect(page).not.toMatch(/<script|onclick=/i);
    expect(page).not.toContain("<form");
  });
});

describe("the settings of the public page", () => {
  it("are managers' to change, and shown in /reglages with how to change them", async () => {
    expect(await h.say("Alice", "/reglages adresse chez moi", { chat })).toContain("réservée aux gérant·es");
    const shown = await h.say("Alice", "/reglages", { chat });
    expect(shown).toContain("Page publique : hors ligne tant qu'aucune adresse n'est donnée · adresse : — · accès : —");
    expect(shown).toContain("/reglages adresse 12 rue des Lilas");
    expect(await h.say("Mona", `/reglages adresse ${"x".repeat(301)}`, { chat })).toContain("300 caractères au plus");
  });
});

describe("/page", () => {
  it("gives the page's link with an open button and a WhatsApp share button, in the group", async () => {
    await h.say("Mona", "/reglages adresse 12 rue des Tables", { chat });
    const out = await h.send("Alice", "/page", { chat });
    const reply = out.replies[0]!;
    expect(JSON.stringify(reply.lines)).toContain(`${BOARD}${PAGE}`);
    const urls = reply.buttons.flat().map((b) => b.url);
    expect(urls[0]).toBe(`${BOARD}${PAGE}`);
    expect(urls[1]).toBe(
      `https://wa.me/?text=${encodeURIComponent(`Le repas de Cantine des Pentes : menus, horaires, adresse ${BOARD}${PAGE}`)}`,
    );
  });

  it("says how a manager puts the page online when it is off", async () => {
    expect(await h.say("Alice", "/page", { chat })).toContain("Un·e gérant·e la met en ligne avec /reglages adresse <adresse>");
  });

  it("warns that a loopback address works on this machine only (TABLEE_PUBLIC_URL unset)", async () => {
    const local = await createHarness("2026-11-30T08:00:00Z", { boardUrl: "http://127.0.0.1:3000" });
    try {
      await local.say("Mona", "/setup Cantine des Pentes", { chat });
      await local.say("Mona", "/reglages adresse 12 rue des Tables", { chat });
      const text = await local.say("Mona", "/page", { chat });
      expect(text).toContain("http://127.0.0.1:3000/p/cantine-des-pentes");
      expect(text).toContain("TABLEE_PUBLIC_URL");
    } finally {
      await local.close();
    }
  });
});

describe("the browser's language", () => {
  it("is the first of French or English by weight", () => {
    expect(acceptedLocale("de-DE,en;q=0.8,fr;q=0.9")).toBe("fr");
    expect(acceptedLocale("en-US,en;q=0.9")).toBe("en");
    expect(acceptedLocale("fr;q=0,en;q=0.1")).toBe("en");
    expect(acceptedLocale("de,es")).toBeNull();
    expect(acceptedLocale(undefined)).toBeNull();
  });
});
