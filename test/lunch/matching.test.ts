// Forming lunch tables: properties of the pure matcher, checked with fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EXACT_LIMIT,
  formTables,
  NO_HISTORY,
  quality,
  tableSizes,
  type MatchHistory,
  type Participant,
} from "../../src/features/lunch/matching.ts";
import { ICEBREAKERS, icebreaker } from "../../src/features/lunch/icebreakers.ts";
import { rebalance } from "../../src/features/lunch/rebalance.ts";

const TEAMS = ["Compta", "Tech", "Ventes", "RH", "Marketing", "Support"];

/** Participants with distinct ids, teams drawn from a few (or none). */
const people = (min: number, max: number, teams = TEAMS.length) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: min, maxLength: max })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.option(fc.integer({ min: 0, max: teams - 1 }), { nil: null, freq: 5 }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
      ),
    )
    .map(([ids, t]) => ids.map((id, i): Participant => ({ id, team: t[i] === null ? null : TEAMS[t[i]!]! })));

const size = fc.integer({ min: 3, max: 8 });
const seed = fc.integer({ min: 0, max: 2 ** 31 });

/** True when some number of tables gives every table between max(3, N-1) and N+1 people. */
function boundsReachable(n: number, N: number): boolean {
  const low = Math.max(3, N - 1);
  for (let t = 1; t * low <= n; t++) if (n <= t * (N + 1)) return true;
  return false;
}

/** Every way to split `ids` into tables of the given sizes (tables of equal size unordered). */
function* partitions(ids: number[], sizes: number[]): Generator<number[][]> {
  const tables: number[][] = sizes.map(() => []);
  function* place(k: number): Generator<number[][]> {
    if (k === ids.length) {
      yield tables.map((t) => [...t]);
      return;
    }
    const tried = new Set<number>();
    for (let j = 0; j < tables.length; j++) {
      if (tables[j]!.length >= sizes[j]!) continue;
      if (tables[j]!.length === 0) {
        if (tried.has(sizes[j]!)) continue;
        tried.add(sizes[j]!);
      }
      tables[j]!.push(ids[k]!);
      yield* place(k + 1);
      tables[j]!.pop();
    }
  }
  yield* place(0);
}

/** Cutting the list as given into tables of the same sizes: what a naive organiser would do. */
function naive(list: readonly Participant[], N: number): number[][] {
  const out: number[][] = [];
  let k = 0;
  for (const s of tableSizes(list.length, N)) out.push(list.slice(k, (k += s)).map((p) => p.id));
  return out;
}

/** The fewest same-team pairs any arrangement into tables of these sizes can have. */
function sameTeamFloor(list: readonly Participant[], sizes: number[]): number {
  const counts = new Map<string, number>();
  for (const p of list) if (p.team) counts.set(p.team, (counts.get(p.team) ?? 0) + 1);
  let floor = 0;
  for (const m of counts.values()) {
    const base = Math.floor(m / sizes.length);
    const extra = m % sizes.length;
    floor += (extra * ((base + 1) * base)) / 2 + ((sizes.length - extra) * (base * (base - 1))) / 2;
  }
  return floor;
}

