/**
 * A column under an empty header cell inside a legacy table's width (SPEC §11, import decisions: "A column
 * without a heading"). Its cells were skipped without a word; now each filled cell on a measure row goes to
 * the measure's Kommentar as «Kolonne <letter>: <value>», as typed, and the log names the cell.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

describe('a column with no heading between Tiltak and the years', () => {
  // Amounts in 1000 kr (the --unit). Row 3: 250 and 400 (250 000 kr, 400 000 kr); C3 «Ny 2026». Row 5: C5 12,5,
  // a number typed under no heading: not money of any year, kept as typed.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            ['Prioritet', 'Tiltak', null, '2027', '2028', 'Kommentar'],
            ['DRIFT'],
            [1, 'Familieteam', 'Ny 2026', 250, 400, 'Fra høsten'],
            [2, 'Leksehjelp', null, 100, 100, null],
            [3, 'Natteravn', 12.5, 0, 0, null],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );
  const rows = result.content.operating;

  it('keeps the years as typed: 250 and 400, 100 and 100, 0 and 0 (1000 kr)', () => {
    expect(rows.map((r) => r.years)).toEqual([
      [250, 400, null, null],
      [100, 100, null, null],
      [0, 0, null, null],
    ]);
  });

  it('puts each filled cell in Kommentar as «Kolonne C: <value>», after the cell’s own text', () => {
    expect(rows.map((r) => r.values.comment)).toEqual(['Fra høsten; Kolonne C: Ny 2026', '', 'Kolonne C: 12,5']);
  });

  it('logs each such cell at its own address', () => {
    const cells = result.log.filter((d) => d.code === 'column-unlabelled-cell').map((d) => [d.cell, d.params]);
    expect(cells).toEqual([
      ['C3', { column: 'C', typed: 'Ny 2026' }],
      ['C5', { column: 'C', typed: 12.5 }],
    ]);
    const c5 = result.log.find((d) => d.cell === 'C5' && d.code === 'column-unlabelled-cell');
    expect(c5 && renderImportDecision(c5, 'nb')).toContain('12,5');
    expect(c5 && renderImportDecision(c5, 'en')).toContain('12.5');
  });
});
