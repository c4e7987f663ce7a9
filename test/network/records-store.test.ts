// The network's records read in three statements are exactly each canteen's `impactRecords`, on
// SQLite and PostgreSQL, over a generated history (years of services, polls, cooks and survey
// counts) and whatever period is asked: the network report and the canteen report agree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetwork, generateRows, insertRows } from "../../scripts/bench/impact-data.ts";
import type { Store } from "../../src/kernel/ports.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { openStore, type SeededDatabase } from "../helpers/seed.ts";

describe.each(STORE_PROVIDERS)("network records on $name", ({ create }) => {
  let database: TestDatabase;
  let seeded: SeededDatabase;
  let store: Store;
  let ids: number[];

  beforeAll(async () => {
    database = await create();
    seeded = await openStore(database.url);
    store = seeded.store;
    ids = await createNetwork(store, 3);
    // The generated services may fall on public holidays: these canteens open on them.
    await seeded.db.prisma.canteen.updateMany({ where: { id: { in: ids } }, data: { holidays: "none" } });
    await insertRows(
      seeded.db,
      database.url,
      ids,
      generateRows(ids, { canteens: 3, servicesPerYear: 30, years: 3, reportYear: 2026, coversMean: 40, pollAnswers: 12, cooks: 4 }, 7),
    );
  }, 60_000);
  afterAll(async () => {
    await seeded.close();
    await database.drop();
  });

  const periods = [
    { from: "2026-01-01", to: "2026-12-31", today: "2026-12-31" },
    { from: "2026-02-01", to: "2026-02-28", today: "2026-12-31" },
    { from: "2025-01-01", to: "2025-12-31", today: "2026-02-10" },
    { from: "2000-01-01", to: "2026-02-10", today: "2026-02-10" },
    { from: "2030-01-01", to: "2030-12-31", today: "2026-02-10" },
  ];

  it.each(periods)("equal each canteen's impactRecords from $from to $to (today $today)", async ({ from, to, today }) => {
    const together = await store.networkRecords(ids, { from, to }, today);
    const one = await Promise.all(ids.map((id) => store.impactRecords(id, { from, to }, today)));
    expect(together).toEqual(one);
  });

  it("carry the takings by means of payment as impactRecords does", async () => {
    const [first] = await store.networkRecords(ids, { from: "2026-01-01", to: "2026-12-31" }, "2026-12-31");
    const date = first!.services[0]!.date;
    const actor = { personId: (await store.members(ids[0]!))[0]!.personId, name: "Mona" };
    await store.recordClose({
      canteenId: ids[0]!,
      date,
      values: {},
      split: { cash: 12000, cheque: 740 },
      currency: "EUR",
      actor,
      at: new Date(),
    });
    const together = await store.networkRecords(ids, { from: date, to: date }, "2026-12-31");
    expect(together[0]!.services[0]).toMatchObject({ takings: 12740, split: { cash: 12000, card: null, cheque: 740 } });
    expect(together).toEqual(await Promise.all(ids.map((id) => store.impactRecords(id, { from: date, to: date }, "2026-12-31"))));
  });

  it("carry the waste weighed at close-out as impactRecords does, and nothing where none was weighed", async () => {
    const [first] = await store.networkRecords(ids, { from: "2026-01-01", to: "2026-12-31" }, "2026-12-31");
    const closed = first!.services.filter((s) => s.closed);
    const [weighed, other] = [closed[0]!.date, closed[1]!.date];
    const actor = { personId: (await store.members(ids[0]!))[0]!.personId, name: "Mona" };
    await store.recordClose({
      canteenId: ids[0]!,
      date: weighed,
      values: {},
      waste: { wastePlates: 1000, wastePrep: 500 },
      currency: "EUR",
      actor,
      at: new Date(),
    });
    const period = { from: weighed < other ? weighed : other, to: weighed < other ? other : weighed };
    const together = await store.networkRecords(ids, period, "2026-12-31");
    const byDate = new Map(together[0]!.services.map((s) => [s.date, s]));
    expect(byDate.get(weighed)).toMatchObject({ waste: 1500 });
    expect(byDate.get(other)).toMatchObject({ waste: null });
    expect(together).toEqual(await Promise.all(ids.map((id) => store.impactRecords(id, period, "2026-12-31"))));
  });

  it("finds newcomers and returning volunteers in the generated history (the comparison is not vacuous)", async () => {
    const [first] = await store.networkRecords(ids, { from: "2026-01-01", to: "2026-12-31" }, "2026-12-31");
    expect(first!.services.length).toBe(30);
    expect(first!.newcomers).toBeGreaterThan(0);
    expect(first!.volunteers).toBeGreaterThan(first!.newVolunteers);
  });
});
