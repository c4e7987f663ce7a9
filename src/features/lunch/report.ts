// A programme's history in numbers: rounds held, people who took part, colleagues who met (distinct
// pairs) and the share of those pairs that crossed teams. Pure: computed from the rounds.
import { fold } from "../../kernel/text.ts";
import type { LunchRound } from "./ports.ts";

/** The figures of `/lunch report`. */
export interface LunchReport {
  /** Formed rounds whose lunch day has come. */
  held: number;
  /** Rounds that did not happen for want of people. */
  skipped: number;
  tables: number;
  /** Distinct people who sat at a table. */
  people: number;
  /** Distinct pairs of people who shared a table. */
  pairs: number;
  /** Pairs where both teams are known, and those among them from different teams. */
  knownPairs: number;
  crossTeamPairs: number;
}

/** Seated people of each table of the held rounds (dropped seats left out). */
function heldTables(rounds: readonly LunchRound[], today: string) {
  return rounds
    .filter((r) => r.status === "formed" && r.date <= today)
    .flatMap((r) => r.tables.map((t) => t.seats.filter((s) => s.status !== "dropped")));
}

/** The report of a programme's rounds as of `today` (local ISO date). */
export function lunchReport(rounds: readonly LunchRound[], today: string): LunchReport {
  const tables = heldTables(rounds, today);
  const people = new Set<number>();
  const pairs = new Map<string, boolean | null>();
  for (const seats of tables) {
    for (const s of seats) people.add(s.personId);
    for (let a = 0; a < seats.length; a++) {
      for (let b = a + 1; b < seats.length; b++) {
        const [x, y] = [seats[a]!, seats[b]!];
        const key = x.personId < y.personId ? `${x.personId}:${y.personId}` : `${y.personId}:${x.personId}`;
        if (pairs.has(key)) continue;
        // The teams they had when they met; unknown when either did not say.
        pairs.set(key, x.team && y.team ? fold(x.team) !== fold(y.team) : null);
      }
    }
  }
  const known = [...pairs.values()].filter((v) => v !== null);
  return {
    held: rounds.filter((r) => r.status === "formed" && r.date <= today).length,
    skipped: rounds.filter((r) => r.status === "skipped" && r.date <= today).length,
    tables: tables.length,
    people: people.size,
    pairs: pairs.size,
    knownPairs: known.length,
    crossTeamPairs: known.filter(Boolean).length,
  };
}

/** How many different colleagues a person has shared a table with. */
export function colleaguesMet(rounds: readonly LunchRound[], personId: number, today: string): number {
  const met = new Set<number>();
  for (const seats of heldTables(rounds, today)) {
    if (!seats.some((s) => s.personId === personId)) continue;
    for (const s of seats) if (s.personId !== personId) met.add(s.personId);
  }
  return met.size;
}
