/**
 * An ID and a Prioritet written once on a section row and merged down over the group under it (SPEC §11: a cell
 * merged down over several rows gives its value to the rows it covers; the import decisions: an ID or Prioritet
 * merged down is the merge's first row's only, and a section row under such a merge stays a section row, "the
 * merged value fills the measure rows only"). The first row of the merge is no measure, so the ID and the priority
 * went to nobody: both measures got new IDs and no priority, and each log line said the ID belonged to "the measure
 * on row 2", which is the heading. Now the merge's first measure row (row 3) has them, and the rows after it are
 * logged as belonging to row 3's measure. Figures worked out by hand.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

const values: CellValue[][] = [
  ['ID', 'Prioritet', 'Tiltak', '2027', '2028'],
  ['D-007', 1, 'BOLIG', null, null], // row 2: the heading; A2:A4 and B2:B4 merged down
  [null, null, 'Startlån', 250, 400], // row 3
  [null, null, 'Bostøtte', 100, 100], // row 4
];
const result = importLegacy(
  { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: ['A2:A4', 'B2:B4'] }], tables: [] },
  { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
);

describe('an ID and a priority merged down from a section row over its two measures', () => {
  it('gives D-007 and priority 1 to row 3, the first measure; row 4 gets the next ID (D-008) and no priority', () => {
    // Amounts as typed in 1000 kr: 250 + 100 = 350 in 2027, 400 + 100 = 500 in 2028.
    expect(
      result.content.operating.map((r) => [
        r.values.id,
        r.values.section,
        r.values.priority,
        r.values.measure,
        ...r.years.slice(0, 2),
      ]),
    ).toEqual([
      ['D-007', 'Bolig', 1, 'Startlån', 250, 400],
      ['D-008', 'Bolig', null, 'Bostøtte', 100, 100],
    ]);
  });

  it('logs row 4’s cells as belonging to the measure on row 3, and row 3’s as taken from the merge', () => {
    const logged = result.log
      .filter((d) => ['id-merged', 'priority-merged', 'merged-cell'].includes(d.code))
      .map((d) => [d.cell, d.code, d.params]);
    expect(logged).toEqual([
      ['B3', 'merged-cell', { value: '1', range: 'B2:B4' }],
      ['A3', 'merged-cell', { value: 'D-007', range: 'A2:A4' }],
      ['B4', 'priority-merged', { value: '1', range: 'B2:B4', row: 3 }],
      ['A4', 'id-merged', { typed: 'D-007', range: 'A2:A4', row: 3, id: 'D-008' }],
    ]);
  });
});

describe('a header cell merged down too far, over the section row and the first measure', () => {
  // «ID» merged A1:A3 from the header: a heading, not a value of the group, so no measure takes it as its ID.
  const wrong = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            ['ID', 'Prioritet', 'Tiltak', '2027'],
            [null, null, 'BOLIG', null],
            [null, 1, 'Startlån', 250],
          ],
          merges: ['A1:A3'],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('gives Startlån a new ID and nothing of the header in its Kommentar; 250 (1000 kr) in 2027', () => {
    expect(wrong.content.operating.map((r) => [r.values.id, r.values.comment, r.years[0]])).toEqual([
      ['D-001', '', 250],
    ]);
    expect(wrong.log.filter((d) => d.code === 'id-not-kept')).toEqual([]);
  });
});
