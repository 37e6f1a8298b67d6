/**
 * apply judges the whole batch before anything is queued (SPEC §11, "Writing into a user's workbook"): a table to
 * grow that is gone (deleted since the pane read the workbook) is found before the first write, not while queueing a
 * later batch, after the batches before it were written.
 */
import { exampleContent, planWorkbook, type Edit } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { WorkbookError } from '../../../src/workbook/port';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const port = (ctx: RecordingContext, budget?: number) =>
  new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, ...(budget ? { budget } : {}) });

describe('a batch whose table to grow is gone (Excel)', () => {
  it('is refused before anything is written, even when earlier edits fill batches of their own', async () => {
    const model: FakeModel = { sheets: [], tables: [], names: [] };
    await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
    const edits: Edit[] = [
      { kind: 'setCells', sheet: 'Økonomiplan', origin: 'Z1', values: [['x']] },
      { kind: 'setCells', sheet: 'Økonomiplan', origin: 'Z2', values: [['y']] },
      { kind: 'resizeTable', name: 'tblBorte', ref: 'A1:B3' },
    ];
    const ctx = new RecordingContext(model);

    // A budget of 600 bytes: each one-cell write (about 500 bytes of overhead) is a batch of its own.
    const error = await port(ctx, 600)
      .apply(edits)
      .then(() => null)
      .catch((e: unknown) => e);

    expect((error as WorkbookError).kind).toBe('sheet-missing');
    expect([ctx.syncCount, ctx.ops.length]).toEqual([1, 0]);
    const sheet = model.sheets.find((s) => s.name === 'Økonomiplan');
    expect([sheet?.cells.get('Z1'), sheet?.cells.get('Z2')]).toEqual([undefined, undefined]);
  });

  it('is refused before anything is written when a later edit cannot be queued (a programmer error)', async () => {
    const model: FakeModel = { sheets: [], tables: [], names: [] };
    await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
    const edits: Edit[] = [
      { kind: 'setCells', sheet: 'Økonomiplan', origin: 'Z1', values: [['x']] },
      { kind: 'setCells', sheet: 'Økonomiplan', origin: 'Z2', values: [['y']] },
      // A whole column: a number format needs a bounded range (cells.ts), found when its ops are built.
      { kind: 'setNumberFormat', sheet: 'Økonomiplan', range: 'Z:Z', format: '0' },
    ];
    const ctx = new RecordingContext(model);

    const error = await port(ctx, 600)
      .apply(edits)
      .then(() => null)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    // One sync: the first, which reads sheets, tables and names; no batch of writes.
    expect([ctx.syncCount, ctx.ops.length]).toEqual([1, 0]);
    const sheet = model.sheets.find((s) => s.name === 'Økonomiplan');
    expect([sheet?.cells.get('Z1'), sheet?.cells.get('Z2')]).toEqual([undefined, undefined]);
  });

  it('grows a table the same batch makes first', async () => {
    const model: FakeModel = { sheets: [], tables: [], names: [] };
    await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
    const edits: Edit[] = [
      { kind: 'setCells', sheet: 'Økonomiplan', origin: 'Z1', values: [['Ny'], ['a']] },
      { kind: 'createTable', sheet: 'Økonomiplan', name: 'tblNy', ref: 'Z1:Z2' },
      { kind: 'resizeTable', name: 'TBLNY', ref: 'Z1:Z3' },
    ];

    const error = await port(new RecordingContext(model))
      .apply(edits)
      .then(() => null)
      .catch((e: unknown) => e);

    expect(error).toBeNull();
    expect(model.tables.find((t) => t.name === 'tblNy')?.ref).toBe('Z1:Z3');
  });

  it('grows a table the same batch then takes away (its operations built in the order of the edits)', async () => {
    const model: FakeModel = { sheets: [], tables: [], names: [] };
    await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
    const table = model.tables[0];
    if (!table) throw new Error('no table');
    const edits: Edit[] = [
      { kind: 'resizeTable', name: table.name, ref: table.ref },
      { kind: 'deleteOwnedTable', name: table.name },
    ];

    const error = await port(new RecordingContext(model))
      .apply(edits)
      .then(() => null)
      .catch((e: unknown) => e);

    expect(error).toBeNull();
    expect(model.tables.map((t) => t.name)).not.toContain(table.name);
  });
});
