// The SQLite driver adapter, made to fail cleanly and to share its file with other processes.
// - One statement or transaction at a time on the one connection: a statement outside a
//   transaction waits for the open transaction to end, like a second connection would, so it can
//   never land inside it (and be undone by its rollback).
// - Transactions begin IMMEDIATE, so the write lock is taken at BEGIN: another process's writer
//   is waited for there, never half-way through. BEGIN, COMMIT and ROLLBACK are run here, not by
//   Prisma's adapter, whose mutex stays locked for good when COMMIT or ROLLBACK throws (a full
//   disk, a read-only file, an I/O error): whatever they throw, the transaction is ended and the
//   connection released, so the next command runs.
// - SQLITE_BUSY (another process holds the write lock) is retried with short pauses that leave
//   the event loop free, up to SQLITE_BUSY_TIMEOUT_MS; SQLite's own busy timeout, which blocks
//   the process, is kept to a slice of a few milliseconds.
// - Prepared statements are kept (statementCache): Prisma's adapter prepares every statement
//   anew, which cost more than running it on the command path.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** How long a statement or a BEGIN waits, in all, for another process's write lock before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** SQLite's own (blocking) busy timeout: one slice of the wait; the rest is asynchronous. */
export const SQLITE_BUSY_SLICE_MS = 20;

/** A FIFO lock: `take` resolves with the function that releases it (calling it twice is harmless). */
class Lock {
  private tail = Promise.resolve();
  take(): Promise<() => void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    return previous.then(() => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    });
  }
}

