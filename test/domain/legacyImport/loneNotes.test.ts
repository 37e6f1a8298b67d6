/**
 * A text alone on its row right of the Tiltak column (SPEC §11: section rows are in capitals, their heading in the
 * row's first columns): a note in Kommentar under a measure whose own Kommentar is empty, an Ansvarlig "Rektor" or
 * "NAV" typed on the line under a measure, a "Må utredes" alone in a year column. Each was read as a section row,
 * so every measure below it moved into a section named "Se vedtak", "Rektor" or "Må utredes". Now such a row is a
 * row of notes: under a measure its text goes to that measure's Kommentar (logged with the measure's row), anywhere
 * else it is logged at its cell; the section stays the heading above. Figures worked out by hand from the typed rows.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

/** Columns A–H: ID, Prioritet, Tiltak, 2027, 2028 (1000 kr), Ansvarlig, Berørte planområder, Kommentar. */
const HEADER: CellValue[] = [
  'ID',
  'Prioritet',
  'Tiltak',
  '2027',
  '2028',
  'Ansvarlig',
  'Berørte planområder',
  'Kommentar',
];
const only = (col: number, value: CellValue): CellValue[] => HEADER.map((_, i) => (i === col ? value : null));

const run = (rows: CellValue[][], merges: string[] = []): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ...rows], merges }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

/** ID, section, priority, Tiltak, 2027, 2028, Ansvarlig and Kommentar of each operating measure. */
const measures = (r: ImportResult): unknown[][] =>
  r.content.operating.map((m) => [
    m.values.id,
    m.values.section,
    m.values.priority,
    m.values.measure,
    ...m.years.slice(0, 2),
    m.values.responsible,
    m.values.comment,
  ]);

const logged = (r: ImportResult, code: string): unknown[][] =>
  r.log.filter((d) => d.code === code).map((d) => [d.cell, d.params]);

describe('notes alone on their rows under measures whose own cells are empty', () => {
  const result = run([
    ['BOLIG'], // row 2
    only(7, 'Gjelder hele seksjonen'), // row 3: under the heading, no measure above
    ['D-001', 1, 'Familieteam', 250, 400, null, null, null], // row 4: its Kommentar empty
    only(7, 'Se vedtak'), // row 5: the note under Familieteam
    ['D-002', 2, 'Leksehjelp', 100, 100, 'Skolesjef', null, null], // row 6
    only(5, 'Rektor'), // row 7: an Ansvarlig line starting in upper case, so no wrapped text
    ['D-003', 3, 'Natteravn', 10, 10, null, null, null], // row 8
    only(5, 'NAV'), // row 9: in capitals, but in the Ansvarlig column
    only(3, 'Må utredes'), // row 10: alone in the 2027 column
    ['D-004', 4, 'Skolehelse', 20, 20, null, null, null], // row 11
  ]);

  it('keeps every measure in the section Bolig: no section "Se vedtak", "Rektor", "Nav" or "Må utredes"', () => {
    expect(result.content.lists.sections).toEqual(['Bolig']);
    expect(result.log.filter((d) => d.code === 'section-row').map((d) => d.cell)).toEqual(['A2']);
  });

  it('puts each note in the Kommentar of the measure right above it, with its column when not Kommentar', () => {
    // Amounts as typed in 1000 kr: 250 + 100 + 10 + 20 = 380 in 2027, 400 + 100 + 10 + 20 = 530 in 2028.
    expect(measures(result)).toEqual([
      ['D-001', 'Bolig', 1, 'Familieteam', 250, 400, '', 'Se vedtak'],
      ['D-002', 'Bolig', 2, 'Leksehjelp', 100, 100, 'Skolesjef', 'Ansvarlig: Rektor'],
      ['D-003', 'Bolig', 3, 'Natteravn', 10, 10, '', 'Ansvarlig: NAV; 2027: Må utredes'],
      ['D-004', 'Bolig', 4, 'Skolehelse', 20, 20, '', ''],
    ]);
    expect(result.content.operating.reduce((s, m) => s + (m.years[0] ?? 0), 0)).toBe(380);
    expect(result.content.operating.reduce((s, m) => s + (m.years[1] ?? 0), 0)).toBe(530);
  });

  it('logs each note at its cell: with the measure it went to, or as placed nowhere under the heading', () => {
    expect(logged(result, 'row-note-measure')).toEqual([
      ['H5', { row: 4, column: 'Kommentar', typed: 'Se vedtak' }],
      ['F7', { row: 6, column: 'Ansvarlig', typed: 'Rektor' }],
      ['F9', { row: 8, column: 'Ansvarlig', typed: 'NAV' }],
      ['D10', { row: 8, column: '2027', typed: 'Må utredes' }],
    ]);
    expect(logged(result, 'row-note')).toEqual([['H3', { row: 3, typed: 'Gjelder hele seksjonen' }]]);
  });
});

describe('a measure written over two rows (ID, Prioritet, Tiltak and amounts merged down), its note on the second', () => {
  const result = run(
    [
      ['BOLIG'], // row 2
      ['D-001', 1, 'Familieteam', 250, 400, 'Rådmannen', null, null], // row 3, merged over row 4
      [null, null, null, null, null, null, null, 'Vedtatt i K-sak 12/26'], // row 4: only its Kommentar
      ['D-002', 2, 'Leksehjelp', 100, 100, 'Skolesjef', null, null], // row 5
    ],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4'],
  );

  it('is one measure with the note in its Kommentar: no second Familieteam, no section, no new ID', () => {
    // 250 and 400 counted once (on row 3): 250 + 100 = 350 in 2027.
    expect(measures(result)).toEqual([
      ['D-001', 'Bolig', 1, 'Familieteam', 250, 400, 'Rådmannen', 'Vedtatt i K-sak 12/26'],
      ['D-002', 'Bolig', 2, 'Leksehjelp', 100, 100, 'Skolesjef', ''],
    ]);
    expect(result.log.filter((d) => d.code === 'id-merged' || d.code === 'priority-merged')).toEqual([]);
    expect(logged(result, 'row-note-measure')).toEqual([
      ['H4', { row: 3, column: 'Kommentar', typed: 'Vedtatt i K-sak 12/26' }],
    ]);
  });
});
