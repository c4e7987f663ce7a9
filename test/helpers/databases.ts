// Test databases: a fresh SQLite file per call, and — when TEST_DATABASE_URL points at a
// PostgreSQL server — a fresh PostgreSQL database per call, dropped afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** A throw-away database URL and how to remove it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The PostgreSQL server tests may use, if any. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL;

/** Which database the whole suite runs on: `TABLEE_TEST_DB=postgres` runs everything on PostgreSQL. */
export const SUITE_PROVIDER: "sqlite" | "postgres" = process.env.TABLEE_TEST_DB === "postgres" ? "postgres" : "sqlite";

if (SUITE_PROVIDER === "postgres" && !POSTGRES_URL) {
  throw new Error("TABLEE_TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)");
}

/** A new empty SQLite file in a temporary folder. */
export async function sqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "tablee-test-"));
  return { url: `file:${join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new empty PostgreSQL database on the TEST_DATABASE_URL server. */
export async function postgresDatabase(): Promise<TestDatabase> {
  if (!POSTGRES_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `tablee_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A database of the suite's provider. */
export function suiteDatabase(): Promise<TestDatabase> {
  return SUITE_PROVIDER === "postgres" ? postgresDatabase() : sqliteDatabase();
}

/** The providers the store suite must pass on: SQLite always, PostgreSQL when a server is given. */
export const STORE_PROVIDERS: { name: string; create: () => Promise<TestDatabase> }[] = [
  { name: "sqlite", create: sqliteDatabase },
  ...(POSTGRES_URL ? [{ name: "postgres", create: postgresDatabase }] : []),
];
