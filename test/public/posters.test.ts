// The posters for the room through the real board app, with plain requests: the week's menu poster
// writes each dish's allergens out in words next to it, with its diet marks, the canteen's name and
// dates, escapes what managers typed, prints on A4; volunteers and other canteens' managers get 404.
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createBoardApp } from "../../src/web/app.ts";
import type { BoardEnv } from "../../src/web/deps.ts";
import { loginLinkFor } from "../../src/features/board/index.ts";
import { FEATURES } from "../../src/app.ts";

const BOARD = "http://board.test";
const chat = "console:pentes";
let h: Harness;
let app: Hono<BoardEnv>;
beforeEach(async () => {
  h = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
  await h.say("Mona", "/setup Cantine des <b>Pentes</b>", { chat });
  await h.say("Alice", "/cuisiner mardi", { chat });
  await h.say("Mona", "/menu lundi Soupe de courge <script>x</script> #vegetarien #gluten", { chat });
  await h.say("Mona", "/menu mardi Gratin dauphinois #lait #oeufs", { chat });
  app = createBoardApp({ core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => BOARD, defaultLocale: "fr" }, FEATURES);
});
afterEach(() => h.close());

async function login(address: string): Promise<string> {
  const link = await loginLinkFor(h.core.deps, address);
  const res = await app.request(new URL(link!.url).pathname, { method: "POST", headers: { origin: BOARD } });
  expect(res.status).toBe(303);
  return /tablee_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
}
const canteenId = async () => (await h.store.canteensOf("console:mona"))[0]!.id;

describe("the week's menu poster", () => {
  it("writes each dish's allergens in words beside it, with diets, the name and dates, escaped, on A4", async () => {
    const cookie = await login("console:mona");
    const sheet = await (await app.request(`/c/${await canteenId()}`, { headers: { cookie } })).text();
    expect(sheet).toContain(`href="/c/${await canteenId()}/affiches/menu"`);
    expect(sheet).toContain(`href="/c/${await canteenId()}/affiches/prix"`);
    const res = await app.request(`/c/${await canteenId()}/affiches/menu`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Cantine des &lt;b&gt;Pentes&lt;/b&gt;");
    expect(page).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(page).not.toContain("<script>x");
    expect(page).toMatch(/Soupe de courge[\s\S]*Régimes : végétarien[\s\S]*Allergènes : [^<]*gluten/i);
    expect(page).toMatch(/Gratin dauphinois[\s\S]*Allergènes : œufs, lait</);
    expect(page).toContain('<script src="/assets/print.js" defer></script>');
    expect(page).toContain("Imprimer / PDF");
    const css = await (await app.request("/assets/poster.css")).text();
    expect(css).toContain("@page { size: A4");
    expect(await (await app.request("/assets/print.js")).text()).toContain("window.print()");
  });

  it("the price card says a meal's cost is unknown until set, then gives it, with how to give and pay", async () => {
    const cookie = await login("console:mona");
    const path = `/c/${await canteenId()}/affiches/prix`;
    const before = await (await app.request(path, { headers: { cookie } })).text();
    expect(before).toContain("Ce que coûte un repas n&#39;est pas encore connu.");
    expect(before).toContain("Chacun donne ce qu&#39;il peut");
    expect(before).toContain("espèces, carte ou chèque");
    await h.say("Mona", "/reglages prix-ingredients 2,80", { chat });
    await h.say("Mona", "/reglages prix-fonctionnement 1,50", { chat });
    const after = await (await app.request(path, { headers: { cookie } })).text();
    expect(after).toMatch(/Un repas nous coûte 4,30\s€/);
    expect(after).toContain("Cantine des &lt;b&gt;Pentes&lt;/b&gt;");
  });

  it("answers 404 to a volunteer and to another canteen's manager, 401 to nobody", async () => {
    const id = await canteenId();
    await h.say("Zoé", "/setup Cantine du Port", { chat: "console:port" });
    for (const who of ["console:alice", "console:zoé"]) {
      const cookie = await login(who);
      if (who === "console:alice")
        expect(await (await app.request(`/c/${id}`, { headers: { cookie } })).text()).not.toContain("/affiches/");
      for (const poster of ["menu", "prix"])
        expect((await app.request(`/c/${id}/affiches/${poster}`, { headers: { cookie } })).status).toBe(404);
    }
    expect((await app.request(`/c/${id}/affiches/menu`)).status).toBe(401);
  });
});
