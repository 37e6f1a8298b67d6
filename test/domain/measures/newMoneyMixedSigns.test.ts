/**
 * apportion with shares of both signs (a measure that costs in some years and saves in others, SPEC §4): every
 * year is rounded half away from zero, and the largest remainder only makes the years add up to the rounded total
 * (review r18: truncating every share toward zero made ⅔ and −⅔ of a thousand 0 and 0).
 */
import fc from 'fast-check';
import { apportion } from '../../../src/domain/measures/newMoney';
import { newMoneyOf, op } from '../../helpers/plan';

const babs = (x: bigint) => (x < 0n ? -x : x);
const bsign = (x: bigint) => (x < 0n ? -1n : x > 0n ? 1n : 0n);
const bsum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);
/** n / d rounded half away from zero (SPEC §4), d > 0. */
const roundHalfAway = (n: bigint, d: bigint): bigint => bsign(n) * ((2n * babs(n) + d) / (2n * d));
/** −0 and 0 are the same amount. */
const plain = (xs: readonly number[]) => xs.map((x) => x + 0);

describe('apportion with shares of both signs, by hand', () => {
  it.each([
    // r18, D-011: costs 1, −1, 2, 3 thousand × Nye midler 2 / base 3 = ⅔, −⅔, 1⅓, 2: each rounded 1, −1, 1, 2,
    // adding up to round(3⅓) = 3 already.
    [[1, -1, 2, 3], 2, 3, [1, -1, 1, 2]],
    // The same saved rather than spent: the negated split.
    [[1, -1, 2, 3], -2, 3, [-1, 1, -1, -2]],
    // 1,5 and −0,5 (costs 3, −1; base 2; Nye midler 1): 2 and −1, Σ 1 = round(1).
    [[3, -1], 1, 2, [2, -1]],
    // −0,5 and 1,5: −1 and 2 (half away from zero in both years), not 0 and 1.
    [[-1, 3], 1, 2, [-1, 2]],
    // 0,5 and −0,5: 1 and −1, Σ 0; and the other way round.
    [[1, -1], 1, 2, [1, -1]],
    [[-1, 1], 1, 2, [-1, 1]],
    // 0,5 + 0,5 − 1 = 0, but 1 + 1 − 1 = 1: one step back toward zero, from the later of the equal halves (the
    // earlier year ends up further from zero).
    [[1, 1, -2], 1, 2, [1, 0, -1]],
    // −0,7 + 0,3 + 1 = 0,6 → 1, but −1 + 0 + 1 = 0: one step up, remainders 0,3 and 0,3. Up is toward zero for
    // −0,7 and away from it for 0,3: the step goes to 0,3, and the earlier −0,7 stays at −1.
    [[-7, 3, 10], 1, 10, [-1, 1, 1]],
    [[3, -7, 10], 1, 10, [1, -1, 1]],
    // 0,4 × 3 − 2,2 = −1, but 0 + 0 + 0 − 2 = −2: one step up, to the first of the equal 0,4.
    [[4, 4, 4, -22], 1, 10, [1, 0, 0, -2]],
    // −0,4 × 3 + 2,2 = 1: one step down, to the first −0,4 (the negated split).
    [[4, 4, 4, -22], -1, 10, [-1, 0, 0, 2]],
  ])('apportion(%j × %p / %p) = %j', (w, f, d, expected) => expect(plain(apportion(w, f, d))).toEqual(expected));

  it('D-011 of the example (1000 kr): 1 000, −1 000, 1 000, 2 000 kr', () => {
    const m = op({ id: 'D-011', years: [1, -1, 2, 3], fullYear: 3, reallocation: 1, newMoney: 2 });
    expect(plain([...newMoneyOf(m, '1000 kr')])).toEqual([1000, -1000, 1000, 2000]);
  });
});

/**
 * The split of SPEC §4 for shares of one sign, from its words: truncate every share toward zero, then hand the
 * units still missing to the round(Σ) one each to the largest remainders, ties to the earlier year. (What apportion
 * did before review r18, for all shares.)
 */
