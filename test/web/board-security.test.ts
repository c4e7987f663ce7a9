// The board's security rules, each able to fail: membership checked on every route (walked as a
// member of another canteen), CSRF on every form, headers, escaping of everything people typed,
// rate-limited logins, and secrets never logged nor stored in clear.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld, type Visitor } from "./board-world.ts";
import { LOGIN_ATTEMPTS_PER_MINUTE } from "../../src/features/board/web/login-routes.ts";
import { hashToken } from "../../src/features/board/tokens.ts";

let w: BoardWorld;
beforeEach(async () => {
  w = await boardWorld();
  await w.h.say("Mona", "/setup Cantine du Marché", { chat: "telegram:-100" });
  await w.h.say("Mona", "/menu mardi Soupe de potiron", { chat: "telegram:-100" });
  await w.h.say("Alice", "/cuisiner mardi", { chat: "telegram:-100" });
  await w.h.say("Zed", "/setup Cantine des Lilas", { chat: "telegram:-200" });
});
afterEach(() => w.h.close());

const sheetNow = () => w.h.say("Mona", "/creneaux", { chat: "telegram:-100" });
const fill = (pattern: string) => pattern.replace(":id", "1").replace(":date", "2026-12-01").replace(":token", "A".repeat(43));

describe("nobody reaches another canteen's data by changing an id", () => {
  it("every canteen route answers 404 to a manager of another canteen, and changes nothing", async () => {
    const zed = await w.login("Zed", { chat: "telegram:-200" });
    const csrf = zed.csrfOf(await (await zed.get("/c/2")).text());
    const routes = w.app.routes.filter((r) => r.path.startsWith("/c/:id") && r.method !== "ALL");
    // Every route the app mounts (the world mounts the same features), calendars' too.
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      "GET /c/:id",
      "GET /c/:id/affiches/menu",
      "GET /c/:id/affiches/prix",
      "GET /c/:id/calendar",
      "GET /c/:id/export.csv",
      "GET /c/:id/figures",
      "GET /c/:id/me",
      "GET /c/:id/menu/:date",
      "GET /c/:id/network",
      "GET /c/:id/report",
      "POST /c/:id/calendar",
      "POST /c/:id/close",
      "POST /c/:id/leave",
      "POST /c/:id/me/eat",
      "POST /c/:id/me/food",
      "POST /c/:id/me/language",
      "POST /c/:id/me/noeat",
      "POST /c/:id/me/replace",
      "POST /c/:id/menu/:date",
      "POST /c/:id/take",
    ]);
    const before = await sheetNow();
    for (const r of routes) {
      const res =
        r.method === "GET"
          ? await zed.get(fill(r.path))
          : await zed.post(fill(r.path), {
              csrf,
              date: "2026-12-01",
              role: "cook",
              text: "Menu piraté",
              covers: "99",
              guests: "3",
              language: "en",
              diets: "vegan",
            });
      expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({ route: `${r.method} ${r.path}`, status: 404 });
      const html = await res.text();
      expect(html).not.toContain("Cantine du Marché");
      expect(html).not.toContain("Alice");
    }
    expect(await sheetNow()).toBe(before);
    expect(await w.h.say("Mona", "/menu mardi", { chat: "telegram:-100" })).toContain("Soupe de potiron");
    expect(await w.h.say("Mona", "/cloturer 2026-11-30", { chat: "telegram:-100" })).not.toContain("99");
    // The figures pages with a scope or a period in the query are 404 to him as well.
    for (const p of ["/c/1/report?scope=network", "/c/1/export.csv?scope=network&period=tout", "/c/1/figures?period=annee"]) {
      expect((await zed.get(p)).status, p).toBe(404);
    }
  });

  it("ids that are not canteen numbers are 404 too, and logged-out visitors get the login page", async () => {
    const alice = await w.login("Alice");
    for (const p of ["/c/0", "/c/-1", "/c/1.5", "/c/99999999999", "/c/abc", "/c/1/menu/2026-13-45", "/c/1/menu/2025-01-01"]) {
      expect((await alice.get(p)).status, p).toBe(404);
    }
    const anonymous = w.visitor();
    expect((await anonymous.get("/c/1")).status).toBe(401);
    expect((await anonymous.post("/c/1/take", { date: "2026-12-01", role: "cook" })).status).toBe(401);
  });

  it("a forged or ended session id is nobody", async () => {
    const forged = w.visitor(`tablee_session=${"B".repeat(43)}`);
    expect((await forged.get("/c/1")).status).toBe(401);
    const bearer = await w.app.request("http://board.test/c/1", { headers: { authorization: `Bearer ${"C".repeat(43)}` } });
    expect(bearer.status).toBe(401);
  });
});

