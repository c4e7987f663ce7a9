// "Je viens" · "I'm coming" on the public page, through the real board app: a guest with no
// account says how many they will be for a service whose poll is open; it counts in the
// headcount and the announcement, and the kitchen brief says how many came from the page. The
// form is CSRF-safe, a browser and an address answer only a few times per service, and no
// address is kept.
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createBoardApp } from "../../src/web/app.ts";
import type { BoardEnv } from "../../src/web/deps.ts";
import { FEATURES } from "../../src/app.ts";
import { MAX_PER_ADDRESS, MAX_PER_BROWSER } from "../../src/features/public/coming.ts";
import { plainText } from "../../src/kernel/model.ts";

const BOARD = "http://board.test";
const PAGE = "/p/cantine-des-pentes";
const chat = "console:pentes";
const TUESDAY = "2026-12-01";
let h: Harness;
let app: Hono<BoardEnv>;
beforeEach(async () => {
  // Monday 30 November 2026, 9:00 in Lyon; polls close at 11:00.
  h = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
  await h.say("Mona", "/setup Cantine des Pentes", { chat });
  await h.say("Mona", "/reglages adresse 12 rue des Tables", { chat });
  await h.say("Bruno", "/manger mardi +1", { chat });
  app = createBoardApp(
    { core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => BOARD, defaultLocale: "fr", trustProxy: 1 },
    FEATURES,
  );
});
afterEach(() => h.close());

/** A guest's browser: keeps the page's cookie, sends the board's Origin with its forms. */
function guest(address = "203.0.113.7") {
  let cookie = "";
  const g = {
    get cookie() {
      return cookie;
    },
    async open(path = PAGE): Promise<string> {
      const res = await app.request(`${BOARD}${path}`, { headers: cookie ? { cookie } : {} });
      const set = /tablee_guest=[^;]+/.exec(res.headers.get("set-cookie") ?? "")?.[0];
      if (set) cookie = set;
      return res.text();
    },
    async come(form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
      const page = await g.open();
      const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
      return app.request(`${BOARD}${PAGE}/viens`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: BOARD,
          "x-forwarded-for": address,
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        body: new URLSearchParams({ csrf, date: TUESDAY, count: "2", lang: "fr", ...form }),
      });
    },
  };
  return g;
}
const covers = async (date = TUESDAY) => (await h.say("Mona", `/couverts ${date}`, { chat })).match(/(\d+) couverts?/)?.[1];
const outcome = (res: Response) => new URL(res.headers.get("location") ?? "", BOARD).searchParams.get("vu");

