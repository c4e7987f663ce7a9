// A Tablée for one benchmark, in this process: a fresh SQLite database, the real store, core and
// delivery ledger, and a clock that runs from a fixed instant at real (or accelerated) speed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCore, type Core } from "../../src/kernel/core.ts";
import type { Clock, Store } from "../../src/kernel/ports.ts";
import { Ledger, type LedgerTuning } from "../../src/delivery/ledger.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { silentLog } from "./util.ts";
import { FEATURES } from "../../src/app.ts";

/** Everything a benchmark drives. */
export interface BenchWorld {
  db: Database;
  store: Store;
  core: Core;
  ledger: Ledger;
  clock: Clock;
  close(): Promise<void>;
}

/** A clock that reads `start` now and runs `speed` times faster than real time. */
export function runningClock(start: Date, speed = 1): Clock {
  const origin = performance.now();
  return { now: () => new Date(start.getTime() + (performance.now() - origin) * speed) };
}

/** Opens a world on a new SQLite file (removed on close). */
export async function openWorld(start: Date, opts: { speed?: number; ledger?: Partial<LedgerTuning> } = {}): Promise<BenchWorld> {
  const dir = mkdtempSync(join(tmpdir(), "tablee-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  await migrate(url);
  const db = await openDatabase(url);
  const store = createPrismaStore(db, FEATURES);
  const clock = runningClock(start, opts.speed);
  const ledger = new Ledger(db, store, clock, silentLog, (d) => core.compose(d.canteenId, d.kind, d.subject), opts.ledger);
  const core = createCore({
    features: FEATURES,
    store,
    clock,
    log: silentLog,
    outbox: ledger,
    defaults: { timezone: "Europe/Paris", locale: "fr" },
  });
  return {
    db,
    store,
    core,
    ledger,
    clock,
    async close() {
      await ledger.stop(2_000);
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
