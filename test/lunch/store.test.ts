// The lunch store under concurrency: on SQLite always, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LunchProgram } from "../../src/features/lunch/ports.ts";
import { NO_HISTORY } from "../../src/features/lunch/matching.ts";
import { rebalance } from "../../src/features/lunch/rebalance.ts";
import type { Member, Store } from "../../src/kernel/ports.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { seedCanteen } from "../helpers/seed.ts";
import { FEATURES } from "../../src/app.ts";

describe.each(STORE_PROVIDERS)("lunch store on $name", ({ create }) => {
  let tdb: TestDatabase;
  let db: Database;
  let store: Store;
  let canteenId: number;
  let program: LunchProgram;

  beforeAll(async () => {
    tdb = await create();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url, { poolSize: 20 });
    store = createPrismaStore(db, FEATURES);
    canteenId = (await seedCanteen(store, "Belleville", [{ address: "slack:C1" }], { address: "slack:U1", name: "Mona" })).id;
    const found = await store.findChat("slack:C1");
    program = (await store.setupLunchProgram(canteenId, found!.group.id, { weekday: 4, tableSize: 4, closeTime: "17:00", avoidRounds: 4 }))
      .program;
  });
  afterAll(async () => {
    await db.close();
    await tdb.drop();
  });

  const people = (prefix: string, n: number): Promise<Member[]> =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        store.ensureMember(canteenId, { address: `slack:${prefix}${i}`, name: `${prefix}${i}`, platform: "slack" }),
      ),
    );

  const seatsOf = (ms: Member[], from: number, to: number) => ms.slice(from, to).map((m) => ({ personId: m.personId, team: null }));

  it("forming the same round from several instances at once records it once, and books each seat once", async () => {
    const ms = await people("form", 8);
    const input = {
      programId: program.id,
      canteenId,
      date: "2026-12-03",
      at: new Date(),
      participants: 8,
      tables: [
        { icebreaker: 0, people: seatsOf(ms, 0, 4) },
        { icebreaker: 1, people: seatsOf(ms, 4, 8) },
      ],
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => store.createLunchRound(input)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.round.id)).size).toBe(1);
    expect(results[0]!.round.tables.map((t) => t.seats.length)).toEqual([4, 4]);
    const answers = await store.answers(canteenId, "2026-12-03");
    expect(
      answers
        .filter((a) => a.eating)
        .map((a) => a.personId)
        .sort(),
    ).toEqual(ms.map((m) => m.personId).sort());
  });

  it("a seat keeps the guests of someone who had already said they eat", async () => {
    const ms = await people("guest", 3);
    await store.answerPoll(canteenId, "2026-12-10", ms[0]!.personId, { eating: true, guests: 2 });
    await store.createLunchRound({
      programId: program.id,
      canteenId,
      date: "2026-12-10",
      at: new Date(),
      participants: 3,
      tables: [{ icebreaker: 0, people: seatsOf(ms, 0, 3) }],
    });
    const mine = (await store.answers(canteenId, "2026-12-10")).find((a) => a.personId === ms[0]!.personId);
    expect(mine).toMatchObject({ eating: true, guests: 2 });
  });

  it("drop-outs racing in one round queue up: every table left keeps at least 3 people, and nobody is lost", async () => {
    const ms = await people("drop", 13); // tables of 4, 3, 3, 3
    const tables = [seatsOf(ms, 0, 4), seatsOf(ms, 4, 7), seatsOf(ms, 7, 10), seatsOf(ms, 10, 13)].map((p, i) => ({
      icebreaker: i,
      people: p,
    }));
    const { round } = await store.createLunchRound({
      programId: program.id,
      canteenId,
      date: "2026-12-17",
      at: new Date(),
      participants: 13,
      tables,
    });
    const leaving = [ms[4]!, ms[7]!, ms[10]!, ms[11]!];
    const results = await Promise.all(
      leaving.map((m) =>
        store.dropLunchSeat({ roundId: round.id, personId: m.personId, plan: (seating, from) => rebalance(seating, from, NO_HISTORY, 4) }),
      ),
    );
    expect(results.map((r) => r.kind)).toEqual(["dropped", "dropped", "dropped", "dropped"]);
    const after = (await store.lunchRound(program.id, "2026-12-17"))!;
    const sizes = after.tables.map((t) => t.seats.filter((s) => s.status !== "dropped").length).filter((n) => n > 0);
    for (const n of sizes) expect(n).toBeGreaterThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(9);
    const eating = (await store.answers(canteenId, "2026-12-17")).filter((a) => a.eating).map((a) => a.personId);
    expect(eating.sort()).toEqual(
      ms
        .filter((m) => !leaving.includes(m))
        .map((m) => m.personId)
        .sort(),
    );
    expect((await store.dropLunchSeat({ roundId: round.id, personId: ms[4]!.personId, plan: () => [] })).kind).toBe("already");
  });
});