function sameSignSplit(w: readonly number[], f: number, d: number): bigint[] {
  const D = BigInt(d);
  const n = w.map((x) => BigInt(x) * BigInt(f));
  const parts = n.map((x) => x / D);
  const missing = roundHalfAway(bsum(n), D) - bsum(parts);
  const order = n.map((_, i) => i).sort((a, b) => Number(babs(n[b]! % D) - babs(n[a]! % D)) || a - b);
  for (const i of order.slice(0, Number(babs(missing)))) parts[i] = parts[i]! + bsign(missing);
  return parts;
}

describe('apportion with shares of both signs, by its laws', () => {
  // Small numbers tie often; large ones take the BigInt paths (each share n_i / d stays a safe integer).
  const small = fc.tuple(
    fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: -30, max: 30 }),
    fc.integer({ min: 1, max: 12 }),
  );
  const safe = fc.integer({ min: -(2 ** 51), max: 2 ** 51 });
  const large = fc.tuple(fc.array(safe, { minLength: 1, maxLength: 8 }), safe).chain(([w, f]) => {
    const largest = w.reduce((m, x) => Math.max(m, Math.abs(x)), 0) * Math.abs(f);
    const least = Math.max(1, Math.ceil(largest / 2 ** 52));
    return fc.integer({ min: least, max: Number.MAX_SAFE_INTEGER }).map((d): [number[], number, number] => [w, f, d]);
  });
  const shares = fc.oneof(small, large);

  it('the parts add up to the total rounded half away from zero, each within one step of its share', () => {
    fc.assert(
      fc.property(shares, ([w, f, d]) => {
        const n = w.map((x) => BigInt(x) * BigInt(f));
        const parts = apportion(w, f, d).map(BigInt);
        expect(bsum(parts)).toBe(roundHalfAway(bsum(n), BigInt(d)));
        parts.forEach((p, i) => expect(babs(p * BigInt(d) - n[i]!) < BigInt(d)).toBe(true));
      }),
      { numRuns: 2000 },
    );
  });

  it('is sign-symmetric: negating the factor, or every weight, negates the result', () => {
    fc.assert(
      fc.property(shares, ([w, f, d]) => {
        const parts = plain(apportion(w, f, d));
        const negated = plain(parts.map((p) => -p));
        expect(plain(apportion(w, -f, d))).toEqual(negated);
        expect(
          plain(
            apportion(
              w.map((x) => -x),
              f,
              d,
            ),
          ),
        ).toEqual(negated);
      }),
      { numRuns: 2000 },
    );
  });

  it('moves only as many years off their own rounding as the total needs, those with the largest remainders', () => {
    fc.assert(
      fc.property(shares, ([w, f, d]) => {
        const D = BigInt(d);
        const n = w.map((x) => BigInt(x) * BigInt(f));
        const own = n.map((x) => roundHalfAway(x, D));
        const missing = roundHalfAway(bsum(n), D) - bsum(own);
        const parts = apportion(w, f, d).map(BigInt);
        const moved = parts.map((p, i) => p !== own[i]);
        expect(moved.filter(Boolean).length).toBe(Number(babs(missing)));
        // How far (× d) each share lies beyond its own rounding in the direction the total needs.
        const beyond = n.map((x, i) => bsign(missing) * (x - own[i]! * D));
        parts.forEach((p, i) => {
          if (!moved[i]) return;
          expect(p - own[i]!).toBe(bsign(missing));
          // No share left where it was lies further beyond its part than a moved one.
          beyond.forEach((b, j) => expect(moved[j] || b <= beyond[i]!).toBe(true));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('for shares of one sign it is the split of SPEC §4 as before (truncate, largest remainder, earlier first)', () => {
    fc.assert(
      fc.property(shares, fc.boolean(), ([w, f, d], negative) => {
        const oneSign = w.map((x) => (negative ? -Math.abs(x) : Math.abs(x)));
        expect(apportion(oneSign, f, d).map(BigInt)).toEqual(sameSignSplit(oneSign, f, d));
      }),
      { numRuns: 2000 },
    );
  });
});
