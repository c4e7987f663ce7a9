// Raw statements on the command path, on SQLite without Prisma's per-query work. Prisma 6.19
// turns every $queryRaw into JSON, compiles it to a plan in its Wasm query compiler and
// interprets the plan: several times the cost of the statement. These helpers hand the SQL to
// the same driver-adapter call Prisma would make (the same lock, busy retries, argument mapping
// and statement cache: src/store/sqlite-adapter.ts) and type the rows as $queryRaw does (SQLite
// integers as BigInt, dates as Date…). PostgreSQL, or a client or transaction they do not know,
// goes through Prisma; so does a statement the driver refused (but for a file locked too long),
// to fail exactly as Prisma fails.
import { Prisma } from "./generated/sqlite/client.ts";
import type { DirectLane } from "./sqlite-adapter.ts";
import type { Db } from "./database.ts";
import type { Tx } from "./tx.ts";
import { isSqliteBusy } from "./failure.ts";

/** A transaction, or the client itself for a single statement. */
type Runner = Tx | Db;
type Lane = Pick<DirectLane, "queryRaw" | "executeRaw">;

/** Lanes of the open SQLite clients, and of the transactions of `atomic` while they run. */
const lanes = new WeakMap<object, Lane>();

/** Gives an open SQLite client its direct lane (openDatabase does). */
export function useDirectLane(client: Db, lane: DirectLane): void {
  lanes.set(client, lane);
}

/** Runs `work` with `tx` known as a transaction of `client`, and forgets it afterwards (a late statement goes through Prisma). */
export async function inTransaction<T>(client: Db, tx: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  const lane = lanes.get(client) as DirectLane | undefined;
  if (lane) lanes.set(tx, lane.inTransaction);
  try {
    return await work(tx);
  } finally {
    lanes.delete(tx);
  }
}

/** The driver's query of a tagged SQL template: SQLite's `?` placeholders, the values as Prisma maps them. */
function driverQuery(query: Prisma.Sql) {
  return { sql: query.sql, args: query.values, argTypes: query.values.map(() => ({ scalarType: "unknown", arity: "scalar" })) } as never;
}

// The driver's column types (@prisma/driver-adapter-utils' ColumnTypeEnum) that $queryRaw converts.
const INT32 = 0;
const INT64 = 1;
const NUMERIC = 4;
const BOOLEAN = 5;
const DATE = 8;
const TIME = 9;
const DATETIME = 10;
const JSON_TYPE = 11;
const BYTES = 13;

/** One value as $queryRaw gives it, from the driver's value and column type. */
function typed(type: number, v: unknown): unknown {
  if (v === null) return null;
  switch (type) {
    case INT32:
      return Math.trunc(Number(v));
    case INT64:
      return typeof v === "number" ? BigInt(Math.trunc(v)) : BigInt(v as string);
    case NUMERIC:
      return new Prisma.Decimal(v as string);
    case BOOLEAN:
      return typeof v === "boolean" ? v : typeof v === "string" ? v === "true" || v === "1" : v === 1;
    case DATE:
    case DATETIME:
      return new Date(v as string);
    case TIME:
      return new Date(`1970-01-01T${String(v)}Z`);
    case JSON_TYPE:
      return JSON.parse(v as string) as unknown;
    case BYTES:
      return Uint8Array.from(v as number[]);
    default:
      return v;
  }
}

/** The rows of a raw query (SELECT, or a write with RETURNING), typed as `$queryRaw<T>` would give them. */
export async function queryRows<T>(runner: Runner, query: Prisma.Sql): Promise<T[]> {
  const lane = lanes.get(runner);
  if (!lane) return runner.$queryRaw<T[]>(query);
  let result: Awaited<ReturnType<Lane["queryRaw"]>>;
  try {
    result = await lane.queryRaw(driverQuery(query));
  } catch (e) {
    // Nothing was done (a failed statement changes nothing): Prisma runs it and fails as it
    // does — unless the file stayed locked all the time the lane waited (see isSqliteBusy).
    if (isSqliteBusy(e)) throw e;
    return runner.$queryRaw<T[]>(query);
  }
  const { columnNames, columnTypes, rows } = result;
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) out[columnNames[i]!] = typed(columnTypes[i]!, row[i]);
    return out as T;
  });
}

/** A raw statement's count of changed rows, as `$executeRaw` gives it. */
export async function execute(runner: Runner, query: Prisma.Sql): Promise<number> {
  const lane = lanes.get(runner);
  if (!lane) return runner.$executeRaw(query);
  try {
    return await lane.executeRaw(driverQuery(query));
  } catch (e) {
    if (isSqliteBusy(e)) throw e;
    return runner.$executeRaw(query);
  }
}
