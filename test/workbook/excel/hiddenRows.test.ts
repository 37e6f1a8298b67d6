/**
 * A table the product converts to a range to make it again (deleteOwnedTable, Avstemming written anew) gets other
 * items in its rows: the rows its filter or the user hid are shown first, as on the file path (editTables.ts), in
 * the same sync as the rest of the write. Rows outside the table stay as the user left them.
 */
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

const rows = [
  ['Status', 'Ref', 'Beløp'],
  ['Samsvar', 'D-001', 600],
  ['Feil', 'D-001', 100],
  ['Samsvar', 'D-002', 50],
  ['Samsvar', 'D-003', 75],
];

function workbook() {
  const model = fakeModel({ Avstemming: rows });
  const sheet = model.sheets[0]!;
  // Her filter hides the rows of «Samsvar» (2, 4, 5); she hid row 3 by hand, and row 9 under the table.
  model.tables.push({ name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:C5', filterHides: [2, 4, 5] });
  sheet.hiddenRows = new Set([2, 3, 4, 5, 9]);
  return model;
}

const port = (ctx: RecordingContext) => new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });

describe('a table of the product converted to a range', () => {
  it('shows the rows its filter and the user hid in it, and only those, in the two syncs of any write', async () => {
    const model = workbook();
    const ctx = new RecordingContext(model);
    await port(ctx).apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
    expect([...(model.sheets[0]!.hiddenRows ?? [])]).toEqual([9]);
    expect(model.tables).toEqual([]);
    expect(ctx.syncCount).toBe(2);
  });

  it('shows them before the table is gone, while its range is known', async () => {
    const ctx = new RecordingContext(workbook());
    await port(ctx).apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
    expect(ctx.ops.map((o) => [o.op, o.target])).toEqual([
      ['table.clearFilters', ''],
      ['rowHidden', 'Avstemming!A2:C5'],
      ['table.convertToRange', ''],
    ]);
  });

  it('shows its Total Row too when she hid it (Table Design → Total Row), as the file path does', async () => {
    const model = workbook();
    // Her Total Row in row 6 (A1:C6 with it), hidden by hand with the rows above.
    model.sheets[0]!.cells.set('A6', { value: 'Summer' });
    Object.assign(model.tables[0]!, { ref: 'A1:C6', showTotals: true });
    model.sheets[0]!.hiddenRows = new Set([2, 3, 4, 5, 6, 9]);
    const ctx = new RecordingContext(model);
    await port(ctx).apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
    expect(ctx.ops.map((o) => [o.op, o.target])).toEqual([
      ['table.clearFilters', ''],
      ['rowHidden', 'Avstemming!A2:C5'],
      ['rowHidden', 'Avstemming!A6:C6'],
      ['table.convertToRange', ''],
    ]);
    expect([...(model.sheets[0]!.hiddenRows ?? [])]).toEqual([9]);
    expect(ctx.syncCount).toBe(2);
  });

  it('leaves hidden rows alone when there is no table to convert', async () => {
    const model = workbook();
    model.tables = [];
    const ctx = new RecordingContext(model);
    await port(ctx).apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
    expect([...(model.sheets[0]!.hiddenRows ?? [])]).toEqual([2, 3, 4, 5, 9]);
    expect(ctx.ops).toEqual([]);
  });
});
