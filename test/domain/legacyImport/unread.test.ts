/**
 * What the importer does not read must still have a line in the log (SPEC §11: "a log of every decision"; nothing
 * is lost without one): a measures table whose header has no Prioritet (or number) heading is not found, and a
 * table ends at an empty row unless a measure row with a priority follows. Both lost their measures silently,
 * beside a table that was read. Amounts in 1000 kr, as typed.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

const run = (values: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Plan', origin: 'A1', values, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

const unread = (r: ImportResult): unknown[][] =>
  r.log.filter((d) => d.code.startsWith('unread-')).map((d) => [d.sheet, d.cell, d.code, d.params]);

describe('a second table whose header has no Prioritet', () => {
  // 6.1 with Prioritet is read: Familieteam 250 and 400. 6.2 below it is typed without Prioritet or Nr.:
  // Kunstgress 2 000 in 2027 is not read, and the log names its header row (row 5) and its Tiltak heading.
  const result = run([
    ['Prioritet', 'Tiltak', '2027', '2028'],
    [1, 'Familieteam', 250, 400],
    [],
    ['6.2 Investering'],
    ['Tiltak', 'År', 'Samlet kostnad'],
    ['Kunstgress', 2027, 2000],
  ]);

  it('reads the first table only', () => {
    expect(result.content.operating.map((m) => [m.values.measure, ...m.years])).toEqual([
      ['Familieteam', 250, 400, null, null],
    ]);
    expect(result.content.investment).toEqual([]);
  });

  it('says at the header row that the table below it is not read, and why', () => {
    expect(unread(result)).toEqual([['Plan', 'A5', 'unread-header', { row: 5, column: 'Tiltak' }]]);
    const line = result.log.find((d) => d.code === 'unread-header');
    expect(line && renderImportDecision(line, 'nb')).toContain('Prioritet');
    expect(line && renderImportDecision(line, 'nn')).toContain('Rad 5');
    expect(line && renderImportDecision(line, 'en')).toContain('Row 5');
  });
});

describe('measure rows after an empty row, without a priority number', () => {
  // The table ends at the empty row 3: Leksehjelp (100, 100) has no priority, Natteravn «3a» (10, 10) none that
  // is a number. Neither is read; each row with a Tiltak text and an amount gets a line.
  const result = run([
    ['Prioritet', 'Tiltak', '2027', '2028'],
    [1, 'Familieteam', 250, 400],
    [],
    [null, 'Leksehjelp', 100, 100],
    ['3a', 'Natteravn', 10, 10],
    [],
    ['Kilde: Verdal kommune'],
  ]);

  it('reads Familieteam only', () => {
    expect(result.content.operating.map((m) => m.values.measure)).toEqual(['Familieteam']);
  });

  it('names each row not read, with its text and the table’s last row', () => {
    expect(unread(result)).toEqual([
      ['Plan', 'B4', 'unread-row', { row: 4, text: 'Leksehjelp', last: 2 }],
      ['Plan', 'B5', 'unread-row', { row: 5, text: 'Natteravn', last: 2 }],
    ]);
    const line = result.log.find((d) => d.code === 'unread-row');
    expect(line && renderImportDecision(line, 'nb')).toContain('Leksehjelp');
    expect(line && renderImportDecision(line, 'en')).toContain('Row 4');
  });
});

describe('text under a table that is no measure', () => {
  it('gets no such line: a title, a note, or a plan text table without amounts', () => {
    const result = run([
      ['Prioritet', 'Tiltak', '2027', '2028'],
      [1, 'Familieteam', 250, 400],
      [],
      ['7. Handlingsplan 2011-2020'],
      [],
      ['Målgruppe', 'Tiltak', 'Temaplan', 'Beskrivelse', 'Ansvarlig', 'Kostnad'],
      [null, '4. Samordnet saksbehandling', null, 'I dag finnes det ikke system på dette.', null, '-----'],
      [null, '14. Utvidelse miljøteam', null, 'Trappes opp', 'Rådmannen', 'Fra 0,5 mill i 2011'],
    ]);
    expect(unread(result)).toEqual([]);
  });
});
