// Keeping tables of at least 3 when someone drops out: pull someone from a table that can spare
// a person, or else seat the people left at other tables. Pure: it only plans the moves.
import { CostModel, type MatchHistory } from "./costs.ts";
import { MIN_TABLE } from "./matching.ts";
import type { SeatMove, SeatingPlan } from "./ports.ts";

/**
 * The moves that bring table `changed` back to at least 3 people. Prefers pulling people from
 * tables of 4 or more (the cheapest ones to move: another team, nobody met or avoided); when the
 * round cannot spare enough, the remaining people join other tables, the least full and best
 * suited first. No moves when the table still has 3 people or more, is empty, or is the only one.
 */
export function rebalance(seating: SeatingPlan, changed: number, history: MatchHistory, size: number): SeatMove[] {
  const tables = seating.tables.map((t) => ({ id: t.id, people: t.people.map((p) => p.personId) }));
  const target = tables.find((t) => t.id === changed);
  if (!target || target.people.length >= MIN_TABLE || target.people.length === 0) return [];
  const others = tables.filter((t) => t !== target && t.people.length > 0);
  if (others.length === 0) return [];
  const model = new CostModel(
    seating.tables.flatMap((t) => t.people.map((p) => ({ id: p.personId, team: p.team }))),
    history,
  );
  const idx = (id: number) => model.index.get(id)!;
  const costWith = (person: number, people: number[], skip = -1) => model.costWith(idx(person), people.filter((p) => p !== skip).map(idx));
  const moves: SeatMove[] = [];
  const move = (person: number, from: (typeof tables)[number], to: (typeof tables)[number]) => {
    from.people = from.people.filter((p) => p !== person);
    to.people.push(person);
    moves.push({ personId: person, from: from.id, to: to.id });
  };

  const needed = MIN_TABLE - target.people.length;
  const spare = others.reduce((n, t) => n + Math.max(0, t.people.length - MIN_TABLE), 0);
  if (spare >= needed) {
    for (let k = 0; k < needed; k++) {
      let best: { person: number; from: (typeof tables)[number]; score: number } | undefined;
      for (const donor of others.filter((t) => t.people.length > MIN_TABLE)) {
        for (const person of donor.people) {
          // Cost gained at the new table minus cost left behind; bigger donors first on ties.
          const score = (costWith(person, target.people) - costWith(person, donor.people, person)) * 1000 - donor.people.length;
          if (!best || score < best.score) best = { person, from: donor, score };
        }
      }
      move(best!.person, best!.from, target);
    }
    return moves;
  }
  for (const person of [...target.people].sort((a, b) => a - b)) {
    const dest = [...others].sort(
      (a, b) =>
        Number(a.people.length > size) - Number(b.people.length > size) ||
        costWith(person, a.people) - costWith(person, b.people) ||
        a.people.length - b.people.length ||
        a.id - b.id,
    )[0]!;
    move(person, target, dest);
  }
  return moves;
}
