// Applies pending migrations at start-up, without Prisma's native schema engine. All pending
// migrations run in one transaction: a failure leaves the database exactly as it was. The
// bookkeeping table is Prisma's own `_prisma_migrations`, so `prisma migrate status` agrees.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath, SQLITE_BUSY_TIMEOUT_MS, type Provider } from "./database.ts";

/** The project's prisma/ folder (with the migrations), found upwards from this module (in src/store or dist/). */
function findPrismaDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "prisma", "sqlite", "migrations"))) return join(dir, "prisma");
    const up = dirname(dir);
    if (up === dir) throw new MigrationError("cannot find the prisma/ folder with the migrations");
    dir = up;
  }
}

const PRISMA_DIR = findPrismaDir();

/** A migration that could not be applied; nothing was changed. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The committed migrations of a provider, in order. */
export function migrationFiles(provider: Provider, prismaDir = PRISMA_DIR): MigrationFile[] {
  const dir = join(prismaDir, provider, "migrations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => /^\d{14}_/.test(d) && existsSync(join(dir, d, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function pending(files: MigrationFile[], applied: { migration_name: string; checksum: string }[]): MigrationFile[] {
  const known = new Set(files.map((f) => f.name));
  const unknown = applied.filter((a) => !known.has(a.migration_name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `the database has migrations this version of Tablée does not know (${unknown.map((u) => u.migration_name).join(", ")}); ` +
        "it was probably upgraded by a newer version. Run that version, or restore a backup.",
    );
  }
  const done = new Set(applied.map((a) => a.migration_name));
  return files.filter((f) => !done.has(f.name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function migrateSqlite(url: string, prismaDir?: string): string[] {
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    // Table rebuilds (DROP + RENAME) must not fire ON DELETE CASCADE; the pragma only takes
    // effect outside a transaction. Integrity is checked before committing instead.
    db.pragma("foreign_keys = OFF");
    db.exec("BEGIN IMMEDIATE");
    let current: string | undefined;
    try {
      db.exec(SQLITE_TABLE);
      const applied = db
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all() as { migration_name: string; checksum: string }[];
      const todo = pending(migrationFiles("sqlite", prismaDir), applied);
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
      );
      for (const m of todo) {
        current = m.name;
        db.exec(m.sql);
        record.run(randomUUID(), m.checksum, m.name);
      }
      const broken = db.prepare("PRAGMA foreign_key_check").all();
      if (broken.length > 0) throw new Error(`foreign keys broken by the migration: ${JSON.stringify(broken.slice(0, 3))}`);
      db.exec("COMMIT");
      return todo.map((m) => m.name);
    } catch (e) {
      db.exec("ROLLBACK");
      if (e instanceof MigrationError) throw e;
      throw new MigrationError(`migration ${current ?? "bookkeeping"} failed: ${(e as Error).message}`, current, e);
    }
  } finally {
    db.close();
  }
}

/** How long connecting to PostgreSQL may take before it counts as "not reachable" (retried at start). */
const PG_CONNECT_TIMEOUT_MS = 10_000;

/** Key of the PostgreSQL advisory lock that keeps two starting instances from migrating at once. */
const PG_MIGRATION_LOCK = 7_243_101;

async function migratePostgres(url: string, prismaDir?: string): Promise<string[]> {
  // Without a connect timeout, an address that drops packets would hold start-up for minutes.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
  await client.connect();
  let current: string | undefined;
  try {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [PG_MIGRATION_LOCK]);
      await client.query(PG_TABLE);
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const todo = pending(migrationFiles("postgres", prismaDir), rows);
      for (const m of todo) {
        current = m.name;
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
      }
      await client.query("COMMIT");
      return todo.map((m) => m.name);
    } catch (e) {
      await client.query("ROLLBACK");
      if (e instanceof MigrationError) throw e;
      throw new MigrationError(`migration ${current ?? "bookkeeping"} failed: ${(e as Error).message}`, current, e);
    }
  } finally {
    await client.end();
  }
}

/**
 * Brings the database at `url` up to date; returns the names of the migrations applied.
 * `prismaDir` points elsewhere than ./prisma (tests use it to try a broken migration).
 */
export async function migrate(url: string, prismaDir?: string): Promise<string[]> {
  return providerOf(url) === "sqlite" ? migrateSqlite(url, prismaDir) : migratePostgres(url, prismaDir);
}
