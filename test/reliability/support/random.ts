// A small seeded random generator, so a failing run can be replayed with the same choices.

/** mulberry32, the generator the lunch matcher uses: `seed` fixes the whole sequence. */
export { random as seeded } from "../../../src/features/lunch/matching.ts";

/** A copy of `items` in random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The seed of this run: REL_SEED when set (REL_SEED=random draws a fresh one, to explore),
 * else `fixed`, so CI runs the same inputs every time and a failure replays exactly.
 */
export function runSeed(fixed: number): number {
  const env = process.env.REL_SEED;
  if (env === "random") return Math.floor(Math.random() * 2 ** 31);
  return env && Number.isFinite(Number(env)) ? Number(env) : fixed;
}
