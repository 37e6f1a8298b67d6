/**
 * The unit spellings the importer read in a legacy table before it shared parseUnit's vocabulary (units.ts,
 * columns.ts, cells.ts), each with the unit worked out by hand from SPEC §11 and §3: a header that read as
 * 1000 kr still does, and text that stated no unit still states none.
 */
import { classifyAmount } from '../../../src/domain/legacyImport/cells';
import { isCostHeading, legacyYear } from '../../../src/domain/legacyImport/columns';
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import { findUnit } from '../../../src/domain/legacyImport/units';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';

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
  ])('%p is the year %p', (text, year) => {
    expect(legacyYear(text)?.year ?? null).toBe(year);
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

  it.each([['ca. 2 mill'], ['se vedlegg']])('%p stays text', (text) => {
    expect(classifyAmount(text)).toEqual({ kind: 'text', text });
  });
});

describe('the short forms of municipal budgets, read as Beløpsenhet and --unit read them (parseUnit)', () => {
  it.each([
    ['Kostnad (tkr)', '1000 kr'],
    ['Beløp i TNOK', '1000 kr'],
    ['Nye midler, tkr.', '1000 kr'],
    ['Beløp i mkr', 'mill kr'],
    ['Kostnad (millionar kr)', 'mill kr'],
    ['Kostnad i millionar', 'mill kr'],
    ['Beløp i millkr', 'mill kr'],
    ['Beløp – tusenkr', '1000 kr'],
    // «tusen» is a word of its own: a place named for the millennium states no unit.
    ['Tusenårsstedet', null],
  ])('%p states %p', (text, unit) => {
    expect(findUnit(text)).toBe(unit);
  });

  it.each([
    ['2027 (tkr)', 2027],
    ['2027 i mkr', 2027],
    ['2027 – tusenkr', 2027],
    ['2027 (millionar kr)', 2027],
  ])('%p is the year %p', (text, year) => {
    expect(legacyYear(text)?.year ?? null).toBe(year);
  });

  it.each([['Kostnad (tkr)'], ['Kostnad i mkr'], ['Kostnad (TNOK)']])('%p is a «Kostnad» heading', (text) => {
    expect(isCostHeading(text)).toBe(true);
  });

  it.each([
    ['250 tkr', 250, '1000 kr'],
    ['250 TNOK', 250, '1000 kr'],
    ['1,5 mkr', 1.5, 'mill kr'],
    ['2 millionar', 2, 'mill kr'],
    ['0,4 NOK mill', 0.4, 'mill kr'],
  ])('the cell %p is %p in %p', (text, value, unit) => {
    expect(classifyAmount(text)).toEqual({ kind: 'number', value, fromText: true, unit });
  });
});

describe('a legacy table headed in tkr and mkr', () => {
  const run = (values: CellValue[][], merges: string[], unit: Unit): ImportResult =>
    importLegacy(
      { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges }], tables: [] },
      { defaultStartYear: 2027, unit, commentNote: (n) => n.code },
    );
  const figures = (r: ImportResult): unknown[] =>
    r.content.operating.map((m) => [m.values.measure, m.values.fullYear, ...m.years, m.values.finNew]);

  it('reads «Kostnad (tkr)», a group «Beløp i mkr» over the years and «Nye midler (TNOK)», into kroner', () => {
    const r = run(
      [
        ['Prioritet', 'Tiltak', 'Kostnad (tkr)', 'Beløp i mkr', null, null, null, 'Nye midler (TNOK)', 'Ansvarlig'],
        [null, null, null, 2027, 2028, 2029, 2030, null, null],
        ['OPPVEKST'],
        [1, 'Familieteam', 1600, 0.25, 0.4, 0.45, 0.5, 400, 'Barnevern'],
        [2, 'Leksehjelp', '1 200', '0,3', 0.3, '300 tkr', 0.3, 300, 'Skole'],
      ],
      ['D1:G1'],
      'kr',
    );
    // tkr × 1 000 and mkr × 1 000 000 kr; the cell «300 tkr» is 300 000 kr in a mill kr column.
    expect(figures(r)).toEqual([
      ['Familieteam', 1_600_000, 250_000, 400_000, 450_000, 500_000, 400_000],
      ['Leksehjelp', 1_200_000, 300_000, 300_000, 300_000, 300_000, 300_000],
    ]);
  });

  it('reads year headers «2027 (mkr)» and a nynorsk «Kostnad (millionar kr)», into 1000 kr', () => {
    const years = run(
      [
        ['Prioritet', 'Tiltak', '2027 (mkr)', '2028 (mkr)', '2029 (mkr)', '2030 (mkr)'],
        [1, 'Familieteam', 0.25, 0.4, 0.4, 0.4],
      ],
      [],
      '1000 kr',
    );
    expect(figures(years)).toEqual([['Familieteam', null, 250, 400, 400, 400, null]]);
    const nynorsk = run(
      [
        ['Prioritet', 'Tiltak', 'Kostnad (millionar kr)', '2027', '2028', '2029', '2030', 'Ansvarleg'],
        [1, 'Familieteam', 0.4, 0.1, 0.2, 0.3, 0.4, 'NAV'],
      ],
      [],
      '1000 kr',
    );
    expect(figures(nynorsk)).toEqual([['Familieteam', 400, 100, 200, 300, 400, null]]);
  });
});
