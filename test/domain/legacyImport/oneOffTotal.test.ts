/**
 * A legacy «Samlet kostnad» that is a one-off's total (amounts.ts, oneOffEnd): the sum of the period's years of a
 * cost that ends before the last plan year is read as Engangs with Helårsvirkning 0, logged with the total and the
 * year the cost ends; a lasting measure's Samlet kostnad (the full-year effect its last year reaches) stays Varig.
 * Figures by hand; the period is 2027–2030, amounts in 1000 kr unless said.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', 'Samlet kostnad', '2027', '2028', '2029', '2030', 'Endr. drift'];
const D = '----';

const run = (total: CellValue, years: CellValue[], unit: Unit = '1000 kr'): ImportResult =>
  importLegacy(
    {
      sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ['DRIFT'], [1, 'Boligplan', total, ...years]] }],
      tables: [],
    },
    { defaultStartYear: 2027, unit, commentNote: importCommentNote('nb') },
  );

describe('a Samlet kostnad that is the sum of a cost ending before the last year', () => {
  it.each([
    ['the first year only, «----» after', 300, [300, D, D, D], 2027],
    ['the first year only, empty after', 300, [300, null, null, null], 2027],
    ['two years, 100 + 200 = 300', 300, [100, 200, D, D], 2028],
    ['one year in the middle', 300, [D, 300, 0, D], 2028],
    ['three years up to 2029, 100 + 100 + 100 = 300', 300, [100, 100, 100, 0], 2029],
  ])('%s: Engangs, Helårsvirkning 0, logged at C3', (_name, total, years, year) => {
    const result = run(total, years);
    const row = result.content.operating[0];
    expect([row?.values.kind, row?.values.fullYear]).toEqual(['Engangs', 0]);
    const logged = result.log.filter((d) => d.code === 'one-off-total');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([['C3', { amount: 300, unit: '1000 kr', year }]]);
    expect(result.log.some((d) => d.code === 'one-off')).toBe(false);
  });

  it('adds decimals of mill kr without a rounding slip: 0,1 + 0,2 = Samlet kostnad 0,3', () => {
    const row = run(0.3, [0.1, 0.2, D, D], 'mill kr').content.operating[0];
    expect([row?.values.kind, row?.values.fullYear, row?.years]).toEqual(['Engangs', 0, [0.1, 0.2, 0, 0]]);
  });
});

describe('a Samlet kostnad that stays a full-year effect (Varig)', () => {
  it.each([
    // Seeds/003 miljøteam in 1000 kr: the last year reaches the full-year effect.
    ['rising to the last year (miljøteam 600/1 200/1 800/2 400)', 2400, [600, 1200, 1800, 2400]],
    ['starting in the last year: a lasting measure from 2030', 300, [D, D, D, 300]],
    ['a cost in the last year too, though Samlet kostnad is the sum', 400, [100, 100, 100, 100]],
    ['a cost that ends, but the years add up to 600, not 300', 300, [300, 300, D, D]],
    ['a year it cannot read («ca. 100»): the sum is unknown', 300, [200, 'ca. 100', D, D]],
    ['a status in a year: the sum is unknown', 300, [300, '?', D, D]],
  ])('%s', (_name, total, years) => {
    const result = run(total, years);
    const row = result.content.operating[0];
    expect([row?.values.kind, row?.values.fullYear]).toEqual(['Varig', total]);
    expect(result.log.some((d) => d.code === 'one-off-total')).toBe(false);
  });
});

describe('a table with no year column after the cost', () => {
  it('does not say the cost ended: 2027 only, Samlet kostnad 100 = 2027 stays Varig 100', () => {
    const values: CellValue[][] = [['Prioritet', 'Tiltak', 'Samlet kostnad', '2027'], ['DRIFT'], [1, 'Team', 100, 100]];
    const result = importLegacy(
      { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
      { defaultStartYear: 2027, commentNote: importCommentNote('nb') },
    );
    const row = result.content.operating[0];
    expect([row?.values.kind, row?.values.fullYear]).toEqual(['Varig', 100]);
  });
});
