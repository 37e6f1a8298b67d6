/**
 * A number typed in a text column of a legacy table (SPEC §11: a log of every decision): an Ansvarlig "2028" (a
 * year slipped one column), a plan area 3, a Tiltak 42. The importer took it as text without a word, so the user
 * never heard that a year stood where a name belongs. It is still kept, as text, as typed (nothing lost), and the
 * log now names the cell and the column, for the user to check. A Ref. 14, a Rammeområde 2 (a frame's code) or a
 * Kommentar 5 is a number by nature there and is not logged. And a «Kostnad» heading alone over the year columns
 * (no unit, no year of its own) states no unit: the years take --unit, and the log says so.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

const run = (rows: CellValue[][], merges: string[] = []): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: rows, merges }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

describe('numbers typed in the text columns, under a «Kostnad» heading with no unit', () => {
  const result = run(
    [
      // Row 1: «Kostnad» merged over C1:D1 above the years; row 2 the years.
      ['Prioritet', 'Tiltak', 'Kostnad', null, 'Ansvarlig', 'Berørte planområder', 'Rammeområde', 'Ref.', 'Kommentar'],
      [null, null, 2027, 2028, null, null, null, null, null],
      ['BOLIG'],
      [1, 'Startlån', 250, 400, 2028, 'Helse', 2, 14, 5], // row 4
      [2, 42, 100, 100, 'Rådmannen', 3, 'R1', '7.1', null], // row 5
    ],
    ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2'],
  );
  const [startlan, second] = result.content.operating;

  it('keeps each as text, as typed; the amounts as typed in 1000 kr (250 + 100 = 350 in 2027)', () => {
    expect(startlan?.values).toMatchObject({ responsible: '2028', areas: 'Helse', frame: '2', ref: '14' });
    expect(second?.values).toMatchObject({ measure: '42', responsible: 'Rådmannen', areas: '3' });
    expect(startlan?.years).toEqual([250, 400, null, null]);
    expect(result.content.operating.reduce((s, m) => s + (m.years[0] ?? 0), 0)).toBe(350);
  });

  it('logs the numbers in Ansvarlig, Berørte planområder and Tiltak at their cells, not those in Rammeområde, Ref. or Kommentar', () => {
    expect(result.log.filter((d) => d.code === 'number-as-text').map((d) => [d.cell, d.params])).toEqual([
      ['E4', { column: 'Ansvarlig', typed: 2028 }],
      ['B5', { column: 'Tiltak', typed: 42 }],
      ['F5', { column: 'Berørte planområder', typed: 3 }],
    ]);
    const e4 = result.log.find((d) => d.code === 'number-as-text');
    expect(e4 && renderImportDecision(e4, 'nb')).toBe(
      'Ansvarlig er et tall, 2028: tatt inn som teksten «2028». Sjekk at det hører hjemme i denne kolonnen.',
    );
    expect(e4 && renderImportDecision(e4, 'nn')).toContain('«2028»');
    expect(e4 && renderImportDecision(e4, 'en')).toContain('"2028"');
  });

  it('gives the years under «Kostnad» the unit of --unit, logged at each year heading', () => {
    expect(result.log.filter((d) => d.code === 'column-unit').map((d) => [d.cell, d.params])).toEqual([
      ['C2', { column: '2027', unit: '1000 kr', source: 'option' }],
      ['D2', { column: '2028', unit: '1000 kr', source: 'option' }],
    ]);
  });
});