describe("forming lunch tables", () => {
  it("seats every participant exactly once, at tables of at least 3", () => {
    fc.assert(
      fc.property(people(0, 120), size, seed, (list, N, s) => {
        const tables = formTables(list, NO_HISTORY, { size: N }, s);
        const seated = tables.flat();
        if (list.length < 3) {
          expect(tables).toEqual([]);
          return;
        }
        expect(new Set(seated).size).toBe(seated.length); // no one twice
        expect([...seated].sort((a, b) => a - b)).toEqual(list.map((p) => p.id).sort((a, b) => a - b)); // everyone seated
        for (const t of tables) expect(t.length).toBeGreaterThanOrEqual(3); // no one alone
      }),
      { numRuns: 300 },
    );
  });

  it("keeps table sizes within [max(3, N-1), N+1] whenever the numbers allow it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 400 }), size, (n, N) => {
        const sizes = tableSizes(n, N);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
        for (const s of sizes) {
          expect(s).toBeGreaterThanOrEqual(3);
          if (boundsReachable(n, N)) {
            expect(s).toBeGreaterThanOrEqual(Math.max(3, N - 1));
            expect(s).toBeLessThanOrEqual(N + 1);
          } else expect(s).toBeLessThanOrEqual(Math.max(N + 1, 5));
        }
      }),
      { numRuns: 300 },
    );
    expect(tableSizes(11, 4)).toEqual([4, 4, 3]);
    expect(tableSizes(9, 4)).toEqual([5, 4]);
    expect(tableSizes(5, 3)).toEqual([5]); // the one case tables of 3 or 4 cannot make
    expect(tableSizes(2, 4)).toEqual([]);
  });

  it("gives the same tables for the same seed, whatever the order people come in", () => {
    fc.assert(
      fc.property(people(3, 60), size, seed, (list, N, s) => {
        const a = formTables(list, NO_HISTORY, { size: N }, s);
        const b = formTables([...list].reverse(), NO_HISTORY, { size: N }, s);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("avoids recent table-mates whenever an arrangement without any repeat exists (small groups, checked exhaustively)", () => {
    const small = fc.record({ list: people(3, 10), N: fc.integer({ min: 3, max: 5 }), s: seed }).chain(({ list, N, s }) =>
      fc
        .array(
          fc.subarray(
            list.map((p) => p.id),
            { minLength: 2, maxLength: Math.min(5, list.length) },
          ),
          { maxLength: 4 },
        )
        .map((recent) => ({ list, N, s, history: { recent, avoid: [] } as MatchHistory })),
    );
    let withRepeatFree = 0;
    fc.assert(
      fc.property(small, ({ list, N, s, history }) => {
        const sizes = tableSizes(list.length, N);
        let repeatFree = false;
        for (const p of partitions(
          list.map((x) => x.id),
          sizes,
        )) {
          if (quality(p, list, history).repeats === 0) {
            repeatFree = true;
            break;
          }
        }
        const got = quality(formTables(list, history, { size: N }, s), list, history);
        if (repeatFree) {
          withRepeatFree++;
          expect(got.repeats).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
    expect(withRepeatFree).toBeGreaterThan(50); // the property was really exercised (about a third of the cases)
  });

  it("never seats two people together when one asked not to be, if it can be helped (there are two tables or more)", () => {
    let checked = 0;
    fc.assert(
      fc.property(people(6, 40), size, seed, fc.nat(), (list, N, s, pick) => {
        const a = list[pick % list.length]!.id;
        const b = list[(pick + 1) % list.length]!.id;
        const history: MatchHistory = { recent: [], avoid: [[a, b]] };
        const tables = formTables(list, history, { size: N }, s);
        if (tables.length < 2) return;
        checked++;
        expect(quality(tables, list, history).avoided).toBe(0);
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it("mixes teams at least as well as cutting the list into tables, and as well as possible without history", () => {
    fc.assert(
      fc.property(people(3, 200, 4), size, seed, (list, N, s) => {
        const got = quality(formTables(list, NO_HISTORY, { size: N }, s), list, NO_HISTORY);
        expect(got.sameTeam).toBeLessThanOrEqual(quality(naive(list, N), list, NO_HISTORY).sameTeam);
        expect(got.sameTeam).toBe(sameTeamFloor(list, tableSizes(list.length, N)));
      }),
      { numRuns: 300 },
    );
  });

  it("searches every arrangement up to the exhaustive limit and finds the best one", () => {
    fc.assert(
      fc.property(people(3, EXACT_LIMIT - 3, 3), seed, (list, s) => {
        const history: MatchHistory = { recent: [list.slice(0, 3).map((p) => p.id)], avoid: [] };
        const cost = (t: number[][]) => {
          const q = quality(t, list, history);
          return q.repeats * 100 + q.sameTeam;
        };
        let best = Infinity;
        for (const p of partitions(
          list.map((x) => x.id),
          tableSizes(list.length, 4),
        ))
          best = Math.min(best, cost(p));
        expect(cost(formTables(list, history, { size: 4 }, s))).toBe(best);
      }),
      { numRuns: 100 },
    );
  });

  it("seats 2,000 colleagues over five rounds without a repeat or an avoided pair", () => {
    const list: Participant[] = Array.from({ length: 2000 }, (_, i) => ({ id: i + 1, team: TEAMS[i % 5]! }));
    const avoid: [number, number][] = Array.from({ length: 200 }, (_, i) => [i + 1, 2000 - i]);
    const recent: number[][] = [];
    for (let round = 1; round <= 5; round++) {
      const history: MatchHistory = { recent, avoid };
      const tables = formTables(list, history, { size: 4 }, round);
      expect(tables).toHaveLength(500);
      expect(quality(tables, list, history)).toMatchObject({ repeats: 0, avoided: 0, sameTeam: 0 });
      recent.push(...tables);
    }
  });
});

describe("icebreakers", () => {
  it("ask the same questions in French and English, and any table number finds one", () => {
    expect(ICEBREAKERS.fr.length).toBe(ICEBREAKERS.en.length);
    expect(ICEBREAKERS.en.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ICEBREAKERS.fr).size).toBe(ICEBREAKERS.fr.length);
    expect(icebreaker(ICEBREAKERS.en.length + 1, "en")).toBe(ICEBREAKERS.en[1]);
    expect(icebreaker(-1, "fr")).toBe(ICEBREAKERS.fr.at(-1));
  });
});

describe("rebalancing after a drop-out", () => {
  it("leaves no table of 1 or 2 while another table exists, and loses nobody", () => {
    fc.assert(
      fc.property(people(3, 60), size, seed, fc.nat(), (list, N, s, pick) => {
        const tables = formTables(list, NO_HISTORY, { size: N }, s).map((ids, i) => ({
          id: i + 1,
          people: ids.map((id) => ({ personId: id, team: list.find((p) => p.id === id)!.team })),
        }));
        const from = tables[pick % tables.length]!;
        from.people.splice(pick % from.people.length, 1); // someone drops out
        const moves = rebalance({ tables }, from.id, NO_HISTORY, N);
        const after = new Map(tables.map((t) => [t.id, t.people.map((p) => p.personId)]));
        for (const m of moves) {
          expect(after.get(m.from)).toContain(m.personId);
          after.set(
            m.from,
            after.get(m.from)!.filter((p) => p !== m.personId),
          );
          after.get(m.to)!.push(m.personId);
        }
        const sizes = [...after.values()].map((t) => t.length).filter((n) => n > 0);
        if (tables.length > 1) for (const n of sizes) expect(n).toBeGreaterThanOrEqual(3);
        const everyone = [...after.values()].flat();
        expect(everyone).toHaveLength(list.length - 1);
        expect(new Set(everyone).size).toBe(everyone.length);
      }),
      { numRuns: 300 },
    );
  });

  it("pulls someone from a table that can spare a person before breaking a table up", () => {
    const t = (id: number, ids: number[]) => ({ id, people: ids.map((personId) => ({ personId, team: null })) });
    expect(rebalance({ tables: [t(1, [1, 2]), t(2, [3, 4, 5, 6]), t(3, [7, 8, 9])] }, 1, NO_HISTORY, 4)).toEqual([
      { personId: expect.any(Number), from: 2, to: 1 },
    ]);
    const merged = rebalance({ tables: [t(1, [1, 2]), t(2, [3, 4, 5]), t(3, [6, 7, 8])] }, 1, NO_HISTORY, 4);
    expect(merged.map((m) => m.from)).toEqual([1, 1]);
    expect(new Set(merged.map((m) => m.to))).toEqual(new Set([2, 3])); // one each: tables of 4, not one of 5
    expect(rebalance({ tables: [t(1, [1, 2])] }, 1, NO_HISTORY, 4)).toEqual([]); // nobody to join
  });
});
