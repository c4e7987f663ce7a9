// A total given apart (takings by means of payment, waste by where it came from): the same rules
// for both. Parts given merge with those recorded and make the total their sum; a total given
// alone that differs from the recorded parts clears them.

/** The sum of the known parts; null when none is known. */
export function knownSum(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => v !== null && v !== undefined);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/**
 * The total and parts to record. parts is null when the recorded parts stay as they are; all null
 * when they are cleared. total is undefined when no total is to be written.
 */
export function mergeParts<K extends string>(
  keys: readonly K[],
  total: number | undefined,
  given: Partial<Record<K, number>>,
  recorded: Partial<Record<K, number | null>> | null,
): { total: number | undefined; parts: Record<K, number | null> | null } {
  const old = Object.fromEntries(keys.map((k) => [k, recorded?.[k] ?? null])) as Record<K, number | null>;
  if (keys.some((k) => given[k] !== undefined)) {
    const parts = Object.fromEntries(keys.map((k) => [k, given[k] ?? old[k]])) as Record<K, number | null>;
    return { total: knownSum(keys.map((k) => parts[k]))!, parts };
  }
  const sum = knownSum(keys.map((k) => old[k]));
  if (total !== undefined && sum !== null && sum !== total) {
    return { total, parts: Object.fromEntries(keys.map((k) => [k, null])) as Record<K, number | null> };
  }
  return { total, parts: null };
}

/** A total typed with parts must be their sum (with the parts already recorded): the sum, or null when it agrees. */
export function disagreement<K extends string>(
  keys: readonly K[],
  total: number,
  given: Partial<Record<K, number>>,
  recorded: Partial<Record<K, number | null>> | null,
): number | null {
  const sum = knownSum(keys.map((k) => given[k] ?? recorded?.[k]));
  return sum === null || sum === total ? null : sum;
}
