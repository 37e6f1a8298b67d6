/**
 * A measure typed right under tblTiltakDrift in a table that did not grow over it (a file LibreOffice saved,
 * opened in Excel): the check read sees the row and warns, and repair grows the table over it in Excel.
 */
import { parseRange, planRepair, toRange } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';

describe('a measure typed under a measure table, in Excel', () => {
  it('is warned by the check, taken into the table by repair, and then counted', async () => {
    const model = await exampleModel();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    const r = parseRange(table?.ref ?? '');
    if (!table || !r) throw new Error('no tblTiltakDrift');
    const full = await checkModel(model);
    // The example's last operating measure (D-011 on row 12) left under a table ending on row 11.
    Object.assign(table, { ref: toRange(r.top, r.left, r.bottom - 1, r.right) });
    const short = await checkModel(model);
    expect(short.result.report.issues.filter((i) => i.code === 'row-below-table').map((i) => i.cell)).toEqual([
      `A${r.bottom}`,
    ]);
    expect(short.result.plan.operating).toHaveLength(full.result.plan.operating.length - 1);

    const port = excelPort(model);
    const { changes, edits } = planRepair(await port.read('structure'), { defaultStartYear: 2027 });
    expect(changes).toEqual([
      {
        kind: 'grow-table',
        sheet: 'Tiltak drift',
        target: 'tblTiltakDrift',
        detail: toRange(r.top, r.left, r.bottom, r.right),
      },
    ]);
    await port.apply(edits);
    const after = await checkModel(model);
    expect(table.ref).toBe(toRange(r.top, r.left, r.bottom, r.right));
    expect(after.result.report.issues.filter((i) => i.code === 'row-below-table')).toEqual([]);
    expect(after.result.report.totals.operating.all).toEqual(full.result.report.totals.operating.all);
  });
});
