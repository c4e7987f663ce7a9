// The store suite: runs on SQLite always, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member, Store } from "../../src/kernel/ports.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { seedCanteen } from "../helpers/seed.ts";
import { FEATURES } from "../../src/app.ts";

describe.each(STORE_PROVIDERS)("store on $name", ({ create }) => {
  let tdb: TestDatabase;
  let db: Database;
  let store: Store;
  let canteenId: number;

  beforeAll(async () => {
    tdb = await create();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url, { poolSize: 20 });
    store = createPrismaStore(db, FEATURES);
    canteenId = (await seedCanteen(store, "Belleville", [{ address: "telegram:-1" }], { address: "telegram:1", name: "Mona" })).id;
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

  it("50 people racing for the last 3 places: exactly 3 get one, the rest wait in a strict order", async () => {
    const racers = await people("race", 50);
    const results = await Promise.all(
      racers.map((m) => store.claimSeat({ canteenId, date: "2026-12-01", role: "cook", personId: m.personId, capacity: 3 })),
    );
    expect(results.filter((r) => r.kind === "confirmed")).toHaveLength(3);
    expect(
      results
        .filter((r) => r.kind === "waitlist")
        .map((r) => (r.kind === "waitlist" ? r.position : 0))
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    const sheet = await store.sheet(canteenId, ["2026-12-01"]);
    expect(
      sheet
        .filter((s) => s.status === "confirmed")
        .map((s) => s.seat)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(sheet).toHaveLength(50);
  });

  it("the database itself refuses a second holder of the same seat, whatever the code does", async () => {
    const [a, b] = await people("seat", 2);
    await store.claimSeat({ canteenId, date: "2026-12-07", role: "headcook", personId: a!.personId, capacity: 1 });
    const service = await db.prisma.service.findFirstOrThrow({ where: { canteenId, date: "2026-12-07" } });
    await expect(
      db.prisma.signUp.create({ data: { serviceId: service.id, role: "headcook", personId: b!.personId, status: "confirmed", seat: 1 } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("the same person clicking 20 times at once is signed up once", async () => {
    const [m] = await people("double", 1);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        store.claimSeat({ canteenId, date: "2026-12-02", role: "cook", personId: m!.personId, capacity: 3 }),
      ),
    );
    expect(results.filter((r) => r.kind === "confirmed")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "already")).toHaveLength(19);
    expect(await store.sheet(canteenId, ["2026-12-02"])).toHaveLength(1);
  });

  it("cancellations racing each other promote each waiting person exactly once, oldest first", async () => {
    const crew = await people("crew", 3);
    const queue = await people("queue", 5);
    for (const m of [...crew, ...queue]) {
      await store.claimSeat({ canteenId, date: "2026-12-03", role: "cook", personId: m.personId, capacity: 3 });
    }
    const released = await Promise.all(
      crew.map((m) => store.releaseSeat({ canteenId, date: "2026-12-03", personId: m.personId, capacity: () => 3 })),
    );
    expect(released.map((r) => r.promoted?.name).sort()).toEqual(["queue0", "queue1", "queue2"]);
    const sheet = await store.sheet(canteenId, ["2026-12-03"]);
    const confirmed = sheet.filter((s) => s.status === "confirmed");
    expect(confirmed.map((s) => s.name).sort()).toEqual(["queue0", "queue1", "queue2"]);
    expect(new Set(confirmed.map((s) => s.seat)).size).toBe(3);
    expect(sheet.filter((s) => s.status === "waitlist").map((s) => s.name)).toEqual(["queue3", "queue4"]);
  });

  it("sign-ups and cancellations interleaved under load never overbook nor lose anyone", async () => {
    const crowd = await people("load", 40);
    const date = "2026-12-04";
    await Promise.all(
      crowd.map(async (m, i) => {
        await store.claimSeat({ canteenId, date, role: "dishes", personId: m.personId, capacity: 2 });
        if (i % 3 === 0) await store.releaseSeat({ canteenId, date, personId: m.personId, capacity: () => 2 });
      }),
    );
    const sheet = await store.sheet(canteenId, [date]);
    const stayed = crowd
      .filter((_, i) => i % 3 !== 0)
      .map((m) => m.name)
      .sort();
    expect(sheet.map((s) => s.name).sort()).toEqual(stayed);
    expect(sheet.filter((s) => s.status === "confirmed")).toHaveLength(2);
  });

  it("a redelivered event id is claimed once, even when both copies arrive together", async () => {
    const claims = await Promise.all(Array.from({ length: 10 }, () => store.claimDelivery("telegram:update:99")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.releaseDelivery("telegram:update:99");
    expect(await store.claimDelivery("telegram:update:99")).toBe(true);
  });

  it("two groups racing to create the same canteen name: one creates it, the other is told it is taken", async () => {
    const setups = await Promise.all(
      ["discord:1", "slack:C1"].map((address, i) =>
        store.setupCanteen({
          name: "Vaise",
          slug: "vaise",
          timezone: "Europe/Paris",
          locale: "fr",
          roles: DEFAULT_ROLES,
          chat: { address, platform: address.startsWith("discord") ? "discord" : "slack" },
          founder: { address: `${address}:u${i}`, name: `u${i}`, platform: "slack" },
        }),
      ),
    );
    expect(setups.map((s) => s.kind).sort()).toEqual(["created", "name-taken"]);
  });

  it("a person seen under a new display name is renamed, not duplicated", async () => {
    await store.ensureMember(canteenId, { address: "telegram:77", name: "Sam", platform: "telegram" });
    const again = await store.ensureMember(canteenId, { address: "telegram:77", name: "Samia", platform: "telegram" });
    expect(again.name).toBe("Samia");
    expect((await store.members(canteenId)).filter((m) => m.addresses.includes("telegram:77"))).toHaveLength(1);
  });
});
