// Forming lunch tables: a pure, seeded function. Table sizes are fixed first (N, with N-1 or
// N+1 to absorb odd numbers, never fewer than 3). Small groups are searched exhaustively; larger
// ones start from teams dealt round the tables like cards (which alone mixes teams as well as
// possible) and improve by swapping people between tables while any swap lowers the cost of
// avoided pairs, recent repeats and shared teams (see costs.ts).
import { CostModel, type MatchHistory, type Participant } from "./costs.ts";

export { NO_HISTORY, type MatchHistory, type Participant } from "./costs.ts";

/** Fewest people at a table: nobody eats alone, and a pair is not a table. */
export const MIN_TABLE = 3;

/** Up to this many people, every arrangement is searched (the best one is found). */
export const EXACT_LIMIT = 12;

/** Swap passes at most; each pass visits every person still in a costly pair. */
const MAX_PASSES = 40;
/** Tables tried for each swap when there are more (sampled at random). */
const SWAP_CANDIDATES = 96;

/** Options of a round. */
export interface MatchOptions {
  /** Wanted people per table (N ≥ 3). */
  size: number;
}

/** A small fast seeded generator (mulberry32): the same seed gives the same tables. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from text (FNV-1a), e.g. the programme and date of a round. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Table sizes for `n` people and tables of `size`: as many tables as brings sizes closest to N
 * while keeping every table within [max(3, N-1), N+1]; when no count of tables can (5 people at
 * tables of 3, or fewer people than N-1), the sizes stay as even as possible and at least 3.
 * Largest first; empty below 3 people.
 */
export function tableSizes(n: number, size: number): number[] {
  if (n < MIN_TABLE) return [];
  const low = Math.max(MIN_TABLE, size - 1);
  const high = size + 1;
  let count = 0;
  for (let t = Math.ceil(n / high); t <= Math.floor(n / low); t++) {
    if (count === 0 || Math.abs(t - n / size) < Math.abs(count - n / size)) count = t;
  }
  if (count === 0) {
    count = Math.max(1, Math.ceil(n / high));
    while (count > 1 && Math.floor(n / count) < MIN_TABLE) count--;
  }
  const base = Math.floor(n / count);
  return Array.from({ length: count }, (_, i) => base + (i < n % count ? 1 : 0));
}

/** Every arrangement into tables of `sizes`, best kept; equal empty tables are tried once. */
function exhaustive(model: CostModel, sizes: number[], order: number[]): number[][] {
  const tables: number[][] = sizes.map(() => []);
  let best = Infinity;
  let bestTables: number[][] = [];
  const visit = (k: number, cost: number): void => {
    if (cost >= best || best === 0) return;
    if (k === order.length) {
      best = cost;
      bestTables = tables.map((t) => [...t]);
      return;
    }
    const p = order[k]!;
    const triedEmpty = new Set<number>();
    for (let j = 0; j < tables.length; j++) {
      const table = tables[j]!;
      if (table.length >= sizes[j]!) continue;
      if (table.length === 0) {
        if (triedEmpty.has(sizes[j]!)) continue;
        triedEmpty.add(sizes[j]!);
      }
      const add = model.costWith(p, table);
      table.push(p);
      visit(k + 1, cost + add);
      table.pop();
    }
  };
  visit(0, 0);
  return bestTables;
}

/** Teams dealt round the tables, largest team first: each team spreads as evenly as it can. */
function deal(model: CostModel, sizes: number[], order: number[]): number[][] {
  const byTeam = new Map<number, number[]>();
  for (const p of order) {
    const team = model.teamOf(p);
    const list = byTeam.get(team);
    if (list) list.push(p);
    else byTeam.set(team, [p]);
  }
  // Stable sort: teams of equal size keep the (seeded) order they first appeared in.
  const dealt = [...byTeam.values()].sort((a, b) => b.length - a.length).flat();
  const tables: number[][] = sizes.map(() => []);
  dealt.forEach((p, k) => tables[k % sizes.length]!.push(p));
  return tables;
}

/** Swaps people between tables while a swap lowers the total cost. */
function improve(model: CostModel, tables: number[][], rnd: () => number): void {
  const tableOf = new Int32Array(model.n);
  tables.forEach((t, j) => t.forEach((p) => (tableOf[p] = j)));
  const everyone = Array.from({ length: model.n }, (_, i) => i);
  const all = tables.map((_, j) => j);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const p of shuffle(everyone, rnd)) {
      const a = tableOf[p]!;
      const own = tables[a]!;
      const cp = model.costWith(p, own);
      if (cp === 0) continue;
      let bestDelta = 0;
      let bestQ = -1;
      const candidates =
        tables.length <= SWAP_CANDIDATES ? all : Array.from({ length: SWAP_CANDIDATES }, () => Math.floor(rnd() * tables.length));
      for (const b of candidates) {
        if (b === a) continue;
        const other = tables[b]!;
        for (const q of other) {
          const delta = model.costWith(p, other, q) + model.costWith(q, own, p) - cp - model.costWith(q, other);
          if (delta < bestDelta) {
            bestDelta = delta;
            bestQ = q;
          }
        }
      }
      if (bestQ < 0) continue;
      const b = tableOf[bestQ]!;
      own[own.indexOf(p)] = bestQ;
      tables[b]![tables[b]!.indexOf(bestQ)] = p;
      tableOf[p] = b;
      tableOf[bestQ] = a;
      improved = true;
    }
    if (!improved) return;
  }
}

/**
 * Seats `participants` at tables of about `options.size`: everyone once, nobody alone, teams
 * mixed, recent table-mates and avoided people kept apart whenever possible. Deterministic for a
 * seed. Returns person ids per table (none below 3 people).
 */
export function formTables(participants: readonly Participant[], history: MatchHistory, options: MatchOptions, seed: number): number[][] {
  const unique = [...new Map(participants.map((p) => [p.id, p])).values()].sort((a, b) => a.id - b.id);
  const sizes = tableSizes(unique.length, Math.max(MIN_TABLE, options.size));
  if (sizes.length === 0) return [];
  const rnd = random(seed);
  const people = shuffle(unique, rnd);
  const model = new CostModel(people, history);
  const order = people.map((_, i) => i);
  let tables: number[][];
  if (people.length <= EXACT_LIMIT) tables = exhaustive(model, sizes, order);
  else {
    tables = deal(model, sizes, order);
    improve(model, tables, rnd);
  }
  return tables.map((t) => t.map((i) => people[i]!.id));
}

/** How good an arrangement is: pairs seated together by kind (tests, benchmark, report). */
export interface MatchQuality {
  pairs: number;
  sameTeam: number;
  repeats: number;
  avoided: number;
}

/** Measures tables of person ids against participants and history. */
export function quality(tables: readonly (readonly number[])[], participants: readonly Participant[], history: MatchHistory): MatchQuality {
  const model = new CostModel(participants, history);
  const q: MatchQuality = { pairs: 0, sameTeam: 0, repeats: 0, avoided: 0 };
  for (const t of tables) {
    const idx = t.map((id) => model.index.get(id)!);
    for (let a = 0; a < idx.length; a++) {
      for (let b = a + 1; b < idx.length; b++) {
        q.pairs++;
        if (model.sameTeam(idx[a]!, idx[b]!)) q.sameTeam++;
        if (model.repeat(idx[a]!, idx[b]!)) q.repeats++;
        if (model.avoided(idx[a]!, idx[b]!)) q.avoided++;
      }
    }
  }
  return q;
}