describe("CSRF", () => {
  let alice: Visitor;
  let csrf: string;
  beforeEach(async () => {
    alice = await w.login("Alice");
    csrf = alice.csrfOf(await (await alice.get("/c/1")).text());
  });

  it("a form without the page's token, or with another session's, is refused and changes nothing", async () => {
    const before = await sheetNow();
    const bob = await w.login("Bob");
    const bobs = bob.csrfOf(await (await bob.get("/c/1")).text());
    expect(bobs).not.toBe(csrf);
    for (const form of [{}, { csrf: "" }, { csrf: bobs }, { csrf: csrf.slice(0, -1) }] as Record<string, string>[]) {
      const res = await alice.post("/c/1/leave", { ...form, date: "2026-12-01" });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Ce formulaire a expiré");
    }
    expect(await sheetNow()).toBe(before);
  });

  it("a form posted from another site is refused, even with a good token", async () => {
    const before = await sheetNow();
    expect((await alice.post("/c/1/leave", { csrf, date: "2026-12-01" }, { origin: "https://evil.example" })).status).toBe(403);
    expect(await sheetNow()).toBe(before);
    expect((await alice.post("/c/1/leave", { csrf, date: "2026-12-01" })).status).toBe(303);
    expect(await sheetNow()).not.toBe(before);
  });

  it("a login link pressed from another site does not log in, and the link still works", async () => {
    const link = new URL(await w.linkFor("Carole")).pathname;
    const v = w.visitor();
    expect((await v.post(link, {}, { origin: "https://evil.example" })).status).toBe(403);
    expect(v.cookie).toBe("");
    expect((await v.post(link, {})).status).toBe(303);
  });

  it("logging out needs the token too", async () => {
    expect((await alice.post("/logout", { csrf: "nope" })).status).toBe(403);
    expect((await alice.get("/c/1")).status).toBe(200);
  });
});

describe("security headers", () => {
  it("a CSP without inline scripts, framing only by the board and Telegram's web client, no referrer, no caching", async () => {
    const alice = await w.login("Alice");
    for (const res of [await alice.get("/c/1"), await w.visitor().get(new URL(await w.linkFor("Bob")).pathname)]) {
      const csp = res.headers.get("content-security-policy")!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'self' https://web.telegram.org");
      expect(csp).toContain("form-action 'self'");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBeNull();
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("pages have no inline script or style, so the CSP breaks nothing", async () => {
    const mona = await w.login("Mona");
    for (const p of ["/c/1", "/c/1/menu/2026-12-01", "/c/1/figures", "/c/1/report", "/c/1/figures?period=tout"]) {
      const html = await (await mona.get(p)).text();
      expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    }
  });
});

describe("everything people typed is escaped", () => {
  const HOSTILE = [`<script>alert(1)</script>`, `"><img src=x onload=alert(1)>`, `' onload='alert(2)`, `\u202Eevil\u202C`];

  it("names, canteen names and menus show as text, isolated from the text around them", async () => {
    await w.h.say("Mona", `/reglages nom ${HOSTILE[0]}`, { chat: "telegram:-100" });
    await w.h.say(HOSTILE[1]!, "/cuisiner mardi plonge", { chat: "telegram:-100" });
    await w.h.say(HOSTILE[2]!, "/cuisiner mardi plonge", { chat: "telegram:-100" });
    await w.h.say(HOSTILE[3]!, "/cuisiner mardi chef", { chat: "telegram:-100" });
    await w.h.say("Mona", `/menu mardi Soupe "maison" <b>onload=alert(3)</b>\n${HOSTILE[0]}`, { chat: "telegram:-100" });
    const mona = await w.login("Mona");
    for (const p of ["/c/1", "/c/1/menu/2026-12-01"]) {
      const html = await (await mona.get(p)).text();
      expect(html).not.toMatch(/<script>|<img|<b>/);
      expect(html).not.toMatch(/<[^>]*\sonload=/i);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      if (p === "/c/1") {
        expect(html).toContain("<bdi>&quot;&gt;&lt;img src=x onload=alert(1)&gt;</bdi>");
        expect(html).toContain("<bdi>&#39; onload=&#39;alert(2)</bdi>");
        // Bidi overrides are stripped from names where people are created (cleanName).
        expect(html).toContain("<bdi>evil</bdi>");
        expect(html).not.toContain("\u202E");
        expect(html).toContain("<bdi>Soupe &quot;maison&quot; &lt;b&gt;onload=alert(3)&lt;/b&gt;</bdi>");
      }
    }
    const link = new URL(await w.linkFor(HOSTILE[1]!)).pathname;
    expect(await (await w.visitor().get(link)).text()).toContain(
      "Continuer en tant que <bdi>&quot;&gt;&lt;img src=x onload=alert(1)&gt;</bdi>",
    );
  });
});

describe("login attempts and secrets", () => {
  it(`more than ${LOGIN_ATTEMPTS_PER_MINUTE} login attempts a minute from one address are refused, then allowed again`, async () => {
    const v = w.visitor();
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++)
      expect((await v.post(`/login/${String(i).padStart(43, "x")}`, {})).status).toBe(404);
    const link = new URL(await w.linkFor("Alice")).pathname;
    const refused = await v.post(link, {});
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    w.h.clock.set(new Date(w.h.clock.now().getTime() + 61_000));
    expect((await v.post(link, {})).status).toBe(303);
  });

  it("login tokens and session ids are never logged, and the database keeps only their hashes", async () => {
    const link = await w.linkFor("Alice");
    const token = link.split("/").pop()!;
    const v = w.visitor();
    await v.get(new URL(link).pathname);
    await v.post(new URL(link).pathname, {});
    await v.post(new URL(link).pathname, {});
    await v.get("/c/1");
    const session = v.jar.get("tablee_session")!;
    const logged = JSON.stringify(w.h.log.lines);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(session);
    const logins = await w.h.db.prisma.boardLogin.findMany();
    expect(logins.map((l) => l.tokenHash)).toContain(hashToken(token));
    expect(JSON.stringify(logins)).not.toContain(token);
    const sessions = await w.h.db.prisma.boardSession.findMany();
    expect(sessions.map((s) => s.idHash)).toContain(hashToken(session));
    expect(JSON.stringify(sessions)).not.toContain(session);
    const deliveries = await w.h.db.prisma.delivery.findMany();
    expect(JSON.stringify(deliveries)).not.toContain(token);
  });
});
