/**
 * A legacy drift table where every column but Tiltak and the year is merged down over a group of three measure
 * rows (SPEC §11: "A cell merged down over several rows … gives its value to every row it covers, logged"; the
 * import decision "Merged cells: text follows, numbers count once"). Texts (Ref., Seksjon, Kostnadsstatus,
 * Ansvarlig, plan area, Rammeområde, Kommentar) are every row's; ID and Prioritet are the first row's only (two
 * measures never share one; the others get new IDs and no priority, each logged); numbers (Samlet kostnad, Nye
 * midler) count once, on the first row. The covered rows' Samlet kostnad is the group's, not 0: they were made
 * Engangs with Helårsvirkning 0 and a one-off line in the log, as if the old plan had said they had no full-year
 * effect. Figures worked out by hand.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

// A–L: ID, Prioritet, Ref., Tiltak, Seksjon, Kostnadsstatus, 2027, Samlet kostnad, Nye midler, Ansvarlig,
// Berørte planområder, Rammeområde, Kommentar (M).
const HEADER: CellValue[] = [
  'ID',
  'Prioritet',
  'Ref.',
  'Tiltak',
  'Seksjon',
  'Kostnadsstatus',
  '2027',
  'Samlet kostnad',
  'Nye midler',
  'Ansvarlig',
  'Berørte planområder',
  'Rammeområde',
  'Kommentar',
];
const values: CellValue[][] = [
  HEADER,
  ['DRIFT'],
  ['D-001', 1, '7.1', 'Familieteam', 'Bolig', 'Beregnet', 100, 100, 100, 'Rådmannen', 'Helse', 'R1', 'Fra 2027'],
  [null, null, null, 'Leksehjelp', null, null, 50, null, null, null, null, null, null],
  [null, null, null, 'Natteravn', null, null, 20, null, null, null, null, null, null],
];
const merged = ['A', 'B', 'C', 'E', 'F', 'H', 'I', 'J', 'K', 'L', 'M'].map((c) => `${c}3:${c}5`);
const result = importLegacy(
  { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: merged }], tables: [] },
  { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
);
const rows = result.content.operating;

describe('a group of three measures with every column but Tiltak and 2027 merged down (rows 3–5)', () => {
  it('gives the texts to every row, the ID and priority to the first only', () => {
    expect(
      rows.map((r) => [
        r.values.id,
        r.values.priority,
        r.values.ref,
        r.values.measure,
        r.values.section,
        r.values.costStatus,
        r.values.responsible,
        r.values.areas,
        r.values.frame,
        r.values.comment,
      ]),
    ).toEqual([
      ['D-001', 1, '7.1', 'Familieteam', 'Bolig', 'Beregnet', 'Rådmannen', 'Helse', 'R1', 'Fra 2027'],
      ['D-002', null, '7.1', 'Leksehjelp', 'Bolig', 'Beregnet', 'Rådmannen', 'Helse', 'R1', 'Fra 2027'],
      ['D-003', null, '7.1', 'Natteravn', 'Bolig', 'Beregnet', 'Rådmannen', 'Helse', 'R1', 'Fra 2027'],
    ]);
  });

  it('counts Samlet kostnad and Nye midler once: the others’ are empty, and they stay Varig, not Engangs', () => {
    // Years are each row's own: 100 + 50 + 20 = 170 in 2027. Helårsvirkning 100 and Nye midler 100 in all, on D-001.
    expect(rows.map((r) => [r.years[0], r.values.fullYear, r.values.finNew, r.values.kind])).toEqual([
      [100, 100, 100, 'Varig'],
      [50, null, null, 'Varig'],
      [20, null, null, 'Varig'],
    ]);
    expect(result.log.filter((d) => d.code === 'one-off')).toEqual([]);
  });

  it('logs every covered cell: ID and priority with the row they belong to, numbers as counted on row 3', () => {
    const logged = (code: string): string[] => result.log.filter((d) => d.code === code).map((d) => d.cell);
    expect(logged('id-merged')).toEqual(['A4', 'A5']);
    expect(logged('priority-merged')).toEqual(['B4', 'B5']);
    expect(logged('merged-amount')).toEqual(['H4', 'I4', 'H5', 'I5']);
    expect(logged('merged-cell').sort()).toEqual(
      ['C', 'E', 'F', 'J', 'K', 'L', 'M'].flatMap((c) => [`${c}4`, `${c}5`]).sort(),
    );
  });
});
