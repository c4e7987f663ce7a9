// The team a service really had, on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set:
// the sheet until someone is marked, marks kept when sign-ups change, no-shows forgotten after a
// year, and the person hooks (/link merges, /forget me anonymises, /mydata lists).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member, Store } from "../../src/kernel/ports.ts";
import { closeoutPersonTables } from "../../src/features/closeout/person.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { seedCanteen } from "../helpers/seed.ts";
import { FEATURES } from "../../src/app.ts";

describe.each(STORE_PROVIDERS)("the team store on $name", ({ create }) => {
  let tdb: TestDatabase;
  let db: Database;
  let store: Store;
  let canteenId: number;
  const at = new Date("2026-11-24T14:00:00Z");
  const hooks = closeoutPersonTables.find((t) => t.model === "TeamMember")!;

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

  const member = (name: string): Promise<Member> =>
    store.ensureMember(canteenId, { address: `console:${name.toLowerCase()}`, name, platform: "console" });
  const cook = async (date: string, m: Member, role = "cook") =>
    store.claimSeat({ canteenId, date, role, personId: m.personId, capacity: 3 });
  const came = async (date: string) => (await store.team(canteenId, date)).map((p) => `${p.name}:${p.came ? "came" : "no-show"}`);

  it("is the sheet's confirmed people, all came, until a close-out marks someone; then the marks hold", async () => {
    const [ana, ben] = [await member("Ana"), await member("Ben")];
    await cook("2026-11-02", ana);
    await cook("2026-11-02", ben, "dishes");
    expect(await came("2026-11-02")).toEqual(["Ana:came", "Ben:came"]);
    await store.markTeam({
      canteenId,
      date: "2026-11-02",
      marks: [
        { kind: "absent", personId: ben.personId, name: "Ben" },
        { kind: "helper", personId: null, name: "Sam", role: "dishes" },
      ],
      at,
    });
    expect(await came("2026-11-02")).toEqual(["Ana:came", "Ben:no-show", "Sam:came"]);
    // A helper marked absent was a mistake: they leave the team.
    await store.markTeam({ canteenId, date: "2026-11-02", marks: [{ kind: "absent", personId: null, name: "sam" }], at });
    expect(await came("2026-11-02")).toEqual(["Ana:came", "Ben:no-show"]);
  });

  it("two closers marking at once both land, one row per person", async () => {
    const people = await Promise.all(["C1", "C2", "C3"].map(member));
    for (const p of people) await cook("2026-11-03", p);
    await Promise.all(
      people.map((p) =>
        store.markTeam({ canteenId, date: "2026-11-03", marks: [{ kind: "absent", personId: p.personId, name: p.name }], at }),
      ),
    );
    expect(await came("2026-11-03")).toEqual(["C1:no-show", "C2:no-show", "C3:no-show"]);
  });

  it("forgets no-shows on services more than a year old, and keeps those who came", async () => {
    const [old, kept] = [await member("Olga"), await member("Karl")];
    await cook("2025-10-01", old);
    await cook("2025-10-01", kept);
    await store.markTeam({ canteenId, date: "2025-10-01", marks: [{ kind: "absent", personId: old.personId, name: "Olga" }], at });
    expect(await store.forgetNoShows("2025-10-01")).toBe(0);
    expect(await store.forgetNoShows("2025-10-02")).toBeGreaterThanOrEqual(1);
    const team = await store.team(canteenId, "2025-10-01");
    expect(team.map((p) => [p.personId, p.came])).toEqual([
      [null, false],
      [kept.personId, true],
    ]);
    expect(team.some((p) => p.name === "Olga")).toBe(false);
  });

  it("/link merges two people on one team into one who came; /mydata lists their no-shows; /forget me takes their name", async () => {
    const [a, b] = [await member("Dora"), await member("Dora Bis")];
    await cook("2026-11-05", a);
    await cook("2026-11-05", b);
    await store.markTeam({ canteenId, date: "2026-11-05", marks: [{ kind: "absent", personId: a.personId, name: "Dora" }], at });
    await db.prisma.$transaction((tx) => hooks.merge(tx as never, a.personId, b.personId));
    const team = await store.team(canteenId, "2026-11-05");
    expect(team.filter((p) => p.personId === b.personId).map((p) => p.came)).toEqual([true]);
    expect(team.some((p) => p.personId === a.personId)).toBe(false);

    await store.markTeam({ canteenId, date: "2026-11-05", marks: [{ kind: "absent", personId: b.personId, name: "Dora Bis" }], at });
    const exported = await db.prisma.$transaction((tx) => hooks.export!(tx as never, b.personId, at));
    expect(exported.rows).toEqual([{ canteen: "Belleville", date: "2026-11-05", role: "cook", came: false, helper: false }]);

    await db.prisma.$transaction((tx) =>
      hooks.forget(tx as never, { personId: b.personId, now: at, today: "2026-11-24", addresses: [], promoted: [] }),
    );
    const after = await store.team(canteenId, "2026-11-05");
    expect(after.some((p) => p.personId === b.personId || p.name === "Dora Bis")).toBe(false);
  });
});
