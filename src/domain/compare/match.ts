/**
 * Pairing the rows of two versions by a key (a measure's ID, what an economy plan line is about). Rows with the
 * same key pair up in the order they stand; a row whose key is null never pairs. One pass over each side, no
 * list per key: a comparison of two 10 000-measure plans runs this for every row (see bench/compare.ts).
 */

export interface MatchVisitor<T> {
  readonly pair: (before: T, after: T) => void;
  /** In the newer version only (called in its order). */
  readonly added: (after: T) => void;
  /** In the older version only (called in its order, after every pair and addition). */
  readonly removed: (before: T) => void;
}

/** Visits every pair, every row added and every row removed between `before` and `after`. */
export function matchRows<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (row: T) => string | null,
  visit: MatchVisitor<T>,
): void {
  // The first waiting row per key, and for each row the next one with the same key (-1: none).
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const next = new Int32Array(before.length).fill(-1);
  for (let i = 0; i < before.length; i++) {
    const key = keyOf(before[i] as T);
    if (key === null) continue;
    const tail = last.get(key);
    if (tail === undefined) first.set(key, i);
    else next[tail] = i;
    last.set(key, i);
  }
  const taken = new Uint8Array(before.length);
  for (let j = 0; j < after.length; j++) {
    const row = after[j] as T;
    const key = keyOf(row);
    const i = key === null ? undefined : first.get(key);
    if (key === null || i === undefined) {
      visit.added(row);
      continue;
    }
    taken[i] = 1;
    const n = next[i] ?? -1;
    if (n >= 0) first.set(key, n);
    else first.delete(key);
    visit.pair(before[i] as T, row);
  }
  for (let i = 0; i < before.length; i++) if (taken[i] === 0) visit.removed(before[i] as T);
}
