/**
 * «NOK» as a legacy table states kroner (units.ts, SPEC §3 spells Beløpsenhet "NOK" as kr): a year header
 * «2027 (NOK)» is the year column 2027 in kr, as «2027 (kr)» is; «NOK» alone in a unit's place ("(NOK)", "i NOK",
 * the whole cell) is kr. The Norwegian word «nok» in a sentence ("Har vi nok midler") states nothing, and a year
 * with it among other words is no year column. Figures by hand: kr ÷ 1000 = 1000 kr.
 */
import { isCostHeading, legacyYear } from '../../../src/domain/legacyImport/columns';
import { findUnit } from '../../../src/domain/legacyImport/units';
import { figures, HEADER, importTitled } from './titledTable';

describe('NOK in a unit’s place is kr', () => {
  it.each([['2027 (NOK)'], ['2027 NOK'], ['2027 (nok)'], ['Kostnad 2027 (NOK)']])('%p is the year 2027', (text) => {
    expect(legacyYear(text)?.year ?? null).toBe(2027);
  });

  it.each([
    ['2027 (NOK)'],
    ['2027 NOK'],
    ['2027 kr'],
    ['Kostnad 2027 kr'],
    ['(NOK)'],
    ['NOK'],
    ['Beløp i NOK'],
    ['Kostnad (NOK)'],
  ])('%p states kr', (text) => {
    expect(findUnit(text)).toBe('kr');
  });

  it('«Kostnad (NOK)» is a «Kostnad» heading', () => {
    expect(isCostHeading('Kostnad (NOK)')).toBe(true);
  });
});

describe('the word «nok» makes no other words a unit', () => {
  it.each([
    ['Har vi nok midler'],
    ['Nok til alle'],
    ['Tiltak som nok blir dyrere'],
    ['Beløp i nok en runde'],
    ['Samlet kostnad'],
    // a number before kr that is no year is a sum, not a year's unit
    ['5000 kr'],
    ['5000 NOK'],
  ])('%p states none', (text) => {
    expect(findUnit(text)).toBeNull();
  });

  it.each([['2027 nok midler'], ['2027 (nok penger)'], ['2027 budsjett NOK']])('%p is no year column', (text) => {
    expect(legacyYear(text)).toBeNull();
  });
});

describe('a legacy table with its years headed «2011 (NOK)» … «2014 (NOK)»', () => {
  const header = HEADER.map((h) => (typeof h === 'string' && /^\d{4}$/.test(h) ? `${h} (NOK)` : h));
  const body = [
    ['SAMFUNN OG TJENESTER'],
    [1, '14. Utvidelse miljøteam', 2_400_000, 600_000, 1_200_000, 1_800_000, 2_400_000, '----', 2_400_000, 'R'],
  ];
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift', { header, body });

  it('reads the years in kr and the columns without a unit in the kr stated beside them, converted to 1000 kr', () => {
    expect(figures(r)).toEqual([[2400, 600, 1200, 1800, 2400, 0, 2400]]);
  });

  it('logs each year column’s unit as its own, the others’ as the table’s', () => {
    const units = r.log.flatMap((d) => (d.code === 'column-unit-converted' ? [[d.cell, d.params.source]] : []));
    expect(units).toEqual([
      ['D5', 'table'],
      ['E5', 'column'],
      ['F5', 'column'],
      ['G5', 'column'],
      ['H5', 'column'],
      ['I5', 'table'],
      ['J5', 'table'],
    ]);
  });
});