/** True for "another connection holds the lock" (SQLITE_BUSY and its extended codes). */
function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown; cause?: { originalCode?: unknown } } | null)?.code;
  const original = (e as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode;
  return [code, original].some((c) => typeof c === "string" && c.startsWith("SQLITE_BUSY"));
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn`, retrying it while SQLite answers busy, with growing randomised pauses, until
 * `deadline`. The deadline counts from when the work asked for the connection, so time spent
 * queued behind this process's own waiting work is part of the bound, not added to it.
 */
async function whileBusy<R>(fn: () => R | Promise<R>, deadline: number): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isBusy(e) || Date.now() >= deadline) throw e;
      await pause(1 + Math.random() * Math.min(50, 2 ** attempt));
    }
  }
}

/** Most prepared statements kept per connection (an IN list of each length is a statement of its own). */
export const STATEMENT_CACHE_SIZE = 1_000;

/**
 * What Prisma's adapter uses of a statement: `bind` once, then `reader`, `columns`, `run` or
 * `raw().all()`. A kept statement cannot be bound twice, so each `bind` gives a view that passes
 * its arguments to every run instead; better-sqlite3 runs synchronously, so views never overlap.
 */
class StatementView {
  constructor(
    private readonly statement: BetterSqlite3.Statement,
    private readonly columnsOf: () => BetterSqlite3.ColumnDefinition[],
    private readonly args: unknown[] = [],
  ) {}
  get reader(): boolean {
    return this.statement.reader;
  }
  bind(args: unknown[]): StatementView {
    return new StatementView(this.statement, this.columnsOf, args);
  }
  columns(): BetterSqlite3.ColumnDefinition[] {
    return this.columnsOf();
  }
  run(): BetterSqlite3.RunResult {
    return this.statement.run(...this.args);
  }
  raw(): { all(): unknown[] } {
    return { all: () => this.statement.raw(true).all(...this.args) };
  }
}

/** Makes `client.prepare` keep its statements (and their columns) by SQL text, the oldest dropped first. */
function statementCache(client: BetterSqlite3.Database): void {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, StatementView>();
  client.prepare = ((sql: string) => {
    let view = kept.get(sql);
    if (!view) {
      const statement = prepare(sql);
      // Columns are read once: the schema does not change under an open connection (migrate.ts
      // runs on its own connection, before the database is opened).
      let columns: BetterSqlite3.ColumnDefinition[] | undefined;
      view = new StatementView(statement, () => (columns ??= statement.columns()));
      if (kept.size >= STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
      kept.set(sql, view);
    }
    return view;
  }) as unknown as BetterSqlite3.Database["prepare"];
}

function serialised(adapter: Adapter): Adapter {
  const lock = new Lock();
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  statementCache(client);
  // The adapter's own error mapping (SQLITE_BUSY → P1008, constraint names…), for our BEGIN.
  const fail = (e: unknown): never => (adapter as unknown as { onError(e: unknown): never }).onError(e);
  const run = (sql: string) => {
    try {
      client.prepare(sql).run();
    } catch (e) {
      fail(e);
    }
  };
  /** Ends whatever transaction is still open on the connection; its own failure is not the caller's. */
  const rollbackIfOpen = () => {
    if (!client.open || !client.inTransaction) return;
    try {
      client.prepare("ROLLBACK").run();
    } catch {
      // SQLite could not undo it (an I/O error): the next BEGIN tries again.
    }
  };
  const alone =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
      const release = await lock.take();
      try {
        return await whileBusy(() => fn(...args), deadline);
      } finally {
        release();
      }
    };

  async function startTransaction(): Promise<Tx> {
    const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
    const release = await lock.take();
    try {
      rollbackIfOpen(); // left open by an earlier failure SQLite could not undo
      await whileBusy(() => run("BEGIN IMMEDIATE"), deadline);
    } catch (e) {
      release();
      throw e;
    }
    /**
     * The connection is this transaction's until `finish`. After it, another transaction may
     * hold the connection: nothing of this one may touch it any more (a late rollback() from
     * Prisma after a ROLLBACK statement would end the next transaction instead).
     */
    let done = false;
    const finish = () => {
      done = true;
      release();
    };
    /** COMMIT or ROLLBACK: whatever happens, the transaction is over and the connection free. */
    const end = (sql: "COMMIT" | "ROLLBACK") => {
      try {
        if (sql === "ROLLBACK") rollbackIfOpen();
        else run("COMMIT");
      } catch (e) {
        rollbackIfOpen();
        throw e;
      } finally {
        finish();
      }
      return 0;
    };
    const tx: Tx = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q: Query) => adapter.queryRaw(q),
      // Prisma ends a transaction by sending COMMIT or ROLLBACK through it, then calling
      // commit()/rollback(); the statement is where it can fail, so it is handled here.
      executeRaw: async (q: Query) => (q.sql === "COMMIT" || q.sql === "ROLLBACK" ? end(q.sql) : adapter.executeRaw(q)),
      commit: async () => finish(),
      rollback: async () => {
        if (!done) rollbackIfOpen();
        finish();
      },
    };
    return tx;
  }

  const direct: DirectLane = {
    queryRaw: alone((q: Query) => adapter.queryRaw(q)),
    executeRaw: alone((q: Query) => adapter.executeRaw(q)),
    inTransaction: { queryRaw: (q) => adapter.queryRaw(q), executeRaw: (q) => adapter.executeRaw(q) },
  };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === DIRECT) return direct;
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") {
        return alone((target[prop] as (...a: unknown[]) => Promise<unknown>).bind(target));
      }
      if (prop === "startTransaction") return startTransaction;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Statements on the connection as Prisma runs them, without its query compiler (see src/store/raw.ts). */
export interface DirectLane {
  /** Outside a transaction: after the open one, as a second connection would (the lock), retried while busy. */
  queryRaw(q: Query): Promise<Awaited<ReturnType<Adapter["queryRaw"]>>>;
  executeRaw(q: Query): Promise<number>;
  /** Inside the transaction that holds the connection. */
  inTransaction: Pick<DirectLane, "queryRaw" | "executeRaw">;
}

/** The key under which a connection (and, once connected, its factory) gives its DirectLane. */
export const DIRECT = Symbol("direct lane");

/** The better-sqlite3 adapter factory whose connections serialise statements and transactions and fail cleanly. */
export function serialisedSqlite(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0]): Factory {
  const inner = new PrismaBetterSQLite3({ timeout: SQLITE_BUSY_SLICE_MS, ...config });
  let connected: Adapter | undefined;
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === DIRECT) return (connected as unknown as Record<symbol, DirectLane> | undefined)?.[DIRECT];
      if (prop === "connect") return async () => (connected = serialised(await target.connect()));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
