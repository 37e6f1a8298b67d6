import { planAddMeasure } from '../../../src/domain/measureEdits/add';
import { planUpdateMeasure } from '../../../src/domain/measureEdits/edit';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { cellAt, formulaAt, sheetBounds } from '../../../src/domain/read/sheetCells';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { Edit } from '../../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { snapshotFromContent } from '../../helpers/contentSnapshot';

const sheet = (wb: WorkbookSnapshot, name: string) => wb.sheets.find((s) => s.sheet === name);

describe('applyEdits on a sheet that only gets cells written', () => {
  const book: WorkbookSnapshot = {
    sheets: [
      {
        sheet: 'S',
        origin: 'A1',
        values: [
          ['x', 2027, 2028, 'Sum'],
          ['a', 1, 2, 3],
        ],
        formulas: [[], [null, null, null, '=SUM(B2:C2)']],
      },
    ],
    tables: [{ name: 'tbl', sheet: 'S', ref: 'A1:D2' }],
    names: [],
  };
  const sum = { formula: '=SUM(tbl[[#This Row],[2027]:[2028]])' };

  it('writes the row, sums it and shares every other row with the source', () => {
    const wb = applyEdits(book, [
      { kind: 'setCells', sheet: 'S', origin: 'A3', values: [['b', 10, 20.5, sum]] },
      { kind: 'resizeTable', name: 'tbl', ref: 'A1:D3' },
    ]);
    const s = sheet(wb, 'S');
    // 10 + 20,5 = 30,5 in the new row; row 2 is the source's own array, its saved sum 1 + 2 = 3 kept.
    expect(s?.values[2]).toEqual(['b', 10, 20.5, 30.5]);
    expect(s?.formulas?.[2]?.[3]).toBe(sum.formula);
    expect(s?.values[1]).toBe(book.sheets[0]?.values[1]);
    expect(wb.tables).toEqual([{ name: 'tbl', sheet: 'S', ref: 'A1:D3' }]);
  });

  it('sums again a row whose amounts change, and a formula overwritten by a value reads as that value', () => {
    const wb = applyEdits(book, [
      { kind: 'setCells', sheet: 'S', origin: 'C2', values: [[5]] },
      { kind: 'setCells', sheet: 'S', origin: 'D1', values: [['Sum periode']] },
    ]);
    // 1 + 5 = 6.
    expect(sheet(wb, 'S')?.values).toEqual([
      ['x', 2027, 2028, 'Sum periode'],
      ['a', 1, 5, 6],
    ]);
    const over = applyEdits(book, [{ kind: 'setCells', sheet: 'S', origin: 'D2', values: [[7]] }]);
    expect([sheet(over, 'S')?.values[1]?.[3], sheet(over, 'S')?.formulas?.[1]?.[3]]).toEqual([7, null]);
  });

  it('sums a written row with the saved value of a formula it does not write, as the rebuilt sheet does', () => {
    // Row 2 as Excel saved it: B2 holds =100*2 (200), D2 = SUM(B2:C2) = 200 + 2 = 202. Writing only the name in
    // A2 leaves B2's formula where it is, so Excel still shows 202; the full rebuild sums B2's saved 200 too.
    const source = book.sheets[0]!;
    const saved: WorkbookSnapshot = {
      ...book,
      sheets: [
        {
          ...source,
          values: [source.values[0]!, ['a', 200, 2, 202]],
          formulas: [[], [null, '=100*2', null, '=SUM(B2:C2)']],
        },
      ],
    };
    const edits: Edit[] = [{ kind: 'setCells', sheet: 'S', origin: 'A2', values: [['b']] }];
    const rebuilt = applyEdits(saved, [...edits, { kind: 'clearOwnedRange', sheet: 'S', range: 'Z99:Z99' }]);
    expect(sheet(rebuilt, 'S')?.values[1]?.[3]).toBe(202);
    expect(sheet(applyEdits(saved, edits), 'S')?.values[1]).toEqual(sheet(rebuilt, 'S')?.values[1]);
  });

  it('leaves the rows between the sheet and a row written below it empty, formulas known to be none', () => {
    // The sheet ends at row 2; writing row 4 makes row 3 an empty row with no formula (""), as rebuilt.
    const wb = applyEdits(book, [{ kind: 'setCells', sheet: 'S', origin: 'A4', values: [['z']] }]);
    expect([cellAt(sheet(wb, 'S')!, 3, 1), formulaAt(sheet(wb, 'S')!, 3, 1)]).toEqual([null, '']);
  });

  it('rebuilds the sheet when a table there takes in a row that is not written', () => {
    const wb = applyEdits(book, [
      { kind: 'setCells', sheet: 'S', origin: 'A5', values: [['c', 1, 1, sum]] },
      { kind: 'resizeTable', name: 'tbl', ref: 'A1:D5' },
    ]);
    // Rows 3 and 4 join the table unwritten: rebuilt, as before (row 3 and 4 empty, row 5 summed: 1 + 1 = 2).
    expect(sheet(wb, 'S')?.values.map((r) => r[3])).toEqual(['Sum', 3, null, null, 2]);
  });

  // The example plan: adding and editing a measure read back cell for cell as the rebuilt workbook does.
  const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
  const plan = readPlan(example, { defaultStartYear: 2027 }).plan;
  const measure = plan.operating[1]!;
  const add = planAddMeasure(
    plan,
    'operating',
    { values: { section: measure.section, measure: 'Boveileder' }, years: [100, 200, 300, 400] },
    example,
  );
  const edit = planUpdateMeasure(plan, measure, { values: { measure: 'Nytt navn' }, years: [7, 8, 9, 10] }, example);
  it.each([
    ['adding', add],
    ['editing', edit],
  ])('reads back when %s a measure as the rebuilt sheet does', (_, planned) => {
    const edits: Edit[] = Array.isArray(planned) ? planned : planned.ok ? [...planned.edits] : [];
    expect(edits.length).toBeGreaterThan(0);
    const patched = applyEdits(example, edits);
    // An empty block cleared far away forces the old way: every sheet written rebuilt from a grid.
    const rebuilt = applyEdits(example, [
      ...edits,
      { kind: 'clearOwnedRange', sheet: measure.sheet, range: 'ZZ9000:ZZ9000' },
    ]);
    const a = sheet(patched, measure.sheet)!;
    const b = sheet(rebuilt, measure.sheet)!;
    const bounds = sheetBounds(b);
    for (let r = 1; r <= bounds.bottom; r++)
      for (let c = 1; c <= bounds.right; c++) {
        expect([r, c, cellAt(a, r, c)]).toEqual([r, c, cellAt(b, r, c)]);
        expect([r, c, formulaAt(a, r, c)]).toEqual([r, c, formulaAt(b, r, c)]);
      }
    expect(readPlan(patched, { defaultStartYear: 2027 }).plan).toEqual(
      readPlan(rebuilt, { defaultStartYear: 2027 }).plan,
    );
  });
});
