// Two processes on one SQLite file, each with its own core and store, at the same moment: both
// close the same services (one records covers, the other takings) and distinct people answer
// "/manger". The other process's write lock is waited for and retried: every command succeeds,
// both values of each service are kept, each change is in the history once, every answer counted
// once. The full 150 + 150 close-outs and 400 answers: `npx tsx scripts/bench/sqlite-processes.ts`.
import { afterEach, describe, expect, it } from "vitest";
import { runTwoProcesses } from "../../scripts/bench/sqlite-processes.ts";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
});

describe("several processes on one SQLite file", () => {
  it(
    "40 + 40 close-outs of the same services and 120 answers from two processes: all saved, none lost, none doubled",
    { timeout: 120_000 },
    async () => {
      tdb = await sqliteDatabase();
      const run = await runTwoProcesses(tdb.url, 40, 60);
      for (const w of run.workers) expect(w.failed, w.side).toEqual([]);
      expect(run.workers.map((w) => w.ok)).toEqual([100, 100]);
      expect(run.closed).toEqual({ covers: 40, takings: 40, changes: 80 });
      expect(run.eating).toBe(120);
    },
  );
});
