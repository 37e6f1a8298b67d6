/**
 * Recognising a unit mix-up (SPEC §8 `unit-suspect`): two amounts that should be equal but differ by a
 * factor of 1000 — the classic Mill kr typed into a 1000 kr column, or kroner typed into a 1000 kr column.
 */
import { kr, roundHalfAwayFromZero, type Kr } from '../model/money';
import type { FindingParams } from '../model/findingParams';

/** The factor between neighbouring units (kr → 1000 kr → mill kr). */
export const UNIT_SUSPECT_FACTOR = 1000;
/** Relative tolerance on the factor: 0.1 %. */
export const UNIT_SUSPECT_TOLERANCE = 0.001;

/** Which side of a comparison is the small one when the two differ by the factor; null when they do not. */
export type SmallSide = 'expected' | 'actual';

/**
 * Whether `now` is `old` times `scale` within 0.1 % (both ≠ 0, same sign): the one test of "typed in another
 * unit", for unit-suspect (scale 1000) and for a comparison's unconverted unit (the units' ratio, compare/).
 */
export function isScaled(old: number, now: number, scale: number): boolean {
  if (old === 0 || now === 0 || Math.sign(old) !== Math.sign(now)) return false;
  return Math.abs(now / old - scale) <= scale * UNIT_SUSPECT_TOLERANCE;
}

/**
 * Whether `expected` and `actual` (same sign, both ≠ 0) differ by a factor of 1000 within 0.1 %, in either
 * direction; returns the side that is 1000 times too small, or null.
 */
export function unitSuspectSide(expected: number, actual: number): SmallSide | null {
  if (isScaled(expected, actual, UNIT_SUSPECT_FACTOR)) return 'expected';
  if (isScaled(actual, expected, UNIT_SUSPECT_FACTOR)) return 'actual';
  return null;
}

/**
 * The params of a unit-suspect finding: both amounts, the compared column, which side is small, and both
 * readings — the small side typed in a unit 1000 times too big (multiply it by 1000), or the big side typed in
 * a unit 1000 times too small (divide it by 1000). `supported` starts as 'none': only the whole plan can say
 * which reading it supports (validate/unitSupport.ts). Null when the amounts do not differ by the factor.
 */
export function unitSuspectParams(
  column: string,
  expected: Kr,
  actual: Kr,
  rule: FindingParams['unit-suspect']['rule'],
): FindingParams['unit-suspect'] | null {
  const side = unitSuspectSide(expected, actual);
  if (side === null) return null;
  const small = side === 'expected' ? expected : actual;
  const big = side === 'expected' ? actual : expected;
  return {
    column,
    expected,
    actual,
    factor: UNIT_SUSPECT_FACTOR,
    side: side === 'expected' ? 'base' : 'financing',
    from: small,
    proposed: kr(small * UNIT_SUSPECT_FACTOR),
    otherFrom: big,
    otherProposed: kr(roundHalfAwayFromZero(big / UNIT_SUSPECT_FACTOR)),
    rule,
    supported: 'none',
  };
}
