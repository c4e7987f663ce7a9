// /healthz's database check: one real write — an upsert of one heartbeat row — so a disk that
// is full, a file or disk gone read-only, an I/O error, a write lock held by another process or a
// PostgreSQL out of reach shows as 503 with its cause. A BEGIN/ROLLBACK would take the lock but
// write nothing, and so miss a full disk or a read-only file. The result is kept for a second and
// checks asked meanwhile share it, so a load balancer polling every few seconds costs one small
// write each time; a check that does not answer within HEALTH_TIMEOUT_MS says so.
import { accessSync, constants, statfsSync } from "node:fs";
import { dirname } from "node:path";
import type { StoreFailureKind } from "../kernel/store-failure.ts";
import type { HealthReport } from "../http.ts";
import type { Database } from "./database.ts";
import { storeFailureOf } from "./failure.ts";

/** How long a check's answer is reused. */
export const HEALTH_CACHE_MS = 1_000;

/** A check that takes longer than this answers "not answering" (the write goes on meanwhile). */
export const HEALTH_TIMEOUT_MS = 3_000;

/** Below this much free space on the SQLite file's disk, a healthy answer warns. */
const LOW_SPACE_BYTES = 16 * 1024 * 1024;

/** The heartbeat row: a key no platform delivery id can take (those start with the platform). */
const HEARTBEAT_KEY = "tablee:healthz";

const SAYS: Record<StoreFailureKind | "timeout" | "failing", string> = {
  full: "full (no space left on its disk)",
  "read-only": "read-only (its file or disk cannot be written)",
  io: "I/O error (its disk failed to read or write)",
  busy: "busy (another process holds its write lock)",
  unreachable: "unreachable (no connection to the server)",
  timeout: `not answering (no answer within ${HEALTH_TIMEOUT_MS / 1000} s)`,
  failing: "failing (an unexpected error; see the logs)",
};

/** Free bytes on the disk holding `path`, or undefined when that cannot be read. */
function freeBytes(path: string): number | undefined {
  try {
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

/**
 * What a SQLite write failure comes from, read on the disk: SQLite says "I/O error" for a write
 * the system refused because the disk is read-only or full, or the file immutable.
 */
function sqliteCause(kind: StoreFailureKind, file: string): StoreFailureKind {
  if (kind !== "io" && kind !== "full" && kind !== "read-only") return kind;
  for (const path of [dirname(file), file, `${file}-wal`]) {
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      if (["EROFS", "EPERM", "EACCES"].includes((e as NodeJS.ErrnoException).code ?? "")) return "read-only";
    }
  }
  if (kind === "io" && freeBytes(dirname(file)) === 0) return "full";
  return kind;
}

/** The /healthz check of an open database (`file`: the SQLite file, for its disk's state). */
export function databaseHealth(database: Database, file?: string): () => Promise<HealthReport> {
  let last: { at: number; report: HealthReport } | undefined;
  let running: Promise<HealthReport> | undefined;

  async function probe(): Promise<HealthReport> {
    try {
      await database.prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("key", "createdAt") VALUES (${HEARTBEAT_KEY}, CURRENT_TIMESTAMP)
        ON CONFLICT ("key") DO UPDATE SET "createdAt" = excluded."createdAt"`;
    } catch (e) {
      const kind = storeFailureOf(e, database.provider);
      const cause = kind && file ? sqliteCause(kind, file) : kind;
      return { ok: false, lines: [`database: ${SAYS[cause ?? "failing"]}`] };
    }
    const free = file ? freeBytes(dirname(file)) : undefined;
    const low = free !== undefined && free < LOW_SPACE_BYTES ? `; disk space low: ${Math.floor(free / 1024)} kB free` : "";
    return { ok: true, lines: [`database: ok (${database.provider}${low})`] };
  }

  return async () => {
    if (last && Date.now() - last.at < HEALTH_CACHE_MS) return last.report;
    running ??= probe().then((report) => {
      last = { at: Date.now(), report };
      running = undefined;
      return report;
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<HealthReport>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, lines: [`database: ${SAYS.timeout}`] }), HEALTH_TIMEOUT_MS);
    });
    try {
      return await Promise.race([running, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
