/**
 * row-below-table after empty rows (reason 'gap'): a measure with its table's ID standing some rows under a measure
 * table — where a roll leaves it when finished measures take the rows above it away — is still told; a row without
 * such an ID still needs to stand right under the table. By hand: the example's tblTiltakDrift is A1:U12 (D-011 on
 * row 12); the check reads 20 rows under it, to row 32.
 */
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { setCell } from '../../helpers/workbook';

const example = () => snapshotFromContent(exampleContent({ startYear: 2027 }));

function withRow(wb: WorkbookSnapshot, row: number, cells: Record<string, CellValue>): WorkbookSnapshot {
  return Object.entries(cells).reduce((w, [col, v]) => setCell(w, 'Tiltak drift', `${col}${row}`, v), wb);
}

const measure = { A: 'D-012', B: 'Organisasjon', E: 'Ny stilling', F: 'Varig', G: 'Beregnet', H: 100, I: 200 };

const below = (wb: WorkbookSnapshot) =>
  readPlan(wb, { defaultStartYear: 2027 })
    .findings.filter((f) => f.code === 'row-below-table')
    .map((f) => ({ cell: f.cell, params: f.params }));

describe('row-below-table after empty rows', () => {
  test('a measure with a D- ID three rows under the table is told, reason gap', () => {
    expect(below(withRow(example(), 15, measure))).toEqual([
      { cell: 'A15', params: { table: 'tblTiltakDrift', row: 15, reason: 'gap' } },
    ]);
  });

  test('right under the table a row with the table’s ID is told with reason id (an empty row would not keep it apart)', () => {
    expect(below(withRow(example(), 13, measure))).toEqual([
      { cell: 'A13', params: { table: 'tblTiltakDrift', row: 13, reason: 'id' } },
    ]);
  });

  test('right under the table a row without the table’s ID is told without a reason', () => {
    expect(below(withRow(example(), 13, { ...measure, A: 'Forslag' }))).toEqual([
      { cell: 'A13', params: { table: 'tblTiltakDrift', row: 13 } },
    ]);
  });

  test('the reach is the 20 rows a check reads: row 32 is told, row 33 not', () => {
    expect(below(withRow(example(), 32, measure)).map((f) => f.cell)).toEqual(['A32']);
    expect(below(withRow(example(), 33, measure))).toEqual([]);
  });

  test('a sum row, a note row or another table’s ID after an empty row is not told', () => {
    expect(below(withRow(example(), 14, { E: 'Sum', H: 4200, I: 3900 }))).toEqual([]);
    expect(below(withRow(example(), 14, { A: 'I-009', E: 'Bygg', H: 100 }))).toEqual([]);
    expect(below(withRow(example(), 14, { A: 'Merk:', E: 'tallene er foreløpige' }))).toEqual([]);
  });

  test('after a roll that takes D-002 and D-009 out, D-012 typed on row 13 is still told at A13', () => {
    const wb = withRow(example(), 13, measure);
    const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
    const rolled = planRolledWorkbook(wb, plan, { findings, into: 'source', date: '2027-12-01' });
    expect(rolled.finished).toEqual(['D-002', 'D-009']);
    const after = applyEdits(wb, rolled.edits);
    const found = readPlan(after, { defaultStartYear: 2028 }).findings.filter((f) => f.code === 'row-below-table');
    expect(found.map((f) => [f.sheet, f.cell, f.params['reason']])).toEqual([['Tiltak drift', 'A13', 'gap']]);
  });
});
