// A whole week of one canteen with three groups on three platforms, on a fake clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorld, type World } from "./world.ts";

let w: World;
let lateReply = "";
const TG = "telegram:-100";
const SL = "slack:C1";
const CO = "console:group";

beforeAll(async () => {
  // Sunday 22 November 2026, 21:00 in Paris.
  w = await createWorld("2026-11-22T20:00:00Z", { unreachable: ["telegram:bob"] });
  await w.say("Mona", "/setup Belleville");
  for (const [who, chat] of [
    ["Tom", TG],
    ["Sam", SL],
  ] as const) {
    const code = /\/setup ([A-Z0-9]{8})/.exec(await w.say("Mona", "/invite"))![1];
    await w.say(who, `/setup ${code}`, { chat });
  }
  await w.say("Alice", "/cook tuesday head cook");
  await w.say("Bob", "/cook tuesday", { chat: TG });
  await w.say("Bob", "/allergies gluten", { chat: TG });
  await w.say("Carla", "/cuisiner mardi plonge", { chat: SL });
  await w.say("Carla", "/regime vegetarien", { chat: SL });
  await w.say("Mona", "/menu mardi Lasagnes maison, salade verte #gluten #lait");
  // Monday: the announcement, the 16:00 alert about Tuesday's holes, the 18:00 reminders.
  await w.runUntil("2026-11-23T18:00:00Z");
  // Tuesday 10:20: answers from three apps.
  await w.runUntil("2026-11-24T09:20:00Z");
  await w.say("Bob", "/eat +1", { chat: TG });
  await w.say("Carla", "/manger", { chat: SL });
  await w.say("Zoe", "/eat", { chat: TG });
  await w.say("Alice", "/pasmanger");
  await w.runUntil("2026-11-24T10:15:00Z");
  lateReply = await w.say("Dan", "/eat", { chat: TG });
  await w.runUntil("2026-11-28T08:00:00Z");
}, 240_000);
afterAll(() => w.close());

const texts = (chat: string) => w.all().filter((m) => m.chat === chat);
const announcements = (chat: string) => texts(chat).filter((m) => m.text.includes("— menu du"));

describe("a week at the canteen", () => {
  it("every group, on every platform, gets one announcement per opening day, at 10:00 Paris time", () => {
    for (const chat of [CO, TG, SL]) {
      const a = announcements(chat);
      expect(a.map((m) => new Date(m.at).toISOString())).toEqual([
        "2026-11-23T09:00:00.000Z",
        "2026-11-24T09:00:00.000Z",
        "2026-11-25T09:00:00.000Z",
        "2026-11-26T09:00:00.000Z",
        "2026-11-27T09:00:00.000Z",
      ]);
    }
  });

  it("Tuesday's announcement shows the menu, its marks, the crew, and the count updated live until the poll closed", () => {
    const tuesday = announcements(TG)[1]!;
    expect(tuesday.text).toContain("Lasagnes maison, salade verte");
    expect(tuesday.text).toContain("⚠️ allergènes : gluten, lait");
    expect(tuesday.text).toContain("👩‍🍳 Chef·fe : Alice · Cuisine : Bob · Plonge : Carla");
    expect(tuesday.edits.length).toBeGreaterThanOrEqual(2);
    expect(tuesday.edits.some((e) => e.text.includes("🙋 4 couverts (3 personnes + 1 invité·e)") && !e.text.includes("Sondage clos"))).toBe(
      true,
    );
    expect(tuesday.text).toContain("🙋 4 couverts (3 personnes + 1 invité·e)");
    expect(tuesday.text).toContain("Sondage clos");
    expect(tuesday.text).not.toContain("Je mange");
  });

  it("an answer after the deadline gets a polite 'closed' reply and changes nothing", async () => {
    expect(lateReply).toMatch(/Le sondage du mardi 24 novembre est clos depuis 11:00/);
    expect((await w.store.answers(1, "2026-11-24")).filter((a) => a.eating)).toHaveLength(3);
  });

  it("the kitchen summary goes privately to the cooks and managers, with counts and no names", () => {
    const summaries = w.all().filter((m) => m.text.includes("Brief cuisine — mardi 24 novembre"));
    // Cooks (Bob cannot be reached privately: mentioned in his group) and managers (Mona, and
    // Tom and Sam who linked their groups with invitation codes).
    expect(summaries.map((m) => m.chat).sort()).toEqual(
      ["console:alice", "console:mona", "slack:carla", "slack:sam", TG, "telegram:tom"].sort(),
    );
    const s = summaries[0]!;
    expect(s.text).toContain("Salle : 40 places, il en reste 36.");
    expect(s.text).toContain("Régimes : végétarien 1");
    expect(s.text).toContain("Allergies en conflit avec le menu : gluten 1");
    expect(s.text).not.toMatch(/Bob|Carla|Zoe/);
    expect(new Date(s.at).toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });

  it("volunteers are reminded the evening before, privately; someone who never started the bot is mentioned in the group", () => {
    const reminders = w.all().filter((m) => m.text.includes("Rappel : mardi 24 novembre"));
    expect(reminders.map((m) => m.chat).sort()).toEqual(["console:alice", "slack:carla", TG].sort());
    expect(reminders.find((m) => m.chat === TG)!.text).toMatch(/^@Bob\n/);
    for (const r of reminders) expect(new Date(r.at).toISOString()).toBe("2026-11-23T17:00:00.000Z");
  });

  it("managers are alerted at 16:00 about tomorrow's holes, and every group gets a call for help with sign-up buttons", () => {
    const alert = w.all().filter((m) => m.text.includes("il manque encore") && m.text.includes("mardi 24 novembre"));
    expect(alert.map((m) => m.chat).sort()).toEqual(["console:mona", "slack:sam", "telegram:tom"]);
    expect(alert[0]!.text).toContain("Cuisine 2 · Plonge 1");
    const help = w.all().filter((m) => m.text.includes("Renfort demandé pour mardi 24 novembre"));
    expect(help.map((m) => m.chat).sort()).toEqual([CO, SL, TG].sort());
    expect(new Date(help[0]!.at).toISOString()).toBe("2026-11-23T15:00:00.000Z");
  });

  it("jobs whose time had passed when the canteen was created are skipped, not run late", async () => {
    const monday = await w.db.prisma.job.findMany({ where: { date: "2026-11-23", kind: { in: ["remind", "alert"] } } });
    expect(monday.map((j) => [j.kind, j.status, j.note])).toEqual(
      expect.arrayContaining([
        ["remind", "skipped", "planned after its time"],
        ["alert", "skipped", "planned after its time"],
      ]),
    );
  });

  it("nothing was ever delivered twice", () => {
    const keys = w.all().map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
