// The SQLite driver adapter with every statement in turn. Prisma's better-sqlite3 adapter runs
// interactive transactions one at a time, but a statement outside a transaction runs at once on
// the same connection — inside whatever transaction is open, and undone if that one rolls back.
// Here a statement outside a transaction waits for the open transaction to end, like a second
// connection would.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A FIFO lock: `take` resolves with the function that releases it. */
class Lock {
  private tail = Promise.resolve();
  take(): Promise<() => void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    return previous.then(() => release);
  }
}

function serialised(adapter: Adapter): Adapter {
  const lock = new Lock();
  const alone =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await lock.take();
      try {
        return await fn(...args);
      } finally {
        release();
      }
    };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") {
        return alone((target[prop] as (...a: unknown[]) => Promise<unknown>).bind(target));
      }
      if (prop === "startTransaction") {
        return async (...args: Parameters<Adapter["startTransaction"]>): Promise<Tx> => {
          const release = await lock.take();
          try {
            const tx = await target.startTransaction(...args);
            const end =
              <K extends "commit" | "rollback">(k: K) =>
              async () => {
                try {
                  await tx[k]();
                } finally {
                  release();
                }
              };
            return Object.assign(Object.create(tx) as Tx, { commit: end("commit"), rollback: end("rollback") });
          } catch (e) {
            release();
            throw e;
          }
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The better-sqlite3 adapter factory whose connections serialise statements and transactions. */
export function serialisedSqlite(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0]): Factory {
  const inner = new PrismaBetterSQLite3(config);
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => serialised(await target.connect());
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
