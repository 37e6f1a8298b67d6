/**
 * A header the user emptied (or that Excel renamed "Column1") over data that are still there: the check
 * names that header cell and repair writes the header back instead of adding an empty column at the end.
 */
import type { Finding } from '../../../src/domain/model/finding';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { planRepair } from '../../../src/domain/repair/repair';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const opts = { defaultStartYear: 2027 };
const SHEET = 'Tiltak drift';
const base = canonicalSnapshot({
  operating: [1, 2, 3].map((n) => operatingRow({ ID: `D-00${n}`, Prioritet: n, Tiltak: `Tiltak ${n}` })),
});
const letterOf = (key: string): string => readPlan(base, opts).plan.layouts.operating?.columns[key] ?? '';
const R = letterOf('responsible');

const missing = (wb: WorkbookSnapshot): Finding[] =>
  readPlan(wb, opts).findings.filter((f) => f.code === 'column-missing' && f.sheet === SHEET);
const responsibleErrors = (wb: WorkbookSnapshot): Finding[] =>
  readPlan(wb, opts).findings.filter((f) => f.code === 'responsible-missing');

describe("a column whose header was emptied or renamed to Excel's default", () => {
  it.each([
    ['emptied', null, { reason: 'header-empty', found: '' }],
    ['renamed "Column1"', 'Column1', { reason: 'header-renamed', found: 'Column1' }],
    ['renamed "Kolonne3"', 'Kolonne3', { reason: 'header-renamed', found: 'Kolonne3' }],
  ])('%s: the check names the header cell and repair writes the header back', (_, header, params) => {
    const wb = setCell(base, SHEET, `${R}1`, header);
    expect(missing(wb).map((f) => [f.cell, f.params])).toEqual([[`${R}1`, { column: 'Ansvarlig', ...params }]]);

    const { changes, edits } = planRepair(wb, opts);
    expect(changes.filter((c) => c.sheet === SHEET)).toEqual([
      { kind: 'fix-header', sheet: SHEET, target: 'Ansvarlig', detail: `${R}1` },
    ]);
    expect(edits).toContainEqual({ kind: 'setCells', sheet: SHEET, origin: `${R}1`, values: [['Ansvarlig']] });
    const tableRef = base.tables.find((t) => t.name === 'tblTiltakDrift')?.ref;
    expect(edits).toContainEqual({ kind: 'resizeTable', name: 'tblTiltakDrift', ref: tableRef });

    const repaired = applyEdits(wb, edits);
    expect(repaired.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe(tableRef);
    expect(missing(repaired)).toEqual([]);
    expect(responsibleErrors(repaired)).toEqual([]);
    expect(readPlan(repaired, opts).plan.operating.map((m) => m.responsible)).toEqual(
      Array(3).fill('Leder boligkontor'),
    );
    expect(planRepair(repaired, opts).changes).toEqual([]);
  });

  it('two emptied headers: both reported at the table, both columns added at the end (as before)', () => {
    const other = letterOf('measure');
    const wb = setCell(setCell(base, SHEET, `${R}1`, null), SHEET, `${other}1`, null);
    expect(missing(wb).map((f) => [f.cell, f.params])).toEqual([
      ['A1', { column: 'Tiltak' }],
      ['A1', { column: 'Ansvarlig' }],
    ]);
    const { changes } = planRepair(wb, opts);
    expect(changes.filter((c) => c.sheet === SHEET).map((c) => c.kind)).toEqual(['add-column', 'add-column']);
  });

  it('an emptied header away from where the missing column belongs: as before', () => {
    // Ansvarlig renamed away, and an emptied header between the ID and Seksjon columns. Her «Kontaktperson» holds
    // entries of tblAnsvarlige only: named at R1 as a look-alike (read/lookalikeColumn.ts), not taken for the empty one.
    const wb = setCell(setCell(base, SHEET, `${R}1`, 'Kontaktperson'), SHEET, `${letterOf('section')}1`, null);
    expect(
      missing(wb)
        .map((f) => [f.cell, f.params.column])
        .sort(),
    ).toEqual([
      ['A1', 'Seksjon'],
      [`${R}1`, 'Ansvarlig'],
    ]);
    // The Tiltak header moved over Ansvarlig, its own cell emptied: the empty one is not where Ansvarlig belongs.
    const measure = letterOf('measure');
    const moved = setCell(setCell(base, SHEET, `${R}1`, 'Tiltak'), SHEET, `${measure}1`, null);
    expect(missing(moved).map((f) => [f.cell, f.params])).toEqual([['A1', { column: 'Ansvarlig' }]]);
    const { changes } = planRepair(moved, opts);
    expect(changes.filter((c) => c.sheet === SHEET).map((c) => c.kind)).toEqual(['add-column']);
  });
});
