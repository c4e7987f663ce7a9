// Opening the database a DATABASE_URL names: an embedded SQLite file (default) or PostgreSQL,
// both through Prisma's Rust-free client and a driver adapter (no native engine download).
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DIRECT, serialisedSqlite, SQLITE_BUSY_TIMEOUT_MS, type DirectLane } from "./sqlite-adapter.ts";
import { useDirectLane } from "./raw.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";

/** The two databases Tablée runs on. */
export type Provider = "sqlite" | "postgres";

/**
 * The Prisma client type the store is written against. Both generated clients come from one
 * model file, so the PostgreSQL client has exactly this shape.
 */
export type Db = InstanceType<typeof SqliteClient>;

/** Which provider a URL names. */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** The file path of a `file:` SQLite URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** How long a SQLite connection waits for another process's write lock before failing. */
export { SQLITE_BUSY_TIMEOUT_MS };

/** An open database. */
export interface Database {
  prisma: Db;
  provider: Provider;
  close(): Promise<void>;
}

/** Opens (and for SQLite, creates the folder of) the database. Does not migrate: see migrate.ts. */
export async function openDatabase(url: string, options: { poolSize?: number } = {}): Promise<Database> {
  const provider = providerOf(url);
  let prisma: Db;
  if (provider === "sqlite") {
    const path = sqlitePath(url);
    mkdirSync(dirname(path), { recursive: true });
    const adapter = serialisedSqlite({ url: path });
    prisma = new SqliteClient({ adapter });
    // Per-connection settings; WAL itself is persistent and set when migrating.
    await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    // Connected now: the command path's raw statements may skip Prisma's query compiler (raw.ts).
    const lane = (adapter as unknown as Record<symbol, DirectLane | undefined>)[DIRECT];
    if (lane) useDirectLane(prisma, lane);
  } else {
    // Loaded only when used: a SQLite installation never pays for the PostgreSQL client and driver.
    const [{ PrismaClient: PostgresClient }, { createPgAdapter }] = await Promise.all([
      import("./generated/postgres/client.ts"),
      import("./pg-adapter.ts"),
    ]);
    prisma = new PostgresClient({ adapter: createPgAdapter(url, options.poolSize ?? 10) }) as unknown as Db;
    await prisma.$connect();
  }
  return { prisma, provider, close: () => prisma.$disconnect() };
}
