/**
 * Review r28 (medium, roll: a wrong cached figure): the value the roll caches for a calculated column of hers that it
 * keeps (sheets/thisRowFormula.ts evaluateThisRow) is not always the one Excel computes; Protected View, previews and
 * any reader that does not recalculate show the product's figure (docs/spec.md §11 as built: «the value the product
 * computes for plain arithmetic … never a guessed one»).
 *
 * 1. Excel's near-zero rule for + and −: when the last operation of a formula is an addition or a subtraction whose
 *    result is zero within the last bits of the operands, Excel returns 0 (Microsoft, «Floating-point arithmetic may
 *    give inaccurate results in Excel»: =(0.5-0.4-0.1) gives 0, while =1*(0.5-0.4-0.1) gives -2.78E-17). In a
 *    «mill kr» plan the amounts are decimals: her «Rest» =[@2029]-[@2028]-0.6 on D-001 (1,8 and 1,2 mill kr) is 0 in
 *    Excel; the product caches 1.11022302462516E-16 (shown «1,11022E-16» in a General cell, «0,0» with a minus in
 *    some formats). By hand: 1,8 − 1,2 − 0,6 = 0.
 * 2. 0^0 is #NUM! in Excel (POWER(0;0) and =0^0 both): an empty Antall or a 0 raised to 0 must get no cached number;
 *    the product caches 1. By hand: Excel shows #NUM!, so no value (undefined) is the only honest cache.
 */
import { evaluateThisRow, parseThisRowFormula } from '../../../src/domain/sheets/thisRowFormula';

const T = 'tblTiltakDrift';
const ref = (column: string) => `${T}[[#This Row],[${column}]]`;

function value(formula: string, cells: Record<string, number | null>): number | undefined {
  const f = parseThisRowFormula(formula, T);
  if (!f) throw new Error(`not read: ${formula}`);
  return evaluateThisRow(f, (c) => cells[c]);
}

test('a subtraction that is zero in Excel is cached as 0 (1,8 − 1,2 − 0,6; 0,5 − 0,4 − 0,1)', () => {
  expect(value(`=${ref('2029')}-${ref('2028')}-0.6`, { '2028': 1.2, '2029': 1.8 })).toBe(0);
  expect(value(`=${ref('a')}-${ref('b')}-${ref('c')}`, { a: 0.5, b: 0.4, c: 0.1 })).toBe(0);
});

test('0^0 is #NUM! in Excel: no cached number', () => {
  expect(value(`=${ref('Antall')}^0`, { Antall: null })).toBeUndefined();
  expect(value(`=${ref('a')}^${ref('b')}`, { a: 0, b: 0 })).toBeUndefined();
});
