/**
 * A Kommentar cell wrapped onto the next row (wrapped.ts, docs/spec.md §11): a Word table pasted into Excel
 * puts each line of the comment on a row of its own. Such a line alone in the Kommentar column was read as a
 * section row, so "videreføres i 2028." became the section of every measure below it. Expected measures worked
 * out by hand from the typed table.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

/** Columns A–I: Prioritet, Tiltak, four years (1000 kr), Nye midler, Ansvarlig, Kommentar. */
const HEADER: CellValue[] = [
  'Prioritet',
  'Tiltak',
  '2027',
  '2028',
  '2029',
  '2030',
  'Nye midler',
  'Ansvarlig',
  'Kommentar',
];
const only = (col: number, text: string): CellValue[] => HEADER.map((_, i) => (i === col ? text : null));

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ...rows], merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

describe('a Kommentar wrapped onto the next rows', () => {
  const result = run([
    ['BOLIG'], // row 2
    [1, 'Miljøteam', 100, 200, 300, 400, 400, 'NAV', 'Starter høsten 2027 og'], // row 3
    only(8, 'videreføres i 2028.'), // row 4: lower case → the rest of I3
    [2, 'Bo Kart', 50, '(50)', 50, 50, 50, 'NAV', 'Se K-sak'], // row 5: «(50)» is no amount → moved to Kommentar after the cell's text
    only(8, '45/26.'), // row 6: starts with a digit, but a comment line is never a section → the rest of I5
    only(8, 'Vedtatt i kommunestyret.'), // row 7: a new sentence of the same comment
    [3, 'Samordnet saksbehandling', 10, 10, 10, 10, 40, 'NAV', null], // row 8
  ]);
  const [miljo, boKart, samordnet] = result.content.operating;

  it('gives three measures, all in section Bolig: rows 4, 6 and 7 make no section', () => {
    expect(result.content.operating.map((m) => [m.values.measure, m.values.section])).toEqual([
      ['Miljøteam', 'Bolig'],
      ['Bo Kart', 'Bolig'],
      ['Samordnet saksbehandling', 'Bolig'],
    ]);
    expect(result.content.lists.sections).toEqual(['Bolig']);
  });

  it('joins each line to the comment above with one space, before the notes the importer adds', () => {
    expect(miljo?.values.comment).toBe('Starter høsten 2027 og videreføres i 2028.');
    expect(boKart?.values.comment).toBe('Se K-sak 45/26. Vedtatt i kommunestyret.; 2028: (50)');
    expect(samordnet?.values.comment).toBe('');
  });

  it('logs each joined cell with the measure row it went to', () => {
    expect(result.log.filter((d) => d.code === 'wrapped-text').map((d) => [d.cell, d.params])).toEqual([
      ['I4', { text: 'videreføres i 2028.', row: 3 }],
      ['I6', { text: '45/26.', row: 5 }],
      ['I7', { text: 'Vedtatt i kommunestyret.', row: 5 }],
    ]);
  });
});
