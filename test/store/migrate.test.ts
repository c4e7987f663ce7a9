import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, providerOf } from "../../src/store/database.ts";
import { migrate, migrationFiles, MigrationError } from "../../src/store/migrate.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A copy of ./prisma with one more migration that fails half-way through. */
function prismaWithBrokenMigration(provider: "sqlite" | "postgres"): string {
  const dir = mkdtempSync(join(tmpdir(), "tablee-prisma-"));
  cpSync(join(process.cwd(), "prisma", provider), join(dir, provider), { recursive: true });
  const broken = join(dir, provider, "migrations", "99990101000000_broken");
  mkdirSync(broken);
  // The first statement would succeed on its own; the second fails. Neither may stay applied.
  writeFileSync(join(broken, "migration.sql"), `CREATE TABLE "Leftover" ("id" INTEGER);\nDELETE FROM "Canteen";\nSELECT * FROM "NoSuchTable";\n`);
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
    writeFileSync(join(newer, providerOf(t.url), "migrations", "99990101000000_broken", "migration.sql"), `CREATE TABLE "Future" ("id" INTEGER);`);
    await migrate(t.url, newer);
    await expect(migrate(t.url)).rejects.toThrow(/does not know \(99990101000000_broken\)/);
  });
});
