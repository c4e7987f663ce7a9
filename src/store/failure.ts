// Which driver and Prisma errors mean "the database cannot work right now" (busy, full,
// read-only, an I/O error, out of reach) — as opposed to a bug or a lost race — and a Store whose
// every method turns them into the core's StoreUnavailable.
import { StoreUnavailable, type StoreFailureKind } from "../kernel/store-failure.ts";

/** Node and socket error codes of a database out of reach. */
const UNREACHABLE_ERRNO = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** Prisma's codes for a database it cannot reach or that did not answer in time. */
const PRISMA_UNREACHABLE = new Set(["P1001", "P1002", "P1017", "P2024"]);

/** Driver adapter error kinds (Prisma's driver-adapter-utils) of a connection that failed. */
const ADAPTER_UNREACHABLE = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

/** pg's own messages for a connection lost or never made (they carry no code). */
const PG_CONNECTION_LOST =
  /connection terminated|connection error|not queryable|connection ended|timeout exceeded when trying to connect|server closed the connection/i;

function kindOfCode(code: string, provider: "sqlite" | "postgres" | undefined): StoreFailureKind | undefined {
  if (code.startsWith("SQLITE_")) {
    if (code.startsWith("SQLITE_FULL")) return "full";
    if (code.startsWith("SQLITE_READONLY")) return "read-only";
    if (code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")) return "io";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || code === "SQLITE_PROTOCOL") return "busy";
    return undefined;
  }
  if (code === "ENOSPC") return "full";
  if (code === "EROFS") return "read-only";
  if (code === "EIO") return "io";
  if (UNREACHABLE_ERRNO.has(code) || PRISMA_UNREACHABLE.has(code)) return "unreachable";
  // P1008 is SQLite's SQLITE_BUSY as Prisma's adapter maps it; on PostgreSQL, a socket timeout.
  // P2028: a transaction that could not start in time (maxWait) or outlived its timeout.
  if (code === "P1008" || code === "P2028") return provider === "postgres" ? "unreachable" : "busy";
  // PostgreSQL SQLSTATEs: connection exceptions, shutting down / starting up, disk full, I/O
  // error, a read-only server (a standby), too many connections.
  if (/^08...$/.test(code) || /^57P0[1-3]$/.test(code) || code === "53300") return "unreachable";
  if (code === "53100") return "full";
  if (code === "58030") return "io";
  if (code === "25006") return "read-only";
  return undefined;
}

/**
 * `e` and every error it wraps — its `cause`, Prisma's driver adapter error and that error's
 * cause — each once, nearest first: the driver's own error hides behind Prisma's wrappers.
 */
function* errorChain(e: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length > 0) {
    const err = queue.shift() as Record<string, unknown> | null | undefined;
    if (!err || typeof err !== "object" || seen.has(err)) continue;
    seen.add(err);
    yield err;
    const meta = err.meta as { driverAdapterError?: unknown } | undefined;
    queue.push(err.cause, meta?.driverAdapterError, (meta?.driverAdapterError as { cause?: unknown } | undefined)?.cause);
  }
}

/**
 * The kind of transient failure `e` is, or undefined for any other error (a bug, a constraint,
 * a lost race). Looks through Prisma's wrappers at the driver's own error.
 */
export function storeFailureOf(e: unknown, provider?: "sqlite" | "postgres"): StoreFailureKind | undefined {
  for (const err of errorChain(e)) {
    if (err instanceof StoreUnavailable) return err.kind;
    for (const key of ["code", "originalCode"]) {
      const code = err[key];
      const kind = typeof code === "string" ? kindOfCode(code, provider) : undefined;
      if (kind) return kind;
    }
    if (typeof err.kind === "string") {
      if (ADAPTER_UNREACHABLE.has(err.kind)) return err.kind === "SocketTimeout" && provider !== "postgres" ? "busy" : "unreachable";
      if (err.kind === "postgres" && typeof err.code === "string") {
        const kind = kindOfCode(err.code, "postgres");
        if (kind) return kind;
      }
    }
    if (typeof err.message === "string" && PG_CONNECTION_LOST.test(err.message)) return "unreachable";
  }
  return undefined;
}

/** True when `e` is SQLite's "another connection holds the lock" (SQLITE_BUSY, or P1008 as Prisma maps it). */
export function isSqliteBusy(e: unknown): boolean {
  for (const err of errorChain(e)) {
    for (const key of ["code", "originalCode"])
      if (typeof err[key] === "string" && (err[key] as string).startsWith("SQLITE_BUSY")) return true;
    if (typeof err.message === "string" && /SQLITE_BUSY|database is locked/.test(err.message)) return true;
  }
  return false;
}

/** `e` as the core's StoreUnavailable when it is a transient database failure; otherwise `e` itself. */
export function asStoreFailure(e: unknown, provider?: "sqlite" | "postgres"): unknown {
  if (e instanceof StoreUnavailable) return e;
  const kind = storeFailureOf(e, provider);
  return kind ? new StoreUnavailable(kind, { cause: e }) : e;
}

/** The store with every method's transient database failures turned into StoreUnavailable. */
export function guardedStore<S extends object>(provider: "sqlite" | "postgres", store: S): S {
  const guarded = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    guarded[name] =
      typeof value === "function"
        ? (...args: unknown[]) => {
            try {
              const out = (value as (...a: unknown[]) => unknown).apply(store, args);
              return out instanceof Promise ? out.catch((e: unknown) => Promise.reject(asStoreFailure(e, provider))) : out;
            } catch (e) {
              throw asStoreFailure(e, provider);
            }
          }
        : value;
  }
  return guarded as S;
}
