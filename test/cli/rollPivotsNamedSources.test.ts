/**
 * Review of 60668ca (roll names a pivot table whose cache is built on a defined name of the rolled cells): the
 * name is matched only when it is one block with row numbers ('Tiltak drift'!$A$1:$U$12). Two names a user makes
 * for a pivot source every day are missed, and the pivot table silently keeps the old period:
 * - whole columns, so the source grows with the table: DriftData = 'Tiltak drift'!$A:$U. The roll empties and
 *   writes anew A1:U12 of that sheet (the edits below), inside columns A…U, so the cache is stale;
 * - the table itself: DriftData = tblTiltakDrift[#All], or = tblTiltakDrift. The roll deletes and writes anew
 *   tblTiltakDrift (deleteOwnedTable), as for a cache built on the table directly (worksheetSource name=
 *   "tblTiltakDrift"), which stalePivots names.
 * Each should be named like the cache built on the cells or the table; none is (onNamedCells's regex needs digits
 * and a sheet, else the name is compared with the deleted tables' names and matches none).
 */
import { stalePivots } from '../../src/cli/commands/rollPivots';
import type { PivotSource } from '../../src/workbook/xlsx';

const edits = [
  { kind: 'deleteOwnedTable', name: 'tblTiltakDrift' },
  { kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'A1:U12', anchored: true },
] as const;
const onName: PivotSource = { pivot: 'Pivottabell1', sheet: 'Pivot', table: 'DriftData', refreshOnLoad: false };

describe('stalePivots: a cache built on a defined name', () => {
  it.each([
    ["'Tiltak drift'!$A:$U"], // whole columns A…U: they hold the emptied A1:U12
    ["'Tiltak drift'!A:U"],
    ['tblTiltakDrift[#All]'], // the rolled table itself
    ['tblTiltakDrift'],
  ])('names one whose name DriftData = %s reads what the roll wrote anew', (ref) => {
    const found = stalePivots([onName], edits, [{ name: 'DriftData', ref }]);
    expect(found.map((p) => p.pivot)).toEqual(['Pivottabell1']);
  });

  it('still names none whose name reads cells beside the table (W1:X5: control, passes today)', () => {
    expect(stalePivots([onName], edits, [{ name: 'DriftData', ref: "'Tiltak drift'!$W$1:$X$5" }])).toEqual([]);
  });
});

describe('stalePivots: a cache built on whole columns directly (before 60668ca too)', () => {
  it('names one built on Tiltak drift!A:U (worksheetSource ref="A:U"), which holds the emptied A1:U12', () => {
    const onColumns: PivotSource = { ...onName, table: undefined, sourceSheet: 'Tiltak drift', ref: 'A:U' };
    expect(stalePivots([onColumns], edits).map((p) => p.pivot)).toEqual(['Pivottabell1']);
  });
});
