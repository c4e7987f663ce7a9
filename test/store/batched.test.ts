// The batched hot path of the store (findChat, ensureMember, claimSeat answered for many
// concurrent calls at once): each call gets what it would have got alone, and two instances on
// one database — each batching its own claims — still never overbook. SQLite always, PostgreSQL
// when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClaimResult, Member, Store } from "../../src/kernel/ports.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { seedCanteen } from "../helpers/seed.ts";
import { FEATURES } from "../../src/app.ts";

describe.each(STORE_PROVIDERS)("batched store calls on $name", ({ create }) => {
  let tdb: TestDatabase;
  let one: Database;
  let two: Database;
  let a: Store;
  let b: Store;
  let canteenId: number;

  beforeAll(async () => {
    tdb = await create();
    await migrate(tdb.url);
    // Two instances of Tablée on one database: separate connections, separate batches.
    one = await openDatabase(tdb.url, { poolSize: 10 });
    two = await openDatabase(tdb.url, { poolSize: 10 });
    a = createPrismaStore(one, FEATURES);
    b = createPrismaStore(two, FEATURES);
    canteenId = (await seedCanteen(a, "Belleville", [{ address: "telegram:-1" }], { address: "telegram:1", name: "Mona" })).id;
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await tdb.drop();
  });

  const join = (store: Store, address: string, name: string): Promise<Member> =>
    store.ensureMember(canteenId, { address, name, platform: "telegram" });

  it("many chats looked up at once each find their own canteen, or nothing", async () => {
    const found = await Promise.all(["telegram:-1", "telegram:-404", "telegram:-1"].map((address) => a.findChat(address)));
    expect(found.map((f) => f?.canteen.name ?? null)).toEqual(["Belleville", null, "Belleville"]);
    expect(found[0]!.group).toMatchObject({ address: "telegram:-1", platform: "telegram", canteenId, active: true });
    expect(found[0]!.canteen.roles.map((r) => `${r.key} ${r.capacity}`)).toEqual(["headcook 1", "cook 3", "dishes 2"]);
  });

  it("new people with the same name arriving together become distinct members, each with their own account", async () => {
    const members = await Promise.all(Array.from({ length: 6 }, (_, i) => join(a, `telegram:same${i}`, "Camille")));
    expect(new Set(members.map((m) => m.personId)).size).toBe(6);
    members.forEach((m, i) =>
      expect(m).toMatchObject({ name: "Camille", role: "volunteer", placeholder: false, addresses: [`telegram:same${i}`] }),
    );
  });

  it("one account seen twice in a batch is one person, with the name it gave last", async () => {
    const [first, second] = await Promise.all([join(a, "telegram:twice", "Dom"), join(a, "telegram:twice", "Dominique")]);
    expect(first!.personId).toBe(second!.personId);
    expect(second!.name).toBe("Dominique");
    expect((await a.members(canteenId)).filter((m) => m.addresses.includes("telegram:twice")).map((m) => m.name)).toEqual(["Dominique"]);
  });

  it("a known member keeps their role, and a renamed account renames the person", async () => {
    const mona = await join(a, "telegram:1", "Mona B.");
    expect(mona).toMatchObject({ role: "manager", name: "Mona B.", addresses: ["telegram:1"] });
  });

  it("claims decided in one batch are the claims decided one after another", async () => {
    const people = await Promise.all(Array.from({ length: 5 }, (_, i) => join(a, `telegram:order${i}`, `Order${i}`)));
    const claims = people.map((m) => ({ canteenId, date: "2026-12-03", role: "dishes", personId: m.personId, capacity: 2 }));
    const results = await Promise.all([...claims, claims[0]!].map((c) => a.claimSeat(c)));
    expect(results.map((r) => r.kind)).toEqual(["confirmed", "confirmed", "waitlist", "waitlist", "waitlist", "already"]);
    expect(results.map((r) => (r.kind === "confirmed" ? r.taken : r.kind === "waitlist" ? r.position : 0))).toEqual([1, 2, 1, 2, 3, 0]);
    const signUps = results.map((r) => (r.kind === "closed" ? undefined : r.signUp));
    expect(signUps.map((s) => s?.name)).toEqual(["Order0", "Order1", "Order2", "Order3", "Order4", "Order0"]);
    expect(signUps[5]!.id).toBe(signUps[0]!.id);
  });

  it("a claim that cannot be recorded fails alone; the others in its batch go through", async () => {
    const [ok] = await Promise.all([join(a, "telegram:fine", "Fine")]);
    const results = await Promise.allSettled([
      a.claimSeat({ canteenId, date: "2026-12-04", role: "cook", personId: ok!.personId, capacity: 3 }),
      a.claimSeat({ canteenId, date: "2026-12-04", role: "cook", personId: 999_999, capacity: 3 }),
    ]);
    expect(results[0]).toMatchObject({ status: "fulfilled", value: { kind: "confirmed" } });
    expect(results[1]!.status).toBe("rejected");
  });

  it("two instances racing for the last places of 60 new services never overbook nor lose anyone", { timeout: 120_000 }, async () => {
    const racers = await Promise.all(Array.from({ length: 8 }, (_, i) => join(a, `telegram:racer${i}`, `Racer${i}`)));
    await Promise.all([a.findChat("telegram:-1"), b.findChat("telegram:-1")]); // both instances connected
    // Every date takes sign-ups here, 1 January too: public holidays stay open.
    await one.prisma.canteen.update({ where: { id: canteenId }, data: { holidays: "none" } });
    const dates = Array.from({ length: 60 }, (_, i) => `2027-0${1 + Math.floor(i / 20)}-${String((i % 20) + 1).padStart(2, "0")}`);
    const results: ClaimResult[] = [];
    // Rounds of 6 services: each instance batches its half of the claims; the batches overlap.
    for (let i = 0; i < dates.length; i += 6) {
      const claims = dates.slice(i, i + 6).flatMap((date) =>
        racers.map((m, k) => ({
          store: k % 2 === 0 ? a : b,
          claim: { canteenId, date, role: "cook", personId: m.personId, capacity: 3 },
        })),
      );
      results.push(...(await Promise.all(claims.map(({ store, claim }) => store.claimSeat(claim)))));
    }

    const rows = await one.prisma.signUp.findMany({ where: { service: { canteenId, date: { in: dates } } }, include: { service: true } });
    expect(rows).toHaveLength(dates.length * racers.length);
    for (const date of dates) {
      const mine = rows.filter((r) => r.service.date === date);
      expect(
        mine
          .filter((r) => r.status === "confirmed")
          .map((r) => r.seat)
          .sort(),
      ).toEqual([1, 2, 3]);
      expect(new Set(mine.map((r) => r.personId)).size).toBe(racers.length);
    }
    expect(results.filter((r) => r.kind === "confirmed")).toHaveLength(dates.length * 3);
    expect(await one.prisma.service.count({ where: { canteenId, date: { in: dates } } })).toBe(dates.length);
  });
});
