// The command path's raw statements (src/store/raw.ts) skip Prisma's query compiler on SQLite:
// they must give the same rows as $queryRaw, run inside the transaction that asks, wait for an
// open one otherwise, and fail as Prisma fails.
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { Prisma } from "../../src/store/generated/sqlite/client.ts";
import { migrate } from "../../src/store/migrate.ts";
import { execute, queryRows } from "../../src/store/raw.ts";
import { atomic, isUniqueViolation } from "../../src/store/tx.ts";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";

let tdb: TestDatabase;
let db: Database;
afterEach(async () => {
  await db.close();
  await tdb.drop();
});

async function open(): Promise<Database> {
  tdb = await sqliteDatabase();
  await migrate(tdb.url);
  return (db = await openDatabase(tdb.url));
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("raw statements on SQLite's direct lane", () => {
  it("give the rows $queryRaw gives, value types included", async () => {
    const { prisma } = await open();
    const seen = new Date("2026-11-23T08:00:00.123Z");
    const person = await prisma.person.create({ data: { displayName: "Chloé", placeholder: true } });
    await prisma.identity.create({
      data: { address: "telegram:1", platform: "telegram", displayName: "Chloé", personId: person.id, lastSeenAt: seen },
    });
    const query = () => Prisma.sql`
      SELECT p."id", p."displayName", p."placeholder", p."locale", i."lastSeenAt", i."address", 1.5 AS "half", NULL AS "nothing"
      FROM "Person" p JOIN "Identity" i ON i."personId" = p."id" WHERE i."address" IN (${Prisma.join(["telegram:1", "telegram:2"])})`;
    const viaPrisma = await prisma.$queryRaw(query());
    const spy = vi.spyOn(prisma, "$queryRaw");
    const direct = await queryRows<Record<string, unknown>>(prisma, query());
    expect(spy).not.toHaveBeenCalled(); // the lane ran it, not Prisma
    spy.mockRestore();
    expect(direct).toEqual(viaPrisma);
    expect(direct[0]!.lastSeenAt).toEqual(seen);
    expect(await atomic(prisma, (tx) => queryRows(tx, query()))).toEqual(direct);
  });

  it("write what Prisma writes: dates and booleans read back the same through the query builder", async () => {
    const { prisma } = await open();
    const at = new Date("2026-12-01T11:30:00.000Z");
    const person = await prisma.person.create({ data: { displayName: "Dan" } });
    expect(
      await execute(prisma, Prisma.sql`UPDATE "Person" SET "placeholder" = ${true}, "createdAt" = ${at} WHERE "id" = ${person.id}`),
    ).toBe(1);
    expect(await prisma.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ placeholder: true, createdAt: at });
  });

  it("inside a transaction see its own writes; outside it wait until it ends", async () => {
    const { prisma } = await open();
    let outside: { key: string }[] | undefined;
    const inside = atomic(prisma, async (tx) => {
      await execute(tx, Prisma.sql`INSERT INTO "ProcessedEvent" ("key", "createdAt") VALUES (${"k"}, ${new Date()})`);
      const mine = await queryRows<{ key: string }>(tx, Prisma.sql`SELECT "key" FROM "ProcessedEvent"`);
      await pause(150);
      expect(outside).toBeUndefined();
      return mine;
    });
    await pause(50);
    const later = queryRows<{ key: string }>(prisma, Prisma.sql`SELECT "key" FROM "ProcessedEvent"`).then((r) => (outside = r));
    expect(await inside).toEqual([{ key: "k" }]);
    expect(await later).toEqual([{ key: "k" }]);
  });

  it("fail as Prisma fails: a duplicate key is a unique violation, which atomic replays", async () => {
    const { prisma } = await open();
    const insert = () => Prisma.sql`INSERT INTO "ProcessedEvent" ("key", "createdAt") VALUES (${"dup"}, ${new Date()}) RETURNING "key"`;
    await queryRows(prisma, insert());
    const failure = await queryRows(prisma, insert()).catch((e: unknown) => e);
    expect(isUniqueViolation(failure)).toBe(true);
    expect(isUniqueViolation(await prisma.$queryRaw(insert()).catch((e: unknown) => e))).toBe(true);
  });
});
