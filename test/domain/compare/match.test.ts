/**
 * matchRows (SPEC §14): rows with the same key pair in the order they stand, a null key never pairs, pairs and
 * additions come in the newer version's order and removals after them in the older version's order.
 */
import { matchRows } from '../../../src/domain/compare/match';

type Row = { readonly key: string | null; readonly name: string };

function visits(before: readonly Row[], after: readonly Row[]): string[] {
  const out: string[] = [];
  matchRows(before, after, (r) => r.key, {
    pair: (b, a) => out.push(`pair ${b.name}=${a.name}`),
    added: (a) => out.push(`added ${a.name}`),
    removed: (b) => out.push(`removed ${b.name}`),
  });
  return out;
}

/** The rule as the SPEC words it, one list per key: what matchRows must agree with on any input. */
function byTheRule(before: readonly Row[], after: readonly Row[]): string[] {
  const waiting = new Map<string, Row[]>();
  for (const b of before) if (b.key !== null) waiting.set(b.key, [...(waiting.get(b.key) ?? []), b]);
  const out: string[] = [];
  const paired = new Set<Row>();
  for (const a of after) {
    const b = a.key === null ? undefined : waiting.get(a.key)?.shift();
    if (b) {
      paired.add(b);
      out.push(`pair ${b.name}=${a.name}`);
    } else out.push(`added ${a.name}`);
  }
  for (const b of before) if (!paired.has(b)) out.push(`removed ${b.name}`);
  return out;
}

const row = (key: string | null, name: string): Row => ({ key, name });

describe('matchRows', () => {
  it('pairs repeated keys in the order they stand and leaves null keys unpaired', () => {
    const before = [row('a', 'a1'), row('b', 'b1'), row('a', 'a2'), row(null, 'n1'), row('a', 'a3'), row('c', 'c1')];
    const after = [row('a', 'A1'), row(null, 'N1'), row('a', 'A2'), row('d', 'D1'), row('b', 'B1'), row('b', 'B2')];
    expect(visits(before, after)).toEqual([
      'pair a1=A1',
      'added N1',
      'pair a2=A2',
      'added D1',
      'pair b1=B1',
      'added B2',
      'removed n1',
      'removed a3',
      'removed c1',
    ]);
  });

  it('agrees with the rule on random rows with few keys (many repeats)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const rows = (prefix: string, n: number): Row[] =>
      Array.from({ length: n }, (_, i) => row(random(6) === 0 ? null : `k${random(5)}`, `${prefix}${i}`));
    for (let t = 0; t < 300; t++) {
      const [before, after] = [rows('b', random(12)), rows('a', random(12))];
      expect(visits(before, after)).toEqual(byTheRule(before, after));
    }
  });
});
