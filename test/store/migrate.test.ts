import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, providerOf } from "../../src/store/database.ts";
import { migrate, migrationFiles, MigrationError } from "../../src/store/migrate.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Runs raw SQL on a database without Prisma (to fill a database at an older schema). */
async function openRaw(url: string): Promise<((sql: string) => Promise<void>) & { close(): Promise<void> }> {
  if (providerOf(url) === "sqlite") {
    const db = new BetterSqlite3(url.replace(/^file:/, ""));
    return Object.assign(async (sql: string) => void db.exec(sql), { close: async () => void db.close() });
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return Object.assign(async (sql: string) => void (await client.query(sql)), { close: () => client.end() });
}

/** A copy of ./prisma with one more migration that fails half-way through. */
function prismaWithBrokenMigration(provider: "sqlite" | "postgres"): string {
  const dir = mkdtempSync(join(tmpdir(), "tablee-prisma-"));
  cpSync(join(process.cwd(), "prisma", provider), join(dir, provider), { recursive: true });
  const broken = join(dir, provider, "migrations", "99990101000000_broken");
  mkdirSync(broken);
  // The first statement would succeed on its own; the second fails. Neither may stay applied.
  writeFileSync(
    join(broken, "migration.sql"),
    `CREATE TABLE "Leftover" ("id" INTEGER);\nDELETE FROM "Canteen";\nSELECT * FROM "NoSuchTable";\n`,
  );
  return dir;
}

describe.each(STORE_PROVIDERS)("migrations on $name", ({ create }) => {
  const fresh = async (): Promise<TestDatabase> => {
    const t = await create();
    cleanups.push(() => t.drop());
    return t;
  };

  it("a new database gets every migration, and a second start applies nothing", async () => {
    const t = await fresh();
    const all = migrationFiles(providerOf(t.url)).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    expect(await migrate(t.url)).toEqual(all);
    expect(await migrate(t.url)).toEqual([]);
  });

  it("upgrading a database from the first migration keeps every row and link", async () => {
    const t = await fresh();
    const provider = providerOf(t.url);
    const first = mkdtempSync(join(tmpdir(), "tablee-prisma-"));
    const [init] = migrationFiles(provider);
    mkdirSync(join(first, provider, "migrations", init!.name), { recursive: true });
    writeFileSync(join(first, provider, "migrations", init!.name, "migration.sql"), init!.sql);
    await migrate(t.url, first);

    const raw = await openRaw(t.url);
    await raw(
      `INSERT INTO "Canteen" ("id", "name", "slug", "timezone", "locale") VALUES (1, 'Belleville', 'belleville', 'Europe/Paris', 'fr')`,
    );
    await raw(`INSERT INTO "Person" ("id", "displayName") VALUES (1, 'Alice')`);
    await raw(
      `INSERT INTO "Identity" ("id", "address", "platform", "displayName", "personId") VALUES (1, 'telegram:1', 'telegram', 'Alice', 1)`,
    );
    await raw(`INSERT INTO "Membership" ("id", "canteenId", "personId", "role") VALUES (1, 1, 1, 'manager')`);
    await raw(`INSERT INTO "Service" ("id", "canteenId", "date") VALUES (1, 1, '2026-12-01')`);
    await raw(`INSERT INTO "SignUp" ("id", "serviceId", "role", "personId", "status", "seat") VALUES (1, 1, 'cook', 1, 'confirmed', 1)`);
    await raw.close();

    expect((await migrate(t.url)).length).toBe(migrationFiles(provider).length - 1);
    const db = await openDatabase(t.url);
    cleanups.push(() => db.close());
    expect(await db.prisma.identity.count()).toBe(1);
    expect(await db.prisma.membership.count()).toBe(1);
    expect(await db.prisma.signUp.findFirst({ include: { person: true, service: true } })).toMatchObject({
      person: { displayName: "Alice" },
      service: { date: "2026-12-01" },
      seat: 1,
    });
    expect(await db.prisma.canteen.findFirst()).toMatchObject({ name: "Belleville", announceTime: "10:00" });
  });

  it("a failing migration stops with a clear error and leaves data and schema untouched", async () => {
    const t = await fresh();
    await migrate(t.url);
    const db = await openDatabase(t.url);
    await db.prisma.canteen.create({ data: { name: "Belleville", slug: "belleville", timezone: "Europe/Paris", locale: "fr" } });
    await db.close();

    const err = await migrate(t.url, prismaWithBrokenMigration(providerOf(t.url))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as MigrationError).message).toMatch(/migration 99990101000000_broken failed/);

    const after = await openDatabase(t.url);
    cleanups.push(() => after.close());
    expect(await after.prisma.canteen.count()).toBe(1);
    await expect(after.prisma.$queryRawUnsafe(`SELECT * FROM "Leftover"`)).rejects.toThrow();
    expect(await migrate(t.url)).toEqual([]);
  });

  it("a database migrated by a newer version is refused rather than guessed at", async () => {
    const t = await fresh();
    const newer = prismaWithBrokenMigration(providerOf(t.url));
    writeFileSync(
      join(newer, providerOf(t.url), "migrations", "99990101000000_broken", "migration.sql"),
      `CREATE TABLE "Future" ("id" INTEGER);`,
    );
    await migrate(t.url, newer);
    await expect(migrate(t.url)).rejects.toThrow(/does not know \(99990101000000_broken\)/);
  });
});
