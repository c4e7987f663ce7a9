// A small seeded random generator, so a failing run can be replayed with the same choices.

/** mulberry32: a fast 32-bit PRNG; `seed` fixes the whole sequence. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
