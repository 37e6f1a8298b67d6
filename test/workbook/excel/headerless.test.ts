/**
 * A measure table whose header row the user turned off (Table Design → Header Row): Excel's range of it starts
 * at its first body row and the names live in the table only. The file adapter reads such a table with its
 * names in the empty row above and the table grown over it (test/workbook/xlsx/read.test.ts); the Excel
 * adapter must read the same plan, never ask Excel for a header row the table does not have, and refuse to
 * grow it (header-row-off) before writing anything, as the file adapter does.
 */
import { planAddMeasure } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';
import { cloneCells, type FakeModel } from './recordingContext';

/** tblTiltakDrift (A1:U12 in the example) with its header row turned off: A2:U12, row 1 empty. */
async function headerOff(): Promise<FakeModel> {
  const model = await exampleModel();
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  if (!table || !sheet || table.ref !== 'A1:U12') throw new Error(`unexpected example: ${table?.ref}`);
  const columns = 'ABCDEFGHIJKLMNOPQRSTU'.split('').map((c) => String(sheet.cells.get(`${c}1`)?.value));
  for (const c of 'ABCDEFGHIJKLMNOPQRSTU') sheet.cells.delete(`${c}1`);
  Object.assign(table, { ref: 'A2:U12', showHeaders: false, columns });
  return model;
}

describe('a measure table with its header row turned off, in Excel', () => {
  it('reads the same measures, findings and totals as with the header row on, the table grown over row 1', async () => {
    const plain = await checkModel(await exampleModel());
    const off = await checkModel(await headerOff());
    expect(off.snapshot.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A1:U12');
    expect(off.result.plan.operating.map((m) => m.id)).toEqual(plain.result.plan.operating.map((m) => m.id));
    expect(off.result.plan.operating).toHaveLength(11);
    expect(off.result.report.summary).toEqual(plain.result.report.summary);
    expect(off.result.report.totals).toEqual(plain.result.report.totals);
  });

  it('reads the table as it stands when the row above holds a note of the user’s', async () => {
    const model = await headerOff();
    model.sheets.find((s) => s.name === 'Tiltak drift')?.cells.set('C1', { value: 'Notat' });
    const { snapshot } = await checkModel(model);
    expect(snapshot.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A2:U12');
    const sheet = snapshot.sheets.find((s) => s.sheet === 'Tiltak drift');
    expect(sheet?.values[0]?.slice(0, 3)).toEqual([null, null, 'Notat']);
  });

  it('refuses to add a measure (header-row-off) and writes nothing', async () => {
    const model = await headerOff();
    const { snapshot, result } = await checkModel(model);
    const row = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };
    const planned = planAddMeasure(result.plan, 'operating', row, snapshot, { canInsertCells: true });
    if (!planned.ok) throw new Error('blocked');
    const before = cloneCells(model);
    await expect(excelPort(model).apply(planned.edits)).rejects.toMatchObject({ kind: 'header-row-off' });
    expect(cloneCells(model)).toEqual(before);
    expect(model.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A2:U12');
  });
});
