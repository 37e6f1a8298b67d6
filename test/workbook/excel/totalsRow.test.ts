/**
 * A table with Excel's built-in Total Row (Table Design → Total Row): Table.getRange covers it, but it is not a
 * measure (SPEC §11). The check read reports the table without it, as the file adapter reads such a table, so
 * the check finds the same measures and totals as without the total row.
 */
import { parseRange, planAddMeasure, toRange } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';
import type { FakeModel } from './recordingContext';

/** The example with tblTiltakDrift's total row shown (a label and one SUBTOTAL), and the body's last row. */
async function withTotalRow(): Promise<{ model: FakeModel; last: number }> {
  const model = await exampleModel();
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  const r = parseRange(table?.ref ?? '');
  const sheet = model.sheets.find((s) => s.name === table?.sheet);
  if (!table || !r || !sheet) throw new Error('no tblTiltakDrift');
  sheet.cells.set(`A${r.bottom + 1}`, { value: 'Sum' });
  sheet.cells.set(`H${r.bottom + 1}`, { value: 123, formula: '=SUBTOTAL(109,[2027])' });
  Object.assign(table, { ref: toRange(r.top, r.left, r.bottom + 1, r.right), showTotals: true });
  return { model, last: r.bottom };
}

describe('a measure table with a total row, in Excel', () => {
  it('reads the same measures and totals as the table without it, and reports the table without it', async () => {
    const plain = await checkModel(await exampleModel());

    const model = await exampleModel();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    const r = parseRange(table?.ref ?? '');
    if (!table || !r) throw new Error('no tblTiltakDrift');
    const bodyRef = table.ref;
    const sheet = model.sheets.find((s) => s.name === table.sheet);
    // What Excel writes in a total row: a label and SUBTOTAL formulas (results as numbers).
    sheet?.cells.set(`A${r.bottom + 1}`, { value: 'Sum' });
    sheet?.cells.set(`H${r.bottom + 1}`, { value: 123, formula: '=SUBTOTAL(109,[2027])' });
    Object.assign(table, { ref: toRange(r.top, r.left, r.bottom + 1, r.right), showTotals: true });
    const withTotals = await checkModel(model);

    expect(withTotals.snapshot.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe(bodyRef);
    expect(withTotals.result.plan.operating).toHaveLength(plain.result.plan.operating.length);
    expect(withTotals.result.report.summary).toEqual(plain.result.report.summary);
    expect(withTotals.result.report.totals.operating.all).toEqual(plain.result.report.totals.operating.all);
  });

  it('adds a measure above the total row, and the total row stays the table’s total row', async () => {
    const { model, last } = await withTotalRow();
    const before = await checkModel(model);
    const row = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };
    const planned = planAddMeasure(before.result.plan, 'operating', row, before.snapshot, { canInsertCells: true });
    if (!planned.ok) throw new Error('blocked');
    await excelPort(model).apply(planned.edits);

    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')?.cells;
    // The new measure on the row where the total row stood; the total row one further down, still in the table.
    expect(cells?.get(`A${last + 1}`)?.value).toBe('D-012');
    expect(cells?.get(`A${last + 2}`)?.value).toBe('Sum');
    expect(cells?.get(`H${last + 2}`)?.formula).toBe('=SUBTOTAL(109,[2027])');
    expect(table?.ref).toBe(`A1:U${last + 2}`);
    const after = await checkModel(model);
    expect(after.result.plan.operating).toHaveLength(before.result.plan.operating.length + 1);
    expect(after.snapshot.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe(`A1:U${last + 1}`);
  });
});
