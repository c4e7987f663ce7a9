import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { STATEMENT_CACHE_SIZE } from "../../src/store/sqlite-adapter.ts";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";

let tdb: TestDatabase;
let db: Database;
afterEach(async () => {
  await db.close();
  await tdb.drop();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("SQLite statements and transactions on one connection", () => {
  it("a write made while another transaction is open is not undone when that transaction rolls back", async () => {
    tdb = await sqliteDatabase();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url);
    let outsideDone = false;
    let seenInside: string[] = [];
    const failing = db.prisma
      .$transaction(async (tx) => {
        await tx.processedEvent.create({ data: { key: "inside" } });
        await pause(200);
        seenInside = (await tx.processedEvent.findMany()).map((r) => r.key);
        throw new Error("this transaction rolls back");
      })
      .catch(() => "rolled back");
    await pause(50);
    // The ledger's fence and bookkeeping are plain statements like this one, outside transactions.
    const outside = db.prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("key", "createdAt") VALUES ('outside', CURRENT_TIMESTAMP)`.then(
      () => (outsideDone = true),
    );
    expect(await failing).toBe("rolled back");
    await outside;
    // The write waited for the transaction instead of joining it…
    expect(seenInside).toEqual(["inside"]);
    expect(outsideDone).toBe(true);
    // …so the rollback took only the transaction's own write.
    expect((await db.prisma.processedEvent.findMany()).map((r) => r.key)).toEqual(["outside"]);
  });

  it("a transaction waiting for the connection is not ended by the one before it rolling back", async () => {
    tdb = await sqliteDatabase();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url);
    const failing = db.prisma
      .$transaction(async (tx) => {
        await tx.processedEvent.create({ data: { key: "failed" } });
        throw new Error("this transaction rolls back");
      })
      .catch(() => "rolled back");
    // Queued behind it: it takes the connection the moment the first one lets go.
    const next = db.prisma.$transaction(async (tx) => {
      await tx.processedEvent.create({ data: { key: "first write" } });
      await pause(50);
      await tx.processedEvent.create({ data: { key: "second write" } });
      return "committed";
    });
    expect(await failing).toBe("rolled back");
    expect(await next).toBe("committed");
    expect((await db.prisma.processedEvent.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual([
      "first write",
      "second write",
    ]);
  });
});

describe("SQLite's kept prepared statements", () => {
  it("a statement run again with other arguments answers for those, reads and writes alike", async () => {
    tdb = await sqliteDatabase();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url);
    for (const key of ["a", "b", "c"])
      await db.prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("key", "createdAt") VALUES (${key}, ${new Date()})`;
    for (const key of ["c", "a", "b", "zz"]) {
      const rows = await db.prisma.$queryRaw<{ key: string }[]>`SELECT "key" FROM "ProcessedEvent" WHERE "key" = ${key}`;
      expect(rows.map((r) => r.key)).toEqual(key === "zz" ? [] : [key]);
    }
    expect(await db.prisma.processedEvent.count()).toBe(3);
  });

  it("more distinct statements than are kept still run, each with its own columns", async () => {
    tdb = await sqliteDatabase();
    await migrate(tdb.url);
    db = await openDatabase(tdb.url);
    for (let i = 0; i < STATEMENT_CACHE_SIZE + 20; i++) {
      const rows = await db.prisma.$queryRawUnsafe<Record<string, bigint>[]>(`SELECT ${i} AS "n${i}"`);
      expect(rows).toEqual([{ [`n${i}`]: BigInt(i) }]);
    }
  });
});
