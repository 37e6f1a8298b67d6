/**
 * The unit spellings the importer read in a legacy table before it shared parseUnit's vocabulary (units.ts,
 * columns.ts, cells.ts), each with the unit worked out by hand from SPEC §11 and §3: a header that read as
 * 1000 kr still does, and text that stated no unit still states none.
 */
import { classifyAmount } from '../../../src/domain/legacyImport/cells';
import { isCostHeading, parseYearHeader } from '../../../src/domain/legacyImport/columns';
import { findUnit } from '../../../src/domain/legacyImport/units';

describe('header spellings read before', () => {
  it.each([
    // mill kr
    ['Kostnad – Mill kr.', 'mill kr'],
    ['Samlet kostnad Mill. kr.', 'mill kr'],
    ['Beløp i mill kr', 'mill kr'],
    ['Beløp i millkr', 'mill kr'],
    ['Kostnad (Mill.kr)', 'mill kr'],
    ['Kostnad (millioner kroner)', 'mill kr'],
    ['Kostnad (millioner)', 'mill kr'],
    ['Samlet kostnad (mill.)', 'mill kr'],
    ['Beløp i MNOK', 'mill kr'],
    ['Beløp, mill NOK', 'mill kr'],
    ['Beløp i NOK mill', 'mill kr'],
    // 1000 kr
    ['Finansiering (1000 kr)', '1000 kr'],
    ['Beløp i 1 000 kr', '1000 kr'],
    ['Beløp i 1.000 kr', '1000 kr'],
    ['Beløp i 1\u00a0000 kr', '1000 kr'],
    ['Beløp (1000kr)', '1000 kr'],
    ['Beløp i 1000 kroner', '1000 kr'],
    ['Beløp i 1000 NOK', '1000 kr'],
    ['Beløp i 1000-kroner', '1000 kr'],
    ['Kostnad, 1000-kr', '1000 kr'],
    ['NOK 1000', '1000 kr'],
    ['Beløp kr. 1 000', '1000 kr'],
    ['Beløp (1000)', '1000 kr'],
    ['Beløp i 1000', '1000 kr'],
    ['Kostnad (i hele 1000)', '1000 kr'],
    ['Beløp i tusen', '1000 kr'],
    ['Beløp i tusen kroner', '1000 kr'],
    // kr
    ['Beløp (kr)', 'kr'],
    ['Beløp ( kr. )', 'kr'],
    ['Beløp i kr', 'kr'],
    ['Beløp i kroner', 'kr'],
    ['Kr.', 'kr'],
    // mill kr was looked for first, kr last
    ['Beløp i 1000 kr, sum i mill kr', 'mill kr'],
    ['Beløp i kroner, sum i tusen', '1000 kr'],
    // no unit
    ['Tiltak inkl. investeringer med en kostnad under kr. 100.000', null],
    ['Tiltak over 10 000 kr', null],
    ['Millionbyen', null],
    ['Felles tiltak V/L', null],
    ['Beløp, kr', null],
    ['Samlet kostnad', null],
  ])('%p states %p', (text, unit) => {
    expect(findUnit(text)).toBe(unit);
  });
});

describe('a year or «Kostnad» followed by its unit alone, as read before', () => {
  it.each([
    ['2027 (mill kr)', 2027],
    ['2027, mill. kr', 2027],
    ['2027 i millioner kroner', 2027],
    ['2027 (1000 kr)', 2027],
    ['2027 i 1 000 kr', 2027],
    ['2027 (1000)', 2027],
    ['2027 i tusen kr', 2027],
    ['2027 (kr)', 2027],
    ['2027 kroner', 2027],
    ['2027 (kr. 100.000)', null],
    ['2027 i hele 1000', null],
    ['2027 budsjett', null],
    ['2027 (nok)', null],
  ])('%p is the year %p', (text, year) => {
    expect(parseYearHeader(text)?.year ?? null).toBe(year);
  });

  it.each([
    ['Kostnad (mill kr)', true],
    ['Kostnad i 1000 kr', true],
    ['Kostnader, 1000 kr', true],
    ['Kostnad (1000)', true],
    ['Kostnad (kr)', true],
    ['Kostnad drift', false],
    ['Kostnad (i hele 1000)', false],
  ])('%p is a «Kostnad» heading: %p', (text, cost) => {
    expect(isCostHeading(text)).toBe(cost);
  });
});

describe('amount cells typed with their own unit, as read before', () => {
  it.each([
    ['0,5 mill', 0.5, 'mill kr'],
    ['0.5 mill', 0.5, 'mill kr'],
    ['1,2 mill. kr', 1.2, 'mill kr'],
    ['1,2 mill.kr.', 1.2, 'mill kr'],
    ['3 millioner', 3, 'mill kr'],
    ['3 millioner kroner', 3, 'mill kr'],
    ['2 MNOK', 2, 'mill kr'],
    ['2mill', 2, 'mill kr'],
    ['250 tusen', 250, '1000 kr'],
    ['250 tusen kr', 250, '1000 kr'],
    ['250 tusen kroner.', 250, '1000 kr'],
  ])('%p is %p in %p', (text, value, unit) => {
    expect(classifyAmount(text)).toEqual({ kind: 'number', value, fromText: true, unit });
  });

  it.each([['2 000 kroner'], ['ca. 2 mill'], ['se vedlegg']])('%p stays text', (text) => {
    expect(classifyAmount(text)).toEqual({ kind: 'text', text });
  });
});
