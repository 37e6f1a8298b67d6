/**
 * review r20: the ID of a line typed right under a measure table (row-below-table, read/rowBelow.ts) is handed out:
 * the next free ID and the IDs id-missing suggests skip it, as they skip those of versions and archives. By hand:
 * the example holds D-001 … D-011 (tblTiltakDrift A1:U12, D-011 on row 12) and I-001 … I-005 (tblTiltakInvestering
 * ending on row 6); a line with D-012 on row 13 makes the next D-013, one with D-015 on row 15 (after empty rows)
 * D-016, one with I-007 on row 7 of Tiltak investering I-008.
 */
import { exampleContent } from '../../../src/domain/example/example';
import { nextMeasureId } from '../../../src/domain/measureEdits/add';
import { validatePlan } from '../../../src/domain/validate/plan';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { setCell } from '../../helpers/workbook';
import { planOf } from '../../helpers/plan';

const example = () => snapshotFromContent(exampleContent({ startYear: 2027 }));

function withRow(sheet: string, row: number, cells: Record<string, CellValue>): WorkbookSnapshot {
  return Object.entries(cells).reduce((w, [col, v]) => setCell(w, sheet, `${col}${row}`, v), example());
}

const line = (id: string) => ({ A: id, B: 'Organisasjon', E: 'Ny stilling', F: 'Varig', G: 'Beregnet', H: 100 });

describe('the ID of a line right under a measure table is not handed out again', () => {
  test('right under tblTiltakDrift: the next ID is D-013, not the D-012 the line carries', () => {
    const plan = planOf(withRow('Tiltak drift', 13, line('D-012')));
    expect(plan.operating.map((m) => m.id)).not.toContain('D-012');
    expect(nextMeasureId(plan, 'operating')).toBe('D-013');
  });

  test('after empty rows (where a roll leaves it): D-015 on row 15 gives D-016', () => {
    expect(nextMeasureId(planOf(withRow('Tiltak drift', 15, line('D-015'))), 'operating')).toBe('D-016');
  });

  test('under tblTiltakInvestering: I-007 on row 7 gives I-008', () => {
    const plan = planOf(withRow('Tiltak investering', 7, { ...line('I-007'), F: 'Beregnet', G: 100 }));
    expect(plan.investment.map((m) => m.row)).toEqual([2, 3, 4, 5, 6]);
    expect(nextMeasureId(plan, 'investment')).toBe('I-008');
  });

  test('id-missing suggests an ID above the line’s', () => {
    const plan = planOf(withRow('Tiltak drift', 13, line('D-012')));
    const blank = { ...plan, operating: plan.operating.map((m, i) => (i === 0 ? { ...m, id: '' } : m)) };
    expect(validatePlan(blank).find((f) => f.code === 'id-missing')?.params['suggestion']).toBe('D-013');
  });
});
