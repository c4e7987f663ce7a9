// Daylight-saving weeks in Europe/Paris: every job runs once, at the right local time, even at
// 02:30 on the night the clocks jump forward (that time does not exist) or back (it happens twice).
import { afterEach, describe, expect, it } from "vitest";
import { createWorld, type World } from "./world.ts";

let w: World | undefined;
afterEach(() => w?.close());

/** A canteen whose reminders go out at 02:30 the night before, with Alice cooking every day. */
async function nightOwlCanteen(start: string, days: string[]): Promise<World> {
  const world = await createWorld(start);
  await world.say("Mona", "/setup Belleville");
  await world.say("Mona", "/reglages rappel 2h30");
  // Easter Monday (29 March 2027) and All Saints' Day (1 November 2027) stay open: this is about the clock.
  await world.say("Mona", "/reglages feries aucun");
  for (const d of days) await world.say("Alice", `/cook ${d}`);
  return world;
}

const reminders = (world: World) => world.platforms.console.dms.filter((m) => m.text.includes("Rappel"));
const announcementTimes = (world: World) =>
  world.platforms.console
    .in("console:group")
    .filter((m) => m.text.includes("— menu du"))
    .map((m) => new Date(m.at).toISOString());

describe("the spring-forward week (28 March 2027, 02:00 → 03:00)", () => {
  it("runs each job once; the reminder due at a 02:30 that does not exist goes at 03:30", async () => {
    w = await nightOwlCanteen("2027-03-21T20:00:00Z", ["2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26", "2027-03-29", "2027-03-30"]);
    await w.runUntil("2027-03-30T12:00:00Z");
    const r = reminders(w);
    expect(r.map((m) => /Rappel : (\w+ \d+ \w+)/.exec(m.text)![1])).toEqual([
      "mardi 23 mars",
      "mercredi 24 mars",
      "jeudi 25 mars",
      "vendredi 26 mars",
      "lundi 29 mars",
      "mardi 30 mars",
    ]);
    expect(r.map((m) => new Date(m.at).toISOString())).toEqual([
      "2027-03-22T01:30:00.000Z",
      "2027-03-23T01:30:00.000Z",
      "2027-03-24T01:30:00.000Z",
      "2027-03-25T01:30:00.000Z",
      // Sunday 28 March: 02:30 does not exist in Paris; the reminder goes at 03:30 CEST.
      "2027-03-28T01:30:00.000Z",
      "2027-03-29T00:30:00.000Z",
    ]);
    // 10:00 in Paris is 09:00 UTC before the change and 08:00 UTC after it.
    expect(announcementTimes(w)).toEqual([
      "2027-03-22T09:00:00.000Z",
      "2027-03-23T09:00:00.000Z",
      "2027-03-24T09:00:00.000Z",
      "2027-03-25T09:00:00.000Z",
      "2027-03-26T09:00:00.000Z",
      "2027-03-29T08:00:00.000Z",
      "2027-03-30T08:00:00.000Z",
    ]);
    const jobs = await w.db.prisma.job.groupBy({ by: ["date", "kind"], _count: true, where: { status: "done" } });
    expect(jobs.every((j) => j._count === 1)).toBe(true);
  });
});

describe("the fall-back week (31 October 2027, 03:00 → 02:00)", () => {
  it("runs each job once; the reminder due at a 02:30 that happens twice goes only the first time", async () => {
    w = await nightOwlCanteen("2027-10-24T20:00:00Z", ["2027-10-26", "2027-10-29", "2027-11-01", "2027-11-02"]);
    await w.runUntil("2027-11-02T12:00:00Z");
    expect(reminders(w).map((m) => new Date(m.at).toISOString())).toEqual([
      "2027-10-25T00:30:00.000Z",
      "2027-10-28T00:30:00.000Z",
      // Sunday 31 October: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET): once only.
      "2027-10-31T00:30:00.000Z",
      "2027-11-01T01:30:00.000Z",
    ]);
    expect(announcementTimes(w)).toEqual([
      "2027-10-25T08:00:00.000Z",
      "2027-10-26T08:00:00.000Z",
      "2027-10-27T08:00:00.000Z",
      "2027-10-28T08:00:00.000Z",
      "2027-10-29T08:00:00.000Z",
      "2027-11-01T09:00:00.000Z",
      "2027-11-02T09:00:00.000Z",
    ]);
  });
});
