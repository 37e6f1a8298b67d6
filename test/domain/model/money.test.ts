import fc from 'fast-check';
import {
  countDecimals,
  decimalsAllowed,
  fromKr,
  isUnit,
  kr,
  parseUnit,
  roundHalfAwayFromZero,
  sumKr,
  toKr,
  UNIT_FACTOR,
  ZERO,
} from '../../../src/domain/model/money';
import type { Kr, Unit } from '../../../src/domain/model/money';

describe('money', () => {
  it.each<[number, Unit, number]>([
    [0.5005, '1000 kr', 501],
    [-2.5005, '1000 kr', -2501],
    [2.4, 'mill kr', 2_400_000],
    [600, '1000 kr', 600_000],
    [2.5, 'kr', 3],
    [-2.5, 'kr', -3],
    [0.0005, '1000 kr', 1],
    [1.0005, 'mill kr', 1_000_500],
    [-0.4, 'kr', 0],
  ])('toKr(%p, %p) = %p', (value, unit, expected) => {
    expect(toKr(value, unit)).toBe(expected);
  });

  it('never returns −0', () => {
    expect(Object.is(toKr(-0.2, 'kr'), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
    expect(Object.is(fromKr(kr(-0), '1000 kr'), 0)).toBe(true);
  });

  it.each([
    [0.49999999999999994, 0],
    [1.5, 2],
    [-1.5, -2],
    [2.4999, 2],
  ])('roundHalfAwayFromZero(%p) = %p', (x, expected) => {
    expect(roundHalfAwayFromZero(x)).toBe(expected);
  });

  it('kr() and toKr() reject programmer errors', () => {
    expect(() => kr(1.5)).toThrow();
    expect(() => toKr(Number.NaN, 'kr')).toThrow();
    expect(kr(7)).toBe(7);
  });

  it('sumKr skips empty cells', () => {
    expect(sumKr([kr(1), null, undefined, kr(-3)])).toBe(-2);
    expect(sumKr([])).toBe(ZERO);
  });

  it('fromKr expresses kroner in the unit', () => {
    expect(fromKr(kr(501), '1000 kr')).toBe(0.501);
    expect(fromKr(kr(2_400_000), 'mill kr')).toBe(2.4);
    expect(UNIT_FACTOR['mill kr']).toBe(1e6);
  });

  it.each<[string, Unit | null]>([
    ['kr', 'kr'],
    ['NOK', 'kr'],
    ['1000 kr', '1000 kr'],
    ['1 000 kr', '1000 kr'],
    ['1\u00a0000 kr', '1000 kr'],
    ['Tusen kr', '1000 kr'],
    ['mill kr', 'mill kr'],
    ['Mill kr.', 'mill kr'],
    ['mill. kr', 'mill kr'],
    ['MILL. KR.', 'mill kr'],
    // Spellings users type (and the legacy header reader, legacyImport/units.ts, already took): once null.
    ['1000kr', '1000 kr'],
    ['1000NOK', '1000 kr'],
    ['NOK 1000', '1000 kr'],
    ['kr 1 000', '1000 kr'],
    ['1000 kroner', '1000 kr'],
    ['tusen kroner', '1000 kr'],
    ['millioner kroner', 'mill kr'],
    ['mill.kr', 'mill kr'],
    ['mill. NOK', 'mill kr'],
    ['MNOK', 'mill kr'],
    // SPEC §3 "with or without dots or spaces", and the short forms of municipal budgets: refused before.
    ['millkr', 'mill kr'],
    ['MillKr', 'mill kr'],
    ['millionerkroner', 'mill kr'],
    ['tusenkr', '1000 kr'],
    ['tusenNOK', '1000 kr'],
    ['tkr', '1000 kr'],
    ['Tkr.', '1000 kr'],
    ['TNOK', '1000 kr'],
    ['mkr', 'mill kr'],
    ['NOK mill', 'mill kr'],
    ['kr mill.', 'mill kr'],
    ['millionar kr', 'mill kr'],
    ['millionar kroner', 'mill kr'],
    // The singular, as in «1 million kroner» (a threshold phrase in a legacy header, legacyImport/units.ts).
    ['million kroner', 'mill kr'],
    ['Million', 'mill kr'],
    ['millionkr', 'mill kr'],
    ['(1000 kr)', '1000 kr'],
    ['(1 000 kr)', '1000 kr'],
    ['(mill. kr)', 'mill kr'],
    ['(kr)', 'kr'],
    ['euro', null],
    ['t kr', null],
    ['kkr', null],
    ['mrd kr', null],
    ['1000 (kr)', null],
    ['((1000 kr))', null],
    ['(1000 kr', null],
    ['1000', null],
    ['100 kr', null],
    ['10000 kr', null],
    ['kr 100', null],
    ['', null],
  ])('parseUnit(%p) = %p', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });

  it('isUnit and decimalsAllowed', () => {
    expect(isUnit('1000 kr')).toBe(true);
    expect(isUnit('Mill kr')).toBe(false);
    expect([decimalsAllowed('kr'), decimalsAllowed('1000 kr'), decimalsAllowed('mill kr')]).toEqual([0, 0, 3]);
  });

  it.each([
    [2400, 0],
    [2.4, 1],
    [0.6 + 1.2, 1],
    [0.5005, 4],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
    [Number.NaN, 0],
  ])('countDecimals(%p) = %p', (x, expected) => {
    expect(countDecimals(x)).toBe(expected);
  });

  it.each<Unit>(['kr', '1000 kr', 'mill kr'])('toKr ∘ fromKr is the identity on integers (%s)', (unit) => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (n) => {
        expect(toKr(fromKr(n as Kr, unit), unit)).toBe(n === 0 ? 0 : n);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
