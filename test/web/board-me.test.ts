// The board's "My profile" page through plain HTTP on the real core and database: a volunteer
// answers the meal poll, asks for a replacement, sets diet, allergies and language, each form
// running the chat's own command, so the chat then says what the page did.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld, type Visitor } from "./board-world.ts";

let w: BoardWorld;
beforeEach(async () => {
  w = await boardWorld();
  await w.h.say("Mona", "/setup Cantine du Marché", { chat: "telegram:-100" });
});
afterEach(() => w.h.close());

const NONCE = "n".repeat(43);
const GROUP = { chat: "telegram:-100" };

async function profilePage(v: Visitor): Promise<{ html: string; csrf: string }> {
  const html = await (await v.get("/c/1/me")).text();
  return { html, csrf: v.csrfOf(html) };
}

describe("the profile page", () => {
  it("is linked from the sheet and shows each open poll with the person's current answer", async () => {
    const v = await w.login("Alice");
    expect(await (await v.get("/c/1")).text()).toContain('href="/c/1/me"');
    const { html } = await profilePage(v);
    expect(html).toContain("<h1>Mon profil</h1>");
    expect(html).toContain("Mardi 1er décembre");
    expect(html).toContain("Tu n&#39;as pas encore répondu.");
  });
});

describe("answering the meal poll", () => {
  it("'Je mange' with 2 guests is /manger +2: /couverts counts three, the page shows the answer", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    const res = await v.post("/c/1/me/eat", { csrf, date: "2026-12-01", guests: "2", nonce: NONCE });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/c/1/me");
    const after = (await profilePage(v)).html;
    expect(after).toContain("Alice mange mardi 1er décembre avec 2 invité·es.");
    expect(after).toContain("Ta réponse : tu manges avec 2 invité·es.");
    expect(await w.h.say("Mona", "/couverts mardi", GROUP)).toContain("3 couverts (1 personne + 2 invité·es)");
  });

  it("'Je ne mange pas' is /pasmanger: the count drops to nothing", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    await v.post("/c/1/me/eat", { csrf, date: "2026-12-01", guests: "0" });
    await v.post("/c/1/me/noeat", { csrf, date: "2026-12-01" });
    expect((await profilePage(v)).html).toContain("Ta réponse : tu ne manges pas.");
    expect(await w.h.say("Mona", "/couverts mardi", GROUP)).toContain("0 couvert (0 personne");
  });

  it("21 guests or a word is refused with the chat's reason, the typed number kept, nothing counted", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    for (const guests of ["21", "deux"]) {
      const res = await v.post("/c/1/me/eat", { csrf, date: "2026-12-01", guests });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Le nombre d&#39;invité·es va de 0 à 20");
      expect(html).toContain(`value="${guests}"`);
    }
    expect((await profilePage(v)).html).toContain("Tu n&#39;as pas encore répondu.");
    expect(await w.h.say("Mona", "/couverts mardi", GROUP)).toContain("0 couvert (0 personne");
  });
});

describe("asking for a replacement", () => {
  it("each of the person's shifts has a button running /remplacer <date>", async () => {
    const v = await w.login("Alice");
    const sheet = await (await v.get("/c/1")).text();
    await v.post("/c/1/take", { csrf: v.csrfOf(sheet), date: "2026-12-01", role: "dishes" });
    const { html, csrf } = await profilePage(v);
    expect(html).toContain("Demander un·e remplaçant·e");
    const res = await v.post("/c/1/me/replace", { csrf, date: "2026-12-01", nonce: NONCE });
    expect(res.status).toBe(303);
    expect((await profilePage(v)).html).toContain("C&#39;est demandé dans le groupe de la cantine.");
    expect(await w.h.say("Bob", "/remplacement 1", GROUP)).toMatch(/Alice/);
  });
});

