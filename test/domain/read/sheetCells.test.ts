import { readPlan } from '../../../src/domain/read/plan';
import { cellAt, rowEnd } from '../../../src/domain/read/sheetCells';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';

const sheet: SheetSnapshot = { sheet: 'S', origin: 'C5', values: [['a', 'b', null], [], ['x']] };

describe('rowEnd', () => {
  it.each([
    [5, 5], // C5:E5 → column E
    [6, 2], // an empty row ends before the origin column
    [7, 3], // C7
    [4, 2], // above the snapshot
    [99, 2], // below it
  ])('row %p ends at column %p', (row, col) => {
    expect(rowEnd(sheet, row)).toBe(col);
    expect(cellAt(sheet, row, col + 1)).toBeNull();
  });
});

describe('a table declared over the whole sheet width', () => {
  it('reads the same measures as the table over its real columns', () => {
    const wb = canonicalSnapshot();
    const wide: WorkbookSnapshot = {
      ...wb,
      tables: wb.tables.map((t) => (t.name === 'tblTiltakDrift' ? { ...t, ref: t.ref.replace(/:[A-Z]+/, ':XFD') } : t)),
    };
    expect(wide.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toMatch(/:XFD\d+$/);
    const plain = readPlan(wb, { defaultStartYear: 2027 });
    const read = readPlan(wide, { defaultStartYear: 2027 });
    expect(read.plan.operating).toEqual(plain.plan.operating);
    expect(read.plan.layouts).toEqual(plain.plan.layouts);
  });
});
