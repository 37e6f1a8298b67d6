/**
 * Year headers with a footnote marker ("2011*", "2012 1)", "2013¹"): the column is the year's, and the log
 * names the marker and the footnote's text (footnotes.ts). Figures by hand: Mill kr into kroner.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

describe('a Mill kr table whose year headers carry footnotes', () => {
  // Two header rows: «Kostnad – Mill kr.» merged over the four years, as in Verdal's 6.1.
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', 'Kostnad – Mill kr.', null, null, null, 'Nye midler', 'Ansvarlig'],
    [null, null, '2011*', '2012 1)', '2013¹', 2014, null, null],
    ['SAMFUNN OG TJENESTER'],
    [1, 'Utvidelse miljøteam', 0.6, 1.2, 1.8, 2.4, 2.4, 'Rådmannen'],
    [2, 'Bo Kart', 0.15, '----', '----', '----', 0.15, 'Boligkontoret'],
    // Typed right under the last measure: inside the table's rows, but no measure and no section.
    ['* Vedtatt budsjett 2011.'],
    [],
    [null, '1) Foreløpige tall.'],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:F1', 'G1:G2', 'H1:H2'];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges }], tables: [] },
    { defaultStartYear: 2027, unit: 'kr', commentNote: (n) => n.code },
  );

  it('reads the period 2011–2014 from the marked headers and every year amount in kroner', () => {
    expect(result.content.settings).toMatchObject({ startYear: 2011, yearCount: 4 });
    expect(result.content.operating.map((r) => [r.values.measure, ...r.years, r.values.finNew])).toEqual([
      ['Utvidelse miljøteam', 600_000, 1_200_000, 1_800_000, 2_400_000, 2_400_000],
      ['Bo Kart', 150_000, 0, 0, 0, 150_000],
    ]);
    expect(result.content.lists.sections).toEqual(['Samfunn og tjenester']);
  });

  it('logs each marker with its footnote, or that none was found', () => {
    const notes = result.log.filter((d) => d.code.includes('footnote'));
    expect(notes.map((d) => [d.cell, d.code, d.params])).toEqual([
      [
        'C2',
        'year-footnote',
        { column: '2011*', year: 2011, marker: '*', footnote: 'Vedtatt budsjett 2011.', at: 'A6' },
      ],
      ['D2', 'year-footnote', { column: '2012 1)', year: 2012, marker: '1)', footnote: 'Foreløpige tall.', at: 'B8' }],
      // «¹» is footnote 1 too: the line «1) Foreløpige tall.» is its text.
      ['E2', 'year-footnote', { column: '2013¹', year: 2013, marker: '¹', footnote: 'Foreløpige tall.', at: 'B8' }],
      ['A6', 'footnote-row', { row: 6, text: '* Vedtatt budsjett 2011.' }],
    ]);
  });
});

describe('a one-row header whose footnote is nowhere under the table', () => {
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', '2027', '2028 **', '2029', '2030', 'Nye midler (1000 kr)', 'Ansvarlig'],
    ['BOLIG'],
    [1, 'Startlån', 100, 200, 300, 400, 400, 'NAV'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2027, commentNote: (n) => n.code },
  );

  it('keeps 2028 as a year column (200) and says the footnote is missing', () => {
    expect(result.content.operating[0]?.years).toEqual([100, 200, 300, 400]);
    expect(result.log.filter((d) => d.code.includes('footnote')).map((d) => [d.cell, d.code])).toEqual([
      ['D1', 'year-footnote-missing'],
    ]);
  });
});
