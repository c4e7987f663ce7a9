// The close-out, survey and impact stores on SQLite always, and on PostgreSQL when
// TEST_DATABASE_URL is set: history kept under concurrent closes, one count per person and
// question under concurrent presses, /forget me keeping counts, the records /impact reads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member, Store } from "../../src/kernel/ports.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { seedCanteen } from "../helpers/seed.ts";
import { FEATURES } from "../../src/app.ts";

describe.each(STORE_PROVIDERS)("close-out, survey and impact stores on $name", ({ create }) => {
  let tdb: TestDatabase;
  let db: Database;
  let store: Store;
  let canteenId: number;
  const at = new Date("2026-11-24T14:00:00Z");

  beforeAll(async () => {
    tdb = await create();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url, { poolSize: 20 });
    store = createPrismaStore(db, FEATURES);
    canteenId = (await seedCanteen(store, "Belleville", [{ address: "console:group" }], { address: "console:mona", name: "Mona" })).id;
  });
  afterAll(async () => {
    await db.close();
    await tdb.drop();
  });

  const people = (prefix: string, n: number): Promise<Member[]> =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        store.ensureMember(canteenId, { address: `console:${prefix}${i}`, name: `${prefix}${i}`, platform: "console" }),
      ),
    );

  it("a canteen starts with EUR, no meal cost, close-out at 14:30 and the survey at 14:00; settings change them", async () => {
    expect(await store.canteen(canteenId)).toMatchObject({
      currency: "EUR",
      ingredientCost: null,
      runningCost: null,
      closeOutTime: "14:30",
      surveyTime: "14:00",
    });
    const c = await store.updateCanteen(canteenId, { ingredientCost: 350, runningCost: 900, surveyTime: null });
    expect(c).toMatchObject({ ingredientCost: 350, runningCost: 900, surveyTime: null });
    await store.updateCanteen(canteenId, { ingredientCost: null, runningCost: null, surveyTime: "14:00" });
  });

  it("records only values that change, each with who, when, old and new", async () => {
    const actor = { personId: 1, name: "Mona" };
    await store.recordClose({ canteenId, date: "2026-11-02", values: { covers: 40, takings: 31250 }, currency: "EUR", actor, at });
    const r = await store.recordClose({ canteenId, date: "2026-11-02", values: { covers: 40, spent: 8520 }, currency: "EUR", actor, at });
    expect(r).toMatchObject({ covers: 40, takings: 31250, spent: 8520, currency: "EUR" });
    expect(r.history.map((c) => [c.field, c.oldValue, c.newValue, c.actorName])).toEqual([
      ["covers", null, 40, "Mona"],
      ["takings", null, 31250, "Mona"],
      ["spent", null, 8520, "Mona"],
    ]);
  });

  it("two managers closing one service at once: one record, both changes in its history, chained old → new", async () => {
    const [a, b] = await people("mgr", 2);
    await Promise.all([
      store.recordClose({
        canteenId,
        date: "2026-11-03",
        values: { covers: 41 },
        currency: "EUR",
        actor: { personId: a!.personId, name: a!.name },
        at,
      }),
      store.recordClose({
        canteenId,
        date: "2026-11-03",
        values: { covers: 43 },
        currency: "EUR",
        actor: { personId: b!.personId, name: b!.name },
        at,
      }),
    ]);
    const r = await store.closeRecord(canteenId, "2026-11-03");
    expect(await db.prisma.service.count({ where: { canteenId, date: "2026-11-03" } })).toBe(1);
    expect(r.history).toHaveLength(2);
    const [first, second] = r.history;
    expect(first!.oldValue).toBeNull();
    expect(second!.oldValue).toBe(first!.newValue);
    expect(r.covers).toBe(second!.newValue);
  });

  it("counts each person once per question when batches from several processes overlap and race", async () => {
    const ms = await people("guest", 30);
    await store.recordClose({
      canteenId,
      date: "2026-11-04",
      values: { covers: 30 },
      currency: "EUR",
      actor: { personId: ms[0]!.personId, name: ms[0]!.name },
      at,
    });
    const all = ms.map((m, i) => ({ personId: m.personId, answer: (i % 3 === 0 ? "no" : "yes") as "no" | "yes" }));
    // Three batches of the same 30 people at once, as three processes whose pools overlap would write.
    const counted = await Promise.all(
      [all, [...all].reverse(), all.slice(10)].map((b) => store.countSurveyBatch(canteenId, "2026-11-04", "welcome", b)),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(30);
    expect(await store.surveyCounts(canteenId, "2026-11-04")).toEqual({ welcome: { yes: 20, no: 10 } });
    expect(await db.prisma.surveyMark.count({ where: { question: "welcome" } })).toBe(30);
  });

  it("/forget me removes a person's survey markers and their name in close-out history; the counts stay", async () => {
    const [p] = await people("forget", 1);
    await store.recordClose({
      canteenId,
      date: "2026-11-05",
      values: { covers: 12 },
      currency: "EUR",
      actor: { personId: p!.personId, name: p!.name },
      at,
    });
    await store.countSurveyBatch(canteenId, "2026-11-05", "confidence", [{ personId: p!.personId, answer: "rather-yes" }]);
    await store.forgetPerson(p!.personId, at);
    expect(await db.prisma.surveyMark.count({ where: { personId: p!.personId } })).toBe(0);
    expect(await store.surveyCounts(canteenId, "2026-11-05")).toEqual({ confidence: { "rather-yes": 1 } });
    const r = await store.closeRecord(canteenId, "2026-11-05");
    expect(r.covers).toBe(12);
    expect(r.history.map((c) => c.actorName)).toEqual(["—"]);
  });

  it("keeps the poll covers and forecast, lists closed history newest first, and finds the latest open service", async () => {
    await store.keepForecast(canteenId, "2026-11-02", 30, 38);
    await store.keepForecast(canteenId, "2026-11-06", 20, null);
    expect(await store.closedHistory(canteenId, "2026-11-30", 10)).toEqual([{ date: "2026-11-02", covers: 40, pollCovers: 30 }]);
    expect(await store.latestOpenService(canteenId, "2026-11-30")).toBe("2026-11-06");
    expect(await store.latestOpenService(canteenId, "2026-11-01")).toBeNull();
  });

  it("reads a period's records: services held up to today, survey counts, volunteers and newcomers", async () => {
    const [cook, eater] = await people("rec", 2);
    await store.claimSeat({ canteenId, date: "2026-10-20", role: "cook", personId: cook!.personId, capacity: 3 });
    await store.claimSeat({ canteenId, date: "2026-11-02", role: "cook", personId: cook!.personId, capacity: 3 });
    await store.answerPoll(canteenId, "2026-11-02", eater!.personId, { eating: true, guests: 0 });
    await store.answerPoll(canteenId, "2026-11-28", eater!.personId, { eating: true, guests: 0 });
    const r = await store.impactRecords(canteenId, { from: "2026-11-01", to: "2026-11-30" }, "2026-11-10");
    expect(r.services.map((s) => s.date)).toEqual(["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"]);
    expect(r.services[0]).toMatchObject({ closed: true, covers: 40, takings: 31250, spent: 8520, forecast: 38, pollCovers: 30 });
    expect(r.services[2]!.survey).toEqual({ welcome: { yes: 20, no: 10 } });
    expect(r.services[4]).toMatchObject({ closed: false, covers: null });
    // The cook cooked in October: a volunteer, not a new one; the eater is new this month.
    expect(r).toMatchObject({ currency: "EUR", volunteers: 1, newVolunteers: 0, newcomers: 1, lunch: null });
    const october = await store.impactRecords(canteenId, { from: "2026-10-01", to: "2026-10-31" }, "2026-11-10");
    expect(october).toMatchObject({
      volunteers: 1,
      newVolunteers: 1,
      newcomers: 1,
      services: [expect.objectContaining({ date: "2026-10-20", closed: false })],
    });
  });

  it("adds lunch-table figures once the canteen has a programme: rounds held, tables and seats taken", async () => {
    const group = (await store.findChat("console:group"))!.group;
    const { program } = await store.setupLunchProgram(canteenId, group.id, {
      weekday: 1,
      tableSize: 4,
      closeTime: "17:00",
      avoidRounds: 4,
    });
    const ms = await people("lunch", 4);
    await store.createLunchRound({
      programId: program.id,
      canteenId,
      date: "2026-11-09",
      at,
      participants: 4,
      tables: [{ icebreaker: 0, people: ms.map((m) => ({ personId: m.personId, team: null })) }],
    });
    await store.createLunchRound({
      programId: program.id,
      canteenId,
      date: "2026-11-16",
      at,
      participants: 4,
      tables: [{ icebreaker: 1, people: ms.map((m) => ({ personId: m.personId, team: null })) }],
    });
    const r = await store.impactRecords(canteenId, { from: "2026-11-01", to: "2026-11-30" }, "2026-11-10");
    // The round of the 16th has not been held yet on the 10th.
    expect(r.lunch).toEqual({ rounds: 1, tables: 1, seats: 4 });
    expect(r.newcomers).toBe(1 + 4);
  });
});
