// Half of the 100,000-input fuzz (the other half is fuzz-managers.test.ts, so the two halves run
// side by side): random command strings — unicode, very long lines, control characters, injection
// attempts, huge numbers, RTL marks — typed mostly by volunteers into linked, unlinked and private
// chats, through the real core on a real SQLite database. No input may crash the core or be
// answered with the internal-error message, every addressed input gets an answer, and the sheet
// stays valid (checked every 10,000 inputs and at the end). REL_SEED replays a failing run.
import { describe, expect, it } from "vitest";
import { runSeed } from "./support/random.ts";
import { fuzzCore } from "./support/fuzz-run.ts";

const RUNS = 50_000;

describe("fuzzing the core as volunteers", () => {
  it(`${RUNS} random inputs: no crash, every addressed input answered, the sheet stays valid`, { timeout: 600_000 }, async () => {
    const report = await fuzzCore(RUNS, runSeed(20261124), { adminShare: 0.02 });
    console.log(
      `fuzz (volunteers): seed ${report.seed}, ${report.runs} inputs at ${report.rate.toFixed(0)}/s, ${report.answered} answered, ${report.signUps} sign-ups at the end`,
    );
    expect(report.runs).toBe(RUNS);
    expect({ seed: report.seed, errors: report.loggedErrors.slice(0, 5) }).toEqual({ seed: report.seed, errors: [] });
    expect({ seed: report.seed, sheet: report.sheetProblems.slice(0, 5) }).toEqual({ seed: report.seed, sheet: [] });
    expect(report.signUps).toBeGreaterThan(0);
  });
});
