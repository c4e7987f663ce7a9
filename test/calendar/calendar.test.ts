// /calendrier · /calendar through the real core and the feed route: the two secret links, what
// each feed shows (parsed by ical.js as a calendar app would), cancelled shifts, and revocation.
import type { Hono } from "hono";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { plainText } from "../../src/kernel/model.ts";
import { FEED_PATH } from "../../src/features/calendar/web/routes.ts";
import { createBoardApp } from "../../src/web/app.ts";
import type { BoardEnv } from "../../src/web/deps.ts";
import { hashToken } from "../../src/features/board/tokens.ts";
import { FEATURES } from "../../src/app.ts";

const BOARD = "https://tablee.example.org";
const GROUP: SendOptions = { chat: "console:group" };
const dm = (user: string, platform = "telegram"): SendOptions => ({ chat: `${platform}:${user.toLowerCase()}`, private: true });

let h: Harness;
let web: Hono<BoardEnv>;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z", { boardUrl: BOARD }); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Cantine de Belleville", GROUP);
  // The real board, with the feeds mounted as src/app.ts mounts them.
  web = createBoardApp({ core: h.core, store: h.store, clock: h.clock, log: h.log, publicUrl: () => BOARD, defaultLocale: "fr" }, FEATURES);
});
afterEach(() => h.close());

/** The two links in a /calendar answer (shifts first). */
function linksIn(text: string): string[] {
  return [...text.matchAll(/https:\/\/tablee\.example\.org(\/calendar\/[A-Za-z0-9_-]{43}\.ics)/g)].map((m) => m[1]!);
}

interface Ev {
  uid: string;
  summary: string;
  description: string;
  status: string;
  start: Date;
  end: Date;
  stamp: Date;
}

