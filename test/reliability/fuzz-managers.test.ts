// The other half of the 100,000-input fuzz (see fuzz-volunteers.test.ts; the halves run side by
// side): the same random command strings, typed by people half of whom the platform says
// administer the chat, so manager commands — menus, capacities, settings, invites, signing others
// up — are fuzzed as deeply as volunteers' ones. Same checks: no crash, no internal-error answer,
// every addressed input answered, the sheet valid every 10,000 inputs and at the end.
import { describe, expect, it } from "vitest";
import { runSeed } from "./support/random.ts";
import { fuzzCore } from "./support/fuzz-run.ts";

const RUNS = 50_000;

describe("fuzzing the core as managers", () => {
  it(`${RUNS} random inputs: no crash, every addressed input answered, the sheet stays valid`, { timeout: 600_000 }, async () => {
    const report = await fuzzCore(RUNS, runSeed(20261125), { adminShare: 0.5 });
    console.log(
      `fuzz (managers): seed ${report.seed}, ${report.runs} inputs at ${report.rate.toFixed(0)}/s, ${report.answered} answered, ${report.signUps} sign-ups at the end`,
    );
    expect(report.runs).toBe(RUNS);
    expect({ seed: report.seed, errors: report.loggedErrors.slice(0, 5) }).toEqual({ seed: report.seed, errors: [] });
    expect({ seed: report.seed, sheet: report.sheetProblems.slice(0, 5) }).toEqual({ seed: report.seed, sheet: [] });
    expect(report.signUps).toBeGreaterThan(0);
  });
});