describe("I'm coming, on the public page", () => {
  it("shows a form for each service whose poll is open, and none once it closed", async () => {
    const page = await guest().open();
    expect(page).toContain(`<input type="hidden" name="date" value="2026-11-30">`);
    expect(page).toContain(`<input type="hidden" name="date" value="${TUESDAY}">`);
    expect(page).toContain('<button type="submit">Je viens</button>');
    expect(page).toContain('<select id="n-2026-12-01" name="count"><option value="1">1</option>');
    h.clock.set("2026-11-30T10:30:00Z");
    const later = await guest().open();
    expect(later).not.toContain(`name="date" value="2026-11-30"`);
    expect(later).toContain(`name="date" value="${TUESDAY}"`);
  });

  it("counts a guest's covers in the headcount, and thanks them on the page", async () => {
    expect(await covers()).toBe("2");
    const g = guest();
    const res = await g.come({ count: "3", prenom: "Camille" });
    expect(res.status).toBe(303);
    expect(outcome(res)).toBe("thanks");
    expect(await covers()).toBe("5");
    const back = await g.open(new URL(res.headers.get("location")!, BOARD).pathname + new URL(res.headers.get("location")!, BOARD).search);
    expect(back).toContain("Merci, c&#39;est noté pour le mardi 1er décembre");
    // The first name is for the kitchen, never on the public page.
    expect(back).not.toContain("Camille");
  });

  it("closing the date clears the page's answers with the poll's: reopened, it counts nobody again", async () => {
    await guest().come({ count: "3" });
    expect(await covers()).toBe("5");
    await h.say("Mona", "/fermeture 1/12 travaux", { chat });
    await h.say("Mona", "/fermeture annuler 1/12", { chat });
    expect(await h.store.answers(1, TUESDAY)).toEqual([]);
  });

  it("tells the kitchen brief how many came from the page, their share, and the first names given", async () => {
    await guest("198.51.100.1").come({ count: "3", prenom: "Camille" });
    await guest("198.51.100.2").come({ count: "1" });
    const brief = plainText((await h.core.compose(1, "summary", { date: TUESDAY }))!);
    expect(brief).toContain("🌍 Depuis la page publique : 4 couverts sur 6 (67 %) — Camille");
  });

  it("refuses a form without the page's token, or from another site", async () => {
    const g = guest();
    expect(outcome(await g.come({ csrf: "forged" }))).toBe("expired");
    const stranger = guest();
    expect(outcome(await stranger.come({}, { cookie: "" }))).toBe("expired");
    expect((await g.come({}, { origin: "https://evil.example" })).status).toBe(403);
    expect(await covers()).toBe("2");
  });

  it("takes 1 to 10 covers and a short first name, and nothing else", async () => {
    for (const count of ["0", "11", "-1", "2.5", "abc", ""])
      expect(outcome(await guest(`192.0.2.${count.length}`).come({ count }))).toBe("invalid");
    expect(outcome(await guest("192.0.2.50").come({ prenom: "x".repeat(41) }))).toBe("invalid");
    expect(outcome(await guest("192.0.2.51").come({ prenom: "Ca\u202emille" }))).toBe("invalid");
    expect(await covers()).toBe("2");
    expect(outcome(await guest("192.0.2.52").come({ count: "10" }))).toBe("thanks");
    expect(await covers()).toBe("12");
  });

  it("refuses a service whose poll is closed, a closed date and a date not on the page", async () => {
    h.clock.set("2026-11-30T10:30:00Z");
    expect(outcome(await guest().come({ date: "2026-11-30" }))).toBe("closed");
    await h.say("Mona", "/fermeture 2026-12-02 grève", { chat });
    expect(outcome(await guest().come({ date: "2026-12-02" }))).toBe("closed");
    expect(outcome(await guest().come({ date: "2026-12-09" }))).toBe("closed");
    expect(outcome(await guest().come({ date: "../../x" }))).toBe("closed");
  });

  it(`lets one browser answer ${MAX_PER_BROWSER} times per service, and ${MAX_PER_ADDRESS} from one address`, async () => {
    const g = guest("198.51.100.9");
    for (let i = 0; i < MAX_PER_BROWSER; i++) expect(outcome(await g.come({ count: "1" }))).toBe("thanks");
    expect(outcome(await g.come({ count: "1" }))).toBe("limit");
    // Another service: the same browser may answer again.
    expect(outcome(await g.come({ count: "1", date: "2026-12-03" }))).toBe("thanks");
    expect(await covers()).toBe(String(2 + MAX_PER_BROWSER));
    const used = MAX_PER_BROWSER + 1;
    // Fresh browsers behind one address: the address stops them.
    for (let i = used; i < MAX_PER_ADDRESS; i++) expect(outcome(await guest("198.51.100.9").come({ count: "1" }))).toBe("thanks");
    expect(outcome(await guest("198.51.100.9").come({ count: "1" }))).toBe("limit");
    expect(await covers()).toBe(String(2 + MAX_PER_ADDRESS - 1));
  });

  it("keeps no address and no cookie with the answer", async () => {
    const g = guest("203.0.113.77");
    await g.come({ count: "2", prenom: "Idriss" });
    const rows = await h.db.prisma.pageAnswer.findMany();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain("203.0.113.77");
    expect(stored).not.toContain(g.cookie.split("=")[1]!);
    expect(Object.keys(rows[0]!).sort()).toEqual(["browser", "count", "firstName", "id", "serviceId"]);
  });
});