async function feed(path: string): Promise<{ name: string; events: Ev[] }> {
  const res = await web.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect(res.headers.get("cache-control")).toBe("private, max-age=300");
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  const events = cal.getAllSubcomponents("vevent").map((v) => ({
    uid: String(v.getFirstPropertyValue("uid")),
    summary: String(v.getFirstPropertyValue("summary")),
    description: String(v.getFirstPropertyValue("description")),
    status: String(v.getFirstPropertyValue("status")),
    start: (v.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
    end: (v.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate(),
    stamp: (v.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate(),
  }));
  return { name: String(cal.getFirstPropertyValue("x-wr-calname")), events };
}

describe("asking for calendar links", () => {
  it("a volunteer gets a 'my shifts' and a 'the canteen' link in a private chat, both stored only as hashes", async () => {
    await h.say("Alice", "/cuisiner mardi", GROUP);
    const text = await h.say("Alice", "/calendrier", dm("Alice", "console"));
    expect(text).toContain("📅 Tes calendriers");
    expect(text).toContain("Mes créneaux : https://tablee.example.org/calendar/");
    expect(text).toContain("Les services de Cantine de Belleville : https://tablee.example.org/calendar/");
    const [shifts, canteen] = linksIn(text);
    expect(shifts).not.toBe(canteen);
    const token = shifts!.slice("/calendar/".length, -".ics".length);
    const rows = await h.db.prisma.calendarFeed.findMany();
    expect(rows.map((r) => r.tokenHash)).toContain(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("in a console group the links are printed for the one person at the terminal; in a Slack channel, an answer only the asker sees", async () => {
    const console = await h.send("Mona", "/calendar", GROUP);
    expect(console.replies).toEqual([]);
    expect(linksIn(plainText(console.personal!))).toHaveLength(2);
    const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/invite", GROUP))![0];
    await h.say("Mona", `/setup ${code}`, { chat: "slack:C1" });
    const slack = await h.send("Mona", "/calendar", { chat: "slack:C1" });
    expect(slack.replies).toEqual([]);
    expect(linksIn(plainText(slack.personal!))).toHaveLength(2);
  });

  it("in a Telegram group, the links are for a private message; the group reads only that they were sent, or a button to the private chat", async () => {
    const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/invite", GROUP))![0];
    await h.say("Mona", `/setup ${code}`, { chat: "telegram:-100" });
    const group = await h.send("Mona", "/calendrier", { chat: "telegram:-100" });
    expect(group.replies).toEqual([]);
    expect(linksIn(group.direct!.messages.map(plainText).join("\n"))).toHaveLength(2);
    expect(plainText(group.direct!.sent)).toBe("Mona, je t'ai répondu en privé.");
    expect(plainText(group.direct!.unreachable)).toContain("je ne peux pas encore t'écrire en privé");
    const [canteen] = await h.store.allCanteens();
    expect(group.direct!.unreachable.buttons).toEqual([
      [{ label: "Ouvrir la conversation privée", start: `calendar-${canteen!.id}`, style: "primary" }],
    ]);
    expect(JSON.stringify([group.direct!.sent, group.direct!.unreachable])).not.toContain("/calendar/");
  });

  it("answers in English, and explains a word it does not know", async () => {
    await h.say("Mona", "/settings language en", GROUP);
    await h.say("Alice", "/slots", GROUP);
    expect(await h.say("Alice", "/calendar", dm("Alice", "console"))).toContain("My shifts: https://tablee.example.org/calendar/");
    expect(await h.say("Alice", "/calendar tomorrow", dm("Alice", "console"))).toBe(
      "I don't know “tomorrow” here. /calendar gives your links; /calendar reset replaces them.",
    );
  });

  it("says calendars are unavailable when the board is not served", async () => {
    const bare = await createHarness("2026-11-23T08:00:00Z");
    try {
      await bare.say("Mona", "/setup Cantine", GROUP);
      expect(await bare.say("Mona", "/calendrier", dm("Mona", "console"))).toBe(
        "Les calendriers ne sont pas disponibles : le tableau web de Tablée n'est pas servi ici.",
      );
    } finally {
      await bare.close();
    }
  });
});

describe("the 'my shifts' feed", () => {
  it("has one event per sign-up, from cooking time to the end of lunch in the canteen's timezone, with a stable UID", async () => {
    await h.say("Alice", "/cuisiner mardi plonge", GROUP);
    await h.say("Alice", "/cuisiner jeudi", GROUP);
    const [shifts] = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    const first = await feed(shifts!);
    expect(first.name).toBe("Tablée — mes créneaux");
    expect(first.events.map((e) => e.summary)).toEqual(["Plonge — Cantine de Belleville", "Cuisine — Cantine de Belleville"]);
    // Tuesday 24 November in Paris (UTC+1): 09:30 → 14:00 local.
    expect(first.events[0]!.start.toISOString()).toBe("2026-11-24T08:30:00.000Z");
    expect(first.events[0]!.end.toISOString()).toBe("2026-11-24T13:00:00.000Z");
    expect(first.events.every((e) => e.status === "CONFIRMED")).toBe(true);
    expect(first.events[0]!.stamp).toEqual(h.clock.now()); // read at the app's time
    const again = await feed(shifts!);
    expect(again.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
  });

  it("a waitlisted sign-up is tentative; a given-up one stays, cancelled, under the same UID; taken again, it is confirmed", async () => {
    await h.say("Mona", "/postes plonge 1", GROUP);
    await h.say("Bob", "/cuisiner mardi plonge", GROUP);
    await h.say("Alice", "/cuisiner mardi plonge", GROUP);
    const [shifts] = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    const waiting = (await feed(shifts!)).events[0]!;
    expect(waiting.status).toBe("TENTATIVE");
    expect(waiting.summary).toBe("⏳ Liste d'attente : Plonge — Cantine de Belleville");
    await h.say("Alice", "/annuler mardi", GROUP);
    const cancelled = (await feed(shifts!)).events;
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.status).toBe("CANCELLED");
    expect(cancelled[0]!.uid).toBe(waiting.uid);
    await h.say("Alice", "/cuisiner mardi", GROUP);
    const back = (await feed(shifts!)).events;
    expect(back.map((e) => [e.uid, e.status, e.summary])).toEqual([[waiting.uid, "CONFIRMED", "Cuisine — Cantine de Belleville"]]);
  });

  it("keeps a cancelled shift for a month after its service, and shows no shift older than a year", async () => {
    await h.say("Alice", "/cuisiner mardi", GROUP);
    await h.say("Alice", "/cuisiner jeudi", GROUP);
    await h.say("Alice", "/annuler jeudi", GROUP);
    const [shifts] = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    h.clock.set("2026-12-20T08:00:00Z");
    expect((await feed(shifts!)).events.map((e) => e.status)).toEqual(["CONFIRMED", "CANCELLED"]);
    h.clock.set("2026-12-28T08:00:00Z");
    expect((await feed(shifts!)).events.map((e) => e.status)).toEqual(["CONFIRMED"]);
    h.clock.set("2027-11-25T08:00:00Z");
    expect((await feed(shifts!)).events).toEqual([]);
  });
});

describe("remembered cancellations", () => {
  it("are forgotten once a newer cancellation of the person is more than a year later, and reading a feed writes nothing", async () => {
    await h.say("Alice", "/cuisiner mardi", GROUP);
    await h.say("Alice", "/annuler mardi", GROUP);
    const [shifts] = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    await feed(shifts!);
    expect(await h.db.prisma.calendarCancellation.count()).toBe(1);
    h.clock.set("2027-12-06T08:00:00Z"); // a Monday, over a year later
    await h.say("Alice", "/cuisiner mardi", GROUP);
    await h.say("Alice", "/annuler mardi", GROUP);
    expect((await h.db.prisma.calendarCancellation.findMany()).map((c) => c.date)).toEqual(["2027-12-07"]);
  });
});

describe("the canteen feed", () => {
  it("has one event per opening service with its menu and open places, and names nobody", async () => {
    // Every opening day counts here: public holidays (25 December, 1 January) stay open.
    await h.say("Mona", "/reglages feries aucun", GROUP);
    await h.say("Alice", "/cuisiner mardi", GROUP);
    await h.say("Mona", "/menu mardi Soupe de potiron, pain maison", GROUP);
    const [, canteen] = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    const f = await feed(canteen!);
    expect(f.name).toBe("Tablée — Cantine de Belleville");
    const tuesday = f.events.find((e) => e.uid.includes("2026-11-24"))!;
    expect(tuesday.summary).toBe("🍽️ Repas — Cantine de Belleville (5 places libres en cuisine)");
    expect(tuesday.description).toBe(
      "Menu : Soupe de potiron, pain maison\n5 places libres : Chef·fe 1, Cuisine 2, Plonge 2. Pour venir cuisiner : /cuisiner",
    );
    expect(tuesday.start.toISOString()).toBe("2026-11-24T11:30:00.000Z");
    expect(f.events.some((e) => e.uid.includes("2026-11-28"))).toBe(false); // Saturday: closed
    expect(f.events.length).toBeGreaterThanOrEqual(40); // eight weeks of weekdays
    expect(JSON.stringify(f.events)).not.toMatch(/Alice|Mona/);
  });
});

describe("revoking links", () => {
  it("/calendrier nouveau makes every old link answer 404 and gives new ones that work", async () => {
    await h.say("Alice", "/creneaux", GROUP);
    const old = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    const text = await h.say("Alice", "/calendrier nouveau", dm("Alice", "console"));
    expect(text).toContain("🔒 Tes 2 anciens liens ne marchent plus. Voici les nouveaux.");
    for (const path of old) expect((await web.request(path)).status).toBe(404);
    for (const path of linksIn(text)) expect((await web.request(path)).status).toBe(200);
  });

  it("an unknown or malformed token answers 404", async () => {
    expect((await web.request(`${FEED_PATH}/${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await web.request(`${FEED_PATH}/short.ics`)).status).toBe(404);
    expect((await web.request(`${FEED_PATH}/${"A".repeat(43)}`)).status).toBe(404);
  });

  it("forgetting oneself removes one's links", async () => {
    await h.say("Alice", "/creneaux", GROUP);
    const [shifts] = linksIn(await h.say("Alice", "/calendrier", dm("Alice", "console")));
    await h.say("Alice", "/oublier moi", dm("Alice", "console"));
    expect((await web.request(shifts!)).status).toBe(404);
  });
});

describe("one person across apps", () => {
  it("links given to an account later joined to another with /lier keep working and show the one person's shifts", async () => {
    const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/invite", GROUP))![0];
    await h.say("Mona", `/setup ${code}`, { chat: "slack:C1" });
    await h.say("Alice", "/cuisiner jeudi", { chat: "slack:C1" });
    const [shifts] = linksIn(await h.say("Alice", "/calendar", dm("Alice", "slack")));
    await h.say("Alice", "/cuisiner mardi", GROUP);
    const link = /\/link ([A-Z0-9]+)/.exec(await h.say("Alice", "/lier", dm("Alice", "console")))![1]!;
    await h.say("Alice", `/link ${link}`, dm("Alice", "slack"));
    expect(await h.say("Alice", `/link ${link} yes`, dm("Alice", "slack"))).toContain("tes comptes sont reliés");
    const events = (await feed(shifts!)).events;
    expect(events.map((e) => e.start.toISOString().slice(0, 10))).toEqual(["2026-11-24", "2026-11-26"]);
    expect(new Set(events.map((e) => e.uid.replace(/^shift-\d+-[\d-]+-/, ""))).size).toBe(1);
  });
});
