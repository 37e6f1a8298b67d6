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
  // Each key's first row in `before`, looked up once per row of either side (the measured hot spot of a
  // comparison: a Map operation on a fresh key string each; bench/compare.ts). Rows with the same key are
  // chained through `next`, and `waiting` holds, per first row, the row of its chain that pairs next (-1: none).
  const first = new Map<string, number>();
  const next = new Int32Array(before.length).fill(-1);
  const tail = new Int32Array(before.length);
  const waiting = new Int32Array(before.length);
  for (let i = 0; i < before.length; i++) {
    const key = keyOf(before[i] as T);
    if (key === null) continue;
    const head = first.get(key);
    if (head === undefined) {
      first.set(key, i);
      tail[i] = i;
      waiting[i] = i;
    } else {
      next[tail[head] as number] = i;
      tail[head] = i;
    }
  }
  const taken = new Uint8Array(before.length);
  for (let j = 0; j < after.length; j++) {
    const row = after[j] as T;
    const key = keyOf(row);
    const head = key === null ? undefined : first.get(key);
    const i = head === undefined ? -1 : (waiting[head] as number);
    if (head === undefined || i < 0) {
      visit.added(row);
      continue;
    }
    taken[i] = 1;
    waiting[head] = next[i] as number;
    visit.pair(before[i] as T, row);
  }
  for (let i = 0; i < before.length; i++) if (taken[i] === 0) visit.removed(before[i] as T);
}
