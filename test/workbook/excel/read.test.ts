import { ExcelWorkbook } from '../../../src/workbook/excel';
import { WorkbookError } from '../../../src/workbook/port';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

function port(ctx: RecordingContext): ExcelWorkbook {
  return new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, retryDelayMs: 0 });
}

function planModel(rows: number) {
  const body = Array.from({ length: rows }, (_, i) => [`D-${i + 1}`, i * 1000, `=SUM(B${i + 2}:B${i + 2})`]);
  const model = fakeModel({ 'Tiltak drift': [['ID', '2027', 'Sum periode'], ...body], Tom: [] });
  model.tables.push({ name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: `A1:C${rows + 1}` });
  model.names.push({ name: 'lstSeksjoner', formula: '=Innstillinger!$A$2:$A$9' });
  return model;
}

describe('ExcelWorkbook.read', () => {
  it('loads every sheet, its used range fields, the tables and the names', async () => {
    const ctx = new RecordingContext(planModel(3));
    await port(ctx).read();
    expect(ctx.loads).toEqual(
      expect.arrayContaining([
        { target: 'worksheets', props: 'items/name' },
        { target: 'tables', props: 'items/name' },
        { target: 'names', props: 'items/name,items/type,items/formula' },
        { target: 'Tiltak drift!used', props: 'address,values,formulas,numberFormat,valueTypes' },
        { target: 'Tom!used', props: 'address,values,formulas,numberFormat,valueTypes' },
        { target: 'Tiltak drift!A1:C4', props: 'address' },
      ]),
    );
    expect(ctx.ops).toEqual([]);
  });

  it('turns the loaded ranges into a snapshot (errors, empties, formulas, tables, names)', async () => {
    const model = planModel(2);
    const sheet = model.sheets[0]!;
    sheet.cells.set('B3', { value: '#REF!', error: true });
    sheet.cells.set('E5', { value: 7, numberFormat: '0.0' });
    const snap = await port(new RecordingContext(model)).read();
    const drift = snap.sheets.find((s) => s.sheet === 'Tiltak drift')!;
    expect(drift.origin).toBe('A1');
    expect(drift.values[0]).toEqual(['ID', '2027', 'Sum periode', null, null]);
    expect(drift.values[2]?.[1]).toEqual({ error: '#REF!' });
    expect(drift.formulas?.[1]).toEqual([null, null, '=SUM(B2:B2)', null, null]);
    expect(drift.numberFormats?.[4]?.[4]).toBe('0.0');
    expect(snap.sheets.find((s) => s.sheet === 'Tom')).toEqual({
      sheet: 'Tom',
      origin: 'A1',
      values: [],
      formulas: [],
      numberFormats: [],
    });
    expect(snap.tables).toEqual([{ name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: 'A1:C3' }]);
    expect(snap.names).toEqual([{ name: 'lstSeksjoner', ref: 'Innstillinger!$A$2:$A$9' }]);
  });

  it('reports an origin other than A1 when the used range starts further in', async () => {
    const model = fakeModel({
      Ark: [
        [null, null],
        [null, 'x'],
      ],
    });
    const snap = await port(new RecordingContext(model)).read();
    expect(snap.sheets[0]).toMatchObject({ origin: 'B2', values: [['x']] });
  });

  it.each([10, 1_000, 10_000])('uses the same number of sync() calls for %i rows', async (rows) => {
    const ctx = new RecordingContext(planModel(rows));
    const snap = await port(ctx).read();
    expect(snap.sheets[0]?.values).toHaveLength(rows + 1);
    expect(ctx.syncCount).toBe(2);
  });

  it('retries once when Excel is in cell edit mode', async () => {
    const ctx = new RecordingContext(planModel(2));
    ctx.failures.push({ code: 'InvalidOperationInCellEditMode', message: 'editing' });
    const snap = await port(ctx).read();
    expect(snap.tables).toHaveLength(1);
    expect(ctx.syncCount).toBe(3);
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode', 2],
    ['ApiNotFound', 'unsupported-api', 1],
    ['GeneralException', 'unknown', 1],
  ])('maps a failing %s to %s after %i attempt(s)', async (code, kind, attempts) => {
    const ctx = new RecordingContext(planModel(2));
    ctx.failures.push({ code, message: 'x' }, { code, message: 'x' });
    const error = await port(ctx)
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe(kind);
    expect(ctx.syncCount).toBe(attempts);
  });
});
