/**
 * Columns the importer has no canonical place for (SPEC §11, import decisions: "A column with no place"):
 * «Budsjett 2027», «ØP 2028», a second Kommentar, a repeated year. Their cells were dropped with one log line
 * about the column; now each filled cell goes to the measure's Kommentar as «<header>: <value>», after the
 * cell's own Kommentar, and the log names the cell. Figures worked out by hand from the typed tables.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

const run = (rows: CellValue[][], merges: string[] = []): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: rows, merges }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

describe('unknown columns beside the plan years', () => {
  // Amounts in 1000 kr (the --unit). Row 3: 250 and 400 in the years (250 000 kr, 400 000 kr); «Budsjett 2027»
  // 300 and «ØP 2028» 450,5 are no canonical column. Row 4: only «ØP 2028» 120 and the note «usikkert».
  const result = run([
    ['Prioritet', 'Tiltak', '2027', '2028', 'Budsjett 2027', 'ØP 2028', 'Kommentar', 'Merknad økonomi'],
    ['DRIFT'],
    [1, 'Familieteam', 250, 400, 300, 450.5, 'Fra høsten', null],
    [2, 'Leksehjelp', 100, 100, null, 120, null, 'usikkert'],
  ]);
  const [first, second] = result.content.operating;

  it('keeps the plan years as before: 250 and 400, 100 and 100 (1000 kr)', () => {
    expect(first?.years).toEqual([250, 400, null, null]);
    expect(second?.years).toEqual([100, 100, null, null]);
  });

  it('puts each filled cell into Kommentar as «<header>: <value>», the cell’s own text first', () => {
    expect(first?.values.comment).toBe('Fra høsten; Budsjett 2027: 300; ØP 2028: 450,5');
    // «Merknad økonomi» is a second Kommentar (the header Kommentar wins): its text follows.
    expect(second?.values.comment).toBe('ØP 2028: 120; Merknad økonomi: usikkert');
  });

  it('logs each such cell at its own address', () => {
    const cells = result.log.filter((d) => d.code === 'column-unplaced-cell').map((d) => [d.cell, d.params]);
    expect(cells).toEqual([
      ['E3', { column: 'Budsjett 2027', typed: 300 }],
      ['F3', { column: 'ØP 2028', typed: 450.5 }],
      ['F4', { column: 'ØP 2028', typed: 120 }],
      ['H4', { column: 'Merknad økonomi', typed: 'usikkert' }],
    ]);
    const f3 = result.log.find((d) => d.cell === 'F3' && d.code === 'column-unplaced-cell');
    expect(f3 && renderImportDecision(f3, 'nb')).toContain('450,5');
  });

  it('logs the columns as unknown and repeated, saying where their cells went', () => {
    const columns = result.log.filter((d) => d.code === 'column-unknown' || d.code === 'column-repeated');
    expect(columns.map((d) => [d.cell, d.code])).toEqual([
      ['E1', 'column-unknown'],
      ['F1', 'column-unknown'],
      ['H1', 'column-repeated'],
    ]);
    expect(renderImportDecision(columns[0]!, 'nb')).toContain('Kommentar');
  });
});

describe('a repeated amount column', () => {
  // Two «Nye midler» columns: the first (200 = 200 000 kr) is the measure's; the second (50) was written over
  // the first without a word. Now the first stays and the second goes to Kommentar.
  const result = run([
    ['Prioritet', 'Tiltak', '2027', 'Nye midler', 'Nye midler'],
    ['DRIFT'],
    [1, 'Familieteam', 200, 200, 50],
  ]);

  it('keeps the first column’s 200 and puts the second’s 50 in Kommentar', () => {
    expect(result.content.operating[0]?.values).toMatchObject({ finNew: 200, comment: 'Nye midler: 50' });
  });
});

describe('a text merged down in an unknown column', () => {
  // «Fase» written once (F3:F4) for two measures: every covered row gets it, as a merged Ansvarlig does.
  const result = run(
    [
      ['Prioritet', 'Tiltak', '2027', 'Fase'],
      ['DRIFT'],
      [1, 'Familieteam', 100, 'Fase 1'],
      [2, 'Leksehjelp', 50, null],
    ],
    ['D3:D4'],
  );

  it('is in both measures’ Kommentar', () => {
    expect(result.content.operating.map((r) => r.values.comment)).toEqual(['Fase: Fase 1', 'Fase: Fase 1']);
  });
});
