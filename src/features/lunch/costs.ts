// What makes two people a poor pair at a lunch table, as a number: one asked not to be paired
// with the other, they shared a table recently, or they work in the same team. The weights make
// the order strict in practice: an avoid outweighs any repeats, a repeat any team overlap.
import { fold } from "../../kernel/text.ts";

/** A person to seat, with their team (null: unknown, never counted as the same team). */
export interface Participant {
  id: number;
  team: string | null;
}

/** What the matcher knows about the past. */
export interface MatchHistory {
  /** Tables (person ids) of the last K rounds. */
  recent: readonly (readonly number[])[];
  /** "Don't pair me with" pairs, in either direction. */
  avoid: readonly (readonly [number, number])[];
}

/** No history at all. */
export const NO_HISTORY: MatchHistory = { recent: [], avoid: [] };

/** Cost of seating two people together, by reason. */
export const WEIGHTS = { avoid: 10_000, repeat: 100, team: 1 } as const;

/**
 * Pair costs over participants indexed 0..n-1 (the order given). Penalised pairs live in sets
 * keyed by `i * n + j` (i < j), so memory follows the history, not n².
 */
export class CostModel {
  readonly n: number;
  readonly index = new Map<number, number>();
  private readonly team: Int32Array;
  private readonly repeats = new Set<number>();
  private readonly avoids = new Set<number>();

  constructor(
    readonly people: readonly Participant[],
    history: MatchHistory,
  ) {
    this.n = people.length;
    this.team = new Int32Array(this.n);
    const teams = new Map<string, number>();
    people.forEach((p, i) => {
      this.index.set(p.id, i);
      const key = p.team === null ? "" : fold(p.team);
      if (key === "") this.team[i] = -1 - i;
      else {
        if (!teams.has(key)) teams.set(key, teams.size);
        this.team[i] = teams.get(key)!;
      }
    });
    for (const table of history.recent) {
      const idx = table.map((id) => this.index.get(id)).filter((i): i is number => i !== undefined);
      for (let a = 0; a < idx.length; a++) for (let b = a + 1; b < idx.length; b++) this.repeats.add(this.key(idx[a]!, idx[b]!));
    }
    for (const [x, y] of history.avoid) {
      const i = this.index.get(x);
      const j = this.index.get(y);
      if (i !== undefined && j !== undefined && i !== j) this.avoids.add(this.key(i, j));
    }
  }

  private key(i: number, j: number): number {
    return i < j ? i * this.n + j : j * this.n + i;
  }

  /** Cost of seating participants i and j (indices) at one table. */
  cost(i: number, j: number): number {
    let c = this.team[i] === this.team[j] ? WEIGHTS.team : 0;
    if (this.repeats.size > 0 && this.repeats.has(this.key(i, j))) c += WEIGHTS.repeat;
    if (this.avoids.size > 0 && this.avoids.has(this.key(i, j))) c += WEIGHTS.avoid;
    return c;
  }

  /** The team of participant i as a number (people without a team each get their own). */
  teamOf(i: number): number {
    return this.team[i]!;
  }

  /** True when i and j share a known team. */
  sameTeam(i: number, j: number): boolean {
    return this.team[i] === this.team[j];
  }

  /** True when i and j shared a table in the last K rounds. */
  repeat(i: number, j: number): boolean {
    return this.repeats.has(this.key(i, j));
  }

  /** True when one of i and j asked not to be paired with the other. */
  avoided(i: number, j: number): boolean {
    return this.avoids.has(this.key(i, j));
  }

  /** Cost of seating person `p` with everyone in `table` except `skip` (indices). */
  costWith(p: number, table: readonly number[], skip = -1): number {
    let c = 0;
    for (const q of table) if (q !== p && q !== skip) c += this.cost(p, q);
    return c;
  }

  /** Total cost of tables given as lists of indices. */
  total(tables: readonly (readonly number[])[]): number {
    let c = 0;
    for (const t of tables) for (let a = 0; a < t.length; a++) for (let b = a + 1; b < t.length; b++) c += this.cost(t[a]!, t[b]!);
    return c;
  }
}
