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

describe('cells beside the table, left of its first heading or right of its last', () => {
  // The header runs from B to E. A note typed right of the last heading (F3 «husk å sjekke», F4 99, H3 «se
  // vedlegg» past an empty column G) and a mark left of the first (A3 «x») were outside the table's width and
  // dropped without a word. They stand on the measures' rows, so they go to Kommentar as a column with no heading
  // does. Years in 1000 kr, as typed.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            [null, 'Prioritet', 'Tiltak', '2027', '2028'],
            [null, 'DRIFT'],
            ['x', 1, 'Familieteam', 250, 400, 'husk å sjekke', null, 'se vedlegg'],
            [null, 2, 'Leksehjelp', 100, 100, 99],
            [null, 3, 'Natteravn', 10, 10, null],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );
  const rows = result.content.operating;

  it('keeps the years as typed (250, 400; 100, 100; 10, 10) and puts each such cell in Kommentar', () => {
    expect(rows.map((r) => [r.values.measure, ...r.years.slice(0, 2), r.values.comment])).toEqual([
      ['Familieteam', 250, 400, 'Kolonne A: x; Kolonne F: husk å sjekke; Kolonne H: se vedlegg'],
      ['Leksehjelp', 100, 100, 'Kolonne F: 99'],
      ['Natteravn', 10, 10, ''],
    ]);
  });

  it('logs each such cell at its own address', () => {
    const cells = result.log.filter((d) => d.code === 'column-unlabelled-cell').map((d) => [d.cell, d.params]);
    expect(cells).toEqual([
      ['A3', { column: 'A', typed: 'x' }],
      ['F3', { column: 'F', typed: 'husk å sjekke' }],
      ['H3', { column: 'H', typed: 'se vedlegg' }],
      ['F4', { column: 'F', typed: 99 }],
    ]);
  });
});

describe('two tables side by side, a note right of each', () => {
  // Drift in A–C with a note in D; investering from F (E empty between). The note D3 is the drift measure's; the
  // investment table's cells are its own, never the drift measure's Kommentar. Amounts in 1000 kr.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Plan',
          origin: 'A1',
          values: [
            ['Prioritet', 'Tiltak', '2027', null, null, 'Prioritet', 'Tiltak', 'År', 'Kostnadsramme'],
            [1, 'Familieteam', 250, 'ny', null, 1, 'Kunstgress', 2027, 2000, 'søkt'],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('gives each table’s measure the note beside it only', () => {
    expect(result.content.operating.map((r) => [r.values.measure, r.years[0], r.values.comment])).toEqual([
      ['Familieteam', 250, 'Kolonne D: ny'],
    ]);
    expect(result.content.investment.map((r) => [r.values.measure, r.values.budget, r.values.comment])).toEqual([
      ['Kunstgress', 2000, 'Kolonne J: søkt'],
    ]);
  });
});
