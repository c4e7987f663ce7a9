// Benchmark: forming internal-link lunch tables for 2,000 opted-in colleagues (25 teams of
// uneven sizes, four past rounds to avoid, 300 "don't pair me with" pairs). Prints the time of
// the fifth round (median of several runs) and its quality next to a naive baseline that cuts
// a shuffled list into tables of the same sizes.
//   npx tsx scripts/bench/lunch-matching.ts [people] [runs]
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  formTables,
  quality,
  random,
  tableSizes,
  type MatchHistory,
  type MatchQuality,
  type Participant,
} from "../../src/features/lunch/matching.ts";

/** What one benchmark run measured. */
export interface LunchBenchResult {
  people: number;
  tables: number;
  medianMs: number;
  maxMs: number;
  matched: MatchQuality;
  naive: MatchQuality;
}

function company(n: number, rnd: () => number): Participant[] {
  // Team sizes follow a rough power law: a few big teams, many small ones.
  const weights = Array.from({ length: 25 }, (_, i) => 1 / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, (_, id) => {
    let x = rnd() * sum;
    let team = 0;
    while (x > weights[team]!) x -= weights[team++]!;
    return { id: id + 1, team: `team-${team}` };
  });
}

function naive(people: Participant[], size: number, rnd: () => number): number[][] {
  const ids = people.map((p) => p.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const out: number[][] = [];
  let k = 0;
  for (const s of tableSizes(ids.length, size)) out.push(ids.slice(k, (k += s)));
  return out;
}

/** Runs the benchmark: `people` colleagues, tables of 4, `runs` timed runs of the fifth round. */
export function benchLunchMatching(people = 2000, runs = 7): LunchBenchResult {
  const rnd = random(2026);
  const everyone = company(people, rnd);
  const avoid: [number, number][] = Array.from({ length: 300 }, () => [1 + Math.floor(rnd() * people), 1 + Math.floor(rnd() * people)]);
  const history: MatchHistory = { recent: [], avoid };
  const recent: number[][] = [];
  for (let round = 1; round <= 4; round++) recent.push(...formTables(everyone, { recent, avoid }, { size: 4 }, round));
  const full: MatchHistory = { ...history, recent };
  const times: number[] = [];
  let tables: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    tables = formTables(everyone, full, { size: 4 }, 5);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    people,
    tables: tables.length,
    medianMs: times[Math.floor(times.length / 2)]!,
    maxMs: times.at(-1)!,
    matched: quality(tables, everyone, full),
    naive: quality(naive(everyone, 4, rnd), everyone, full),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const people = Number(process.argv[2] ?? 2000);
  const runs = Number(process.argv[3] ?? 7);
  const r = benchLunchMatching(people, runs);
  const share = (q: MatchQuality) =>
    `${((100 * (q.pairs - q.sameTeam)) / q.pairs).toFixed(1)} % cross-team, ${q.repeats} repeats, ${q.avoided} avoided pairs`;
  console.log(
    `lunch matching: ${r.people} people → ${r.tables} tables in ${r.medianMs.toFixed(1)} ms (median of ${runs}; slowest ${r.maxMs.toFixed(1)} ms)`,
  );
  console.log(`  matched: ${share(r.matched)}`);
  console.log(`  naive:   ${share(r.naive)}`);
}
