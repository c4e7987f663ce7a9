// The board through plain HTTP requests on the real core and database: logging in with a link
// from /board, the sheet, taking and leaving a place through the core, the managers' menu form.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld } from "./board-world.ts";

let w: BoardWorld;
beforeEach(async () => {
  w = await boardWorld();
  await w.h.say("Mona", "/setup Cantine du Marché", { chat: "telegram:-100" });
});
afterEach(() => w.h.close());

const path = (link: string) => new URL(link).pathname;

describe("logging in with a link from the chat", () => {
  it("opening the link shows 'Continue as <name>' and uses nothing; pressing it opens a session", async () => {
    const link = await w.linkFor("Alice");
    const v = w.visitor();
    for (let i = 0; i < 2; i++) {
      const page = await v.get(path(link));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Continuer en tant que <bdi>Alice</bdi>");
    }
    expect(v.cookie).toBe("");
    const res = await v.post(path(link), {});
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("tablee_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    // A link asked in a private chat opens the person's first canteen.
    expect(res.headers.get("location")).toBe("/");
    expect((await v.get("/")).headers.get("location")).toBe("/c/1");
    const home = await v.get("/c/1");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Cantine du Marché");
  });

  it("a used link says so and tells how to get a new one; it does not log in again", async () => {
    const link = await w.linkFor("Alice");
    await w.visitor().post(path(link), {});
    const again = w.visitor();
    const res = await again.post(path(link), {});
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain("Ce lien a déjà servi.");
    expect(html).toContain("/tableau");
    expect(again.cookie).toBe("");
    expect(await (await again.get(path(link))).text()).toContain("Ce lien a déjà servi.");
  });

  it("ten presses of one link at once open exactly one session", async () => {
    const link = path(await w.linkFor("Alice"));
    const answers = await Promise.all(Array.from({ length: 10 }, () => w.visitor().post(link, {})));
    expect(answers.map((r) => r.status).sort()).toEqual([303, ...Array(9).fill(410)]);
    expect(await w.h.db.prisma.boardSession.count()).toBe(1);
  });

  it("a link older than 10 minutes has expired; an invented one is unknown", async () => {
    const link = await w.linkFor("Alice");
    w.h.clock.set(new Date(w.h.clock.now().getTime() + 10 * 60_000 + 1000));
    const res = await w.visitor().post(path(link), {});
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("Ce lien a expiré");
    const made = await w.visitor().post(`/login/${"A".repeat(43)}`, {});
    expect(made.status).toBe(404);
    expect(await made.text()).toContain("Ce lien n&#39;est pas valable.");
  });

  it("the session cookie is Secure when the public address is https", async () => {
    await w.h.close();
    w = await boardWorld("2026-11-30T08:00:00Z", "https://tablee.example.org");
    await w.h.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
    const link = await w.linkFor("Alice");
    expect(link.startsWith("https://tablee.example.org/login/")).toBe(true);
    const res = await w.visitor().post(path(link), {});
    expect(res.headers.getSetCookie().find((c) => c.startsWith("tablee_session="))).toMatch(/Secure/);
  });

  it("/board logout in the chat ends every session of the person; the board then asks to log in", async () => {
    const phone = await w.login("Alice");
    const laptop = await w.login("Alice");
    expect((await phone.get("/c/1")).status).toBe(200);
    expect(await w.h.say("Alice", "/tableau deconnexion", { chat: "telegram:-100" })).toContain("2 sessions du tableau fermées");
    for (const v of [phone, laptop]) {
      const res = await v.get("/c/1");
      expect(res.status).toBe(401);
      expect(await res.text()).toContain("Tu n&#39;es pas connecté·e.");
    }
  });

  it("the board's log-out button ends that session only", async () => {
    const phone = await w.login("Alice");
    const laptop = await w.login("Alice");
    const page = await (await phone.get("/c/1")).text();
    expect((await phone.post("/logout", { csrf: phone.csrfOf(page) })).status).toBe(200);
    expect(phone.cookie).not.toContain("tablee_session");
    expect((await w.visitor(`tablee_session=${laptop.jar.get("tablee_session")}`).get("/c/1")).status).toBe(200);
  });

  it("one person linked across apps with /lier is one person on the board", async () => {
    await w.h.say("Alice", "/cuisiner mardi", { chat: "telegram:-100" });
    const code = /\/link (\S+)/.exec(await w.h.say("Alice", "/lier", { chat: "telegram:dm-alice", private: true }))![1]!;
    await w.h.say("Alice", `/lier ${code}`, { chat: "slack:D1", private: true });
    expect(await w.h.say("Alice", `/lier ${code} oui`, { chat: "slack:D1", private: true })).toContain("tes comptes sont reliés");
    const out = await w.h.send("Alice", "/board", { chat: "slack:D1", private: true });
    const link = out.replies[0]!.buttons.flat().find((b) => b.url)!.url!;
    const v = w.visitor();
    await v.post(path(link), {});
    const html = await (await v.get("/c/1")).text();
    expect(html).toMatch(/Mes créneaux<\/h2><ul><li>Mardi 1er décembre · Cuisine · inscrit·e/);
  });
});

describe("the sheet on the board", () => {
  it("shows each upcoming service with its roles, who is on them, open places and the waitlist", async () => {
    await w.h.say("Bob", "/cuisiner mardi chef", { chat: "telegram:-100" });
    await w.h.say("Carole", "/cuisiner mardi chef", { chat: "telegram:-100" });
    const v = await w.login("Alice");
    const html = await (await v.get("/c/1")).text();
    const tuesday = html.slice(html.indexOf('id="s-2026-12-01"'), html.indexOf('id="s-2026-12-02"'));
    expect(tuesday).toContain("Mardi 1er décembre");
    expect(tuesday).toMatch(/Chef·fe 1\/1<\/span> : <bdi>Bob<\/bdi> · <span class="full">complet/);
    expect(tuesday).toMatch(/En attente : <bdi>Carole<\/bdi>/);
    expect(tuesday).toMatch(/Cuisine 0\/3<\/span> : <span class="muted">personne<\/span> · <span class="open">3 places libres/);
    expect(tuesday).toContain("Liste d&#39;attente : Chef·fe");
  });

  it("shows a closed date as one line with why, and no place to take", async () => {
    await w.h.say("Mona", "/fermeture 2/12 <b>travaux</b>", { chat: "telegram:-100" });
    const v = await w.login("Alice");
    const html = await (await v.get("/c/1")).text();
    const wednesday = html.slice(html.indexOf('id="s-2026-12-02"'), html.indexOf('id="s-2026-12-03"'));
    expect(wednesday).toContain("🔒 fermé — &lt;b&gt;travaux&lt;/b&gt;");
    expect(wednesday).not.toContain('action="/c/1/take"');
    // The next day still takes sign-ups.
    expect(html.slice(html.indexOf('id="s-2026-12-03"'))).toContain('action="/c/1/take"');
  });

  it("taking a place on the board is /cuisiner: the chat's sheet shows it, the page says what the chat said", async () => {
    const v = await w.login("Alice");
    const page = await (await v.get("/c/1")).text();
    const res = await v.post("/c/1/take", { csrf: v.csrfOf(page), date: "2026-12-01", role: "dishes", nonce: "n".repeat(43) });
    expect(res.status).toBe(303);
    expect(await w.h.say("Bob", "/creneaux", { chat: "telegram:-100" })).toMatch(/Plonge 1\/2 : Alice/);
    const after = await (await v.get("/c/1")).text();
    expect(after).toMatch(/<div class="notice" role="status"><bdi>✅[^<]*Alice[^<]*<\/bdi>/);
    expect(after).toContain("Me retirer de ce service");
    // The flash is shown once.
    expect(await (await v.get("/c/1")).text()).not.toContain('class="notice"');
  });

  it("a form submitted twice (same nonce) counts once, as a redelivered chat event", async () => {
    await w.h.say("Bob", "/cuisiner mardi chef", { chat: "telegram:-100" });
    const v = await w.login("Alice");
    const csrf = v.csrfOf(await (await v.get("/c/1")).text());
    const form = { csrf, date: "2026-12-01", role: "headcook", nonce: "z".repeat(43) };
    await v.post("/c/1/take", form);
    await v.post("/c/1/leave", { csrf, date: "2026-12-01", nonce: "y".repeat(43) });
    await v.post("/c/1/take", form);
    // Taken (waitlist), left, and the replayed take ignored: Alice is not on the sheet.
    expect(await w.h.say("Bob", "/creneaux", { chat: "telegram:-100" })).not.toContain("Alice");
  });

  it("leaving on the board moves the first waiting person up and tells them, as /annuler does", async () => {
    const v = await w.login("Alice");
    const csrf = v.csrfOf(await (await v.get("/c/1")).text());
    await v.post("/c/1/take", { csrf, date: "2026-12-01", role: "headcook" });
    await w.h.say("Bob", "/cuisiner mardi chef", { chat: "telegram:-100" });
    await v.post("/c/1/leave", { csrf, date: "2026-12-01" });
    expect(await w.h.say("Mona", "/creneaux", { chat: "telegram:-100" })).toMatch(/Chef·fe 1\/1 : Bob/);
    const rows = await w.h.db.prisma.delivery.findMany({ where: { kind: "notice" } });
    expect(rows.map((r) => r.key)).toEqual([expect.stringMatching(/^promoted:/)]);
  });

  it("someone in several canteens switches between them", async () => {
    await w.h.say("Zoé", "/setup Cantine des Lilas", { chat: "telegram:-200" });
    await w.h.say("Alice", "/creneaux", { chat: "telegram:-200" });
    const v = await w.login("Alice");
    const html = await (await v.get("/c/1")).text();
    expect(html).toContain('<a href="/c/1" aria-current="page"><bdi>Cantine du Marché</bdi></a>');
    expect(html).toContain('<a href="/c/2"><bdi>Cantine des Lilas</bdi></a>');
    expect(await (await v.get("/c/2")).text()).toContain("<h1><bdi>Cantine des Lilas</bdi></h1>");
  });

  it("speaks the canteen's language", async () => {
    await w.h.say("Mona", "/reglages langue en", { chat: "telegram:-100" });
    const v = await w.login("Alice");
    const html = await (await v.get("/c/1")).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("My shifts");
    expect(html).toContain("Tuesday 1 December");
  });

  it("speaks a person's own language once they chose one with /langue, whatever the canteen's", async () => {
    await w.h.say("Alice", "/langue en", { chat: "telegram:-100" });
    const alice = await w.login("Alice");
    const html = await (await alice.get("/c/1")).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("My shifts");
    const bob = await w.login("Bob");
    expect(await (await bob.get("/c/1")).text()).toContain('<html lang="fr">');
  });
});

describe("managers on the board", () => {
  it("see today's count, then the covers served once it is closed; volunteers do not", async () => {
    await w.h.say("Alice", "/manger lundi +2", { chat: "telegram:-100" });
    const manager = await w.login("Mona");
    expect(await (await manager.get("/c/1")).text()).toMatch(/Aujourd&#39;hui · Lundi 30 novembre<\/h2>\s*<p class="count">🙋 3 couverts/);
    const volunteer = await w.login("Alice");
    expect(await (await volunteer.get("/c/1")).text()).not.toContain("Aujourd&#39;hui");
    // Once the service is closed, the card gives the covers served, the poll's count only as what it said.
    w.h.clock.set("2026-11-30T13:30:00Z");
    await w.h.say("Mona", "/cloturer aujourd'hui couverts 20", { chat: "telegram:-100" });
    const closed = await (await manager.get("/c/1")).text();
    expect(closed).toMatch(/Lundi 30 novembre<\/h2>\s*<p class="count">Service clôturé : 20 couverts servis\.<\/p>/);
    expect(closed).toContain("Le sondage annonçait : 🙋 3 couverts");
  });

  it("the menu form saves through /menu, with diet and allergen tags", async () => {
    const v = await w.login("Mona");
    const form = await (await v.get("/c/1/menu/2026-12-01")).text();
    expect(form).toContain('<label for="menu-text">Plats (un par ligne)</label>');
    const res = await v.post("/c/1/menu/2026-12-01", {
      csrf: v.csrfOf(form),
      text: "Dahl de lentilles\r\nRiz basmati",
      diets: ["vegetarian", "vegan"],
      allergens: ["mustard"],
    });
    expect(res.status).toBe(303);
    const menu = await w.h.say("Alice", "/menu mardi", { chat: "telegram:-100" });
    expect(menu).toContain("Dahl de lentilles\nRiz basmati");
    expect(menu).toMatch(/végétarien · végétalien/);
    expect(menu).toMatch(/moutarde/);
    const again = await (await v.get("/c/1/menu/2026-12-01")).text();
    expect(again).toContain('value="vegan" checked');
    expect(again).toContain(">Dahl de lentilles\nRiz basmati</textarea>");
  });

  it("a menu the core refuses comes back in the form, with what was typed and the chat's reason", async () => {
    const v = await w.login("Mona");
    const form = await (await v.get("/c/1/menu/2026-12-01")).text();
    const res = await v.post("/c/1/menu/2026-12-01", { csrf: v.csrfOf(form), text: "Plat #mystere", diets: ["halal"] });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<div class="notice error" role="alert"><bdi>[^<]*#mystere/);
    expect(html).toContain(">Plat #mystere</textarea>");
    expect(html).toContain('value="halal" checked');
    expect(await w.h.say("Alice", "/menu mardi", { chat: "telegram:-100" })).not.toContain("Plat");
  });

  it("a refused action is shown as an error on the sheet", async () => {
    const v = await w.login("Alice");
    const csrf = v.csrfOf(await (await v.get("/c/1")).text());
    await v.post("/c/1/leave", { csrf, date: "2026-12-01" });
    expect(await (await v.get("/c/1")).text()).toMatch(/<div class="notice error" role="alert"><bdi>[^<]*Alice/);
  });

  it("a volunteer gets 403 on the menu form, and the menu is unchanged", async () => {
    const v = await w.login("Alice");
    expect((await v.get("/c/1/menu/2026-12-01")).status).toBe(403);
    const page = await (await v.get("/c/1")).text();
    expect((await v.post("/c/1/menu/2026-12-01", { csrf: v.csrfOf(page), text: "Pizza" })).status).toBe(403);
    expect(await w.h.say("Alice", "/menu mardi", { chat: "telegram:-100" })).not.toContain("Pizza");
  });
});

describe("the board and a person's lifecycle", () => {
  it("a session opened from one app survives /lier joining a second account", async () => {
    const v = await w.login("Alice");
    const code = /\/link (\S+)/.exec(await w.h.say("Alice", "/lier", { chat: "telegram:dm-alice", private: true }))![1]!;
    // The Slack account, in another canteen, was a person of its own until now: it is merged into Alice's…
    await w.h.say("Sam", "/setup Cantine Slack", { chat: "slack:C1" });
    const slackSession = await w.login("Alice", { chat: "slack:C1" });
    await w.h.say("Alice", `/lier ${code}`, { chat: "slack:D1", private: true });
    await w.h.say("Alice", `/lier ${code} oui`, { chat: "slack:D1", private: true });
    // …and both sessions are now Alice's one person.
    expect((await v.get("/c/1")).status).toBe(200);
    expect((await slackSession.get("/c/1")).status).toBe(200);
    expect((await v.get("/c/2")).status).toBe(200);
  });

  it("/oublier moi ends the person's board sessions", async () => {
    const v = await w.login("Alice");
    await w.h.say("Alice", "/oublier moi", { chat: "telegram:dm-alice", private: true });
    expect((await v.get("/c/1")).status).toBe(401);
    expect(await w.h.db.prisma.boardSession.count()).toBe(0);
  });
});