describe("diet and allergies", () => {
  it("the boxes run /regime and /allergies: /profil then says them, the page shows them checked", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    const res = await v.post("/c/1/me/food", { csrf, diets: ["vegetarian"], allergies: ["gluten", "milk"], nonce: NONCE });
    expect(res.status).toBe(303);
    const profil = await w.h.say("Alice", "/profil", GROUP);
    expect(profil).toMatch(/végétarien/);
    expect(profil).toMatch(/gluten, lait/);
    const html = (await profilePage(v)).html;
    expect(html).toContain('value="vegetarian" checked');
    expect(html).toContain('value="milk" checked');
    expect(html).not.toContain('value="eggs" checked');
  });

  it("are never shown to anyone else on the board", async () => {
    const alice = await w.login("Alice");
    await alice.post("/c/1/me/food", { csrf: (await profilePage(alice)).csrf, diets: ["halal"], allergies: ["sesame"] });
    const mona = await w.login("Mona");
    const sheet = await (await mona.get("/c/1")).text();
    const page = (await profilePage(mona)).html;
    expect(sheet).not.toContain("Halal");
    expect(page).not.toContain('value="sesame" checked');
    expect(page).not.toContain('value="halal" checked');
  });

  it("unticking everything clears them", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    await v.post("/c/1/me/food", { csrf, diets: ["vegan"], allergies: ["eggs"] });
    await v.post("/c/1/me/food", { csrf });
    expect(await w.h.say("Alice", "/profil", GROUP)).not.toMatch(/végétalien|œufs/i);
  });

  it("an unknown value is refused in words, the other ticks kept and nothing saved", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    const res = await v.post("/c/1/me/food", { csrf, diets: ["vegan"], allergies: ["gluten", "kryptonite"] });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Ce choix n&#39;est pas proposé : « kryptonite »");
    expect(html).toContain('value="vegan" checked');
    expect(html).toContain('value="gluten" checked');
    expect(await w.h.say("Alice", "/profil", GROUP)).not.toMatch(/végétalien/);
  });
});

describe("language", () => {
  it("English is /langue en: the page and the chat answer in English; auto goes back", async () => {
    const v = await w.login("Alice");
    const { csrf } = await profilePage(v);
    expect((await v.post("/c/1/me/language", { csrf, language: "en", nonce: NONCE })).status).toBe(303);
    const html = (await profilePage(v)).html;
    expect(html).toContain("<h1>My profile</h1>");
    expect(html).toContain('value="en" checked');
    expect(await w.h.say("Alice", "/profil", GROUP)).toContain("Alice's profile");
    await v.post("/c/1/me/language", { csrf, language: "auto" });
    expect((await profilePage(v)).html).toContain("<h1>Mon profil</h1>");
  });

  it("another language is refused in words", async () => {
    const v = await w.login("Alice");
    const res = await v.post("/c/1/me/language", { csrf: (await profilePage(v)).csrf, language: "de" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Ce choix n&#39;est pas proposé : « de »");
  });
});

describe("who may post", () => {
  it("a form without the session's CSRF token is refused and changes nothing", async () => {
    const v = await w.login("Alice");
    const forms: [string, Record<string, string | string[]>][] = [
      ["/c/1/me/eat", { date: "2026-12-01", guests: "1" }],
      ["/c/1/me/food", { diets: ["vegan"] }],
      ["/c/1/me/language", { language: "en" }],
    ];
    for (const [path, form] of forms) {
      expect((await v.post(path, { ...form, csrf: "forged" })).status).toBe(403);
    }
    expect(await w.h.say("Mona", "/couverts mardi", GROUP)).toContain("0 couvert (0 personne");
    expect(await w.h.say("Alice", "/profil", GROUP)).not.toMatch(/végétalien/);
    expect(await w.h.say("Alice", "/profil", GROUP)).toContain("Profil de Alice");
  });

  it("another canteen's member gets 'not found' and acts on nothing", async () => {
    await w.h.say("Zoé", "/setup Cantine des Lilas", { chat: "telegram:-200" });
    const zoe = await w.login("Zoé", { chat: "telegram:-200" });
    const csrf = zoe.csrfOf(await (await zoe.get("/c/2")).text());
    expect((await zoe.get("/c/1/me")).status).toBe(404);
    expect((await zoe.post("/c/1/me/eat", { csrf, date: "2026-12-01", guests: "3" })).status).toBe(404);
    expect(await w.h.say("Mona", "/couverts mardi", GROUP)).toContain("0 couvert (0 personne");
  });
});
