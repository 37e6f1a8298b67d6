/**
 * *Nytt tiltak* in Excel plans on the pane's check read: that read must see a note the user typed in the
 * row under a measure table, so that the add makes room for the new row (cells inserted, as Excel does)
 * instead of writing the measure over the note.
 */
import { checkSnapshot, exampleContent, planAddMeasure, planWorkbook, type RowInput } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { cloneCells, recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const port = (model: FakeModel) =>
  new ExcelWorkbook({ run: recordingRunner(new RecordingContext(model)), isSetSupported: () => true });

const ROW: RowInput = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };

/** The example workbook in the fake Excel, and the last row of `table` in it. */
async function example(table: string): Promise<{ model: FakeModel; last: number }> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await port(model).apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const last = Number(/(\d+)$/.exec(model.tables.find((t) => t.name === table)?.ref ?? '')?.[1]);
  return { model, last };
}

/** As the pane does: plan the add on what the check read, then write it; the syncs of the read. */
async function addAsThePane(model: FakeModel, kind: 'operating' | 'investment'): Promise<number> {
  const ctx = new RecordingContext(model);
  const snapshot = await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true }).read();
  const { plan } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const planned = planAddMeasure(plan, kind, ROW, snapshot, { canInsertCells: true });
  if (!planned.ok) throw new Error('blocked');
  await port(model).apply(planned.edits);
  return ctx.syncCount;
}

describe.each([
  ['operating', 'Tiltak drift', 'tblTiltakDrift'],
  ['investment', 'Tiltak investering', 'tblTiltakInvestering'],
] as const)('adding a %s measure in Excel', (kind, sheet, table) => {
  it('keeps the note typed under the table: it moves down with the rows below, the measure goes above it', async () => {
    const { model, last } = await example(table);
    expect(last).toBeGreaterThan(2);
    await port(model).apply([{ kind: 'setCells', sheet, origin: `A${last + 1}`, values: [['Notat under tabellen']] }]);

    await addAsThePane(model, kind);

    const cells = model.sheets.find((s) => s.name === sheet)?.cells;
    expect(cells?.get(`A${last + 2}`)).toMatchObject({ value: 'Notat under tabellen' });
    expect(cells?.get(`A${last + 1}`)?.value).toMatch(/^[DI]-\d{3}$/);
    expect(model.tables.find((t) => t.name === table)?.ref).toMatch(new RegExp(`:[A-Z]+${last + 1}$`));
  });

  it('keeps a formula under the table whose result is empty text: the cell is the user’s, not empty', async () => {
    const { model, last } = await example(table);
    const formula = '=IF(1=1,"","!")';
    model.sheets.find((s) => s.name === sheet)?.cells.set(`H${last + 1}`, { value: '', formula });

    await addAsThePane(model, kind);

    const cells = model.sheets.find((s) => s.name === sheet)?.cells;
    expect(cells?.get(`H${last + 2}`)).toMatchObject({ formula });
    expect(cells?.get(`A${last + 1}`)?.value).toMatch(/^[DI]-\d{3}$/);
  });

  // The table grown by `empty` rows after its last measure; every one of them but the last holds a formula of the
  // user's showing "" in Tiltak (E) or in the 2027 column (an amount column, whose formulas a check reads only
  // where the value is number text): the check read must carry those formulas (values alone show empty rows), and
  // the measure goes into the last, truly empty row. 2 rows lie in the rows a check reads formulas of anyway; 30
  // reach above them.
  it.each([
    [2, 'Tiltak'],
    [30, 'Tiltak'],
    [30, '2027'],
  ])(
    'keeps formulas showing "" in the table’s empty rows (%i of them, column %s): the measure goes in the one without',
    async (empty, header) => {
      const { model, last } = await example(table);
      const t = model.tables.find((x) => x.name === table);
      if (t) t.ref = t.ref.replace(/\d+$/, String(last + empty));
      const cells = model.sheets.find((s) => s.name === sheet)?.cells;
      const col = [...(cells ?? [])].find(([a1, c]) => /^[A-Z]+1$/.test(a1) && String(c.value) === header)?.[0];
      const at = (row: number) => `${col?.replace(/\d+$/, '')}${row}`;
      const formulaOf = (row: number) => `=IF(A${row}="","","sjekk")`;
      for (let row = last + 1; row < last + empty; row++) cells?.set(at(row), { value: '', formula: formulaOf(row) });

      // 1: sheets, tables, names; 2: the ranges to read; 3: the example's blocks, the formulas of the last 20 rows
      // of each measure table among them; and when the empty rows reach above those, 4: the formulas of the rest.
      expect(await addAsThePane(model, kind)).toBe(empty < 20 ? 3 : 4);

      for (let row = last + 1; row < last + empty; row++) {
        expect([row, cells?.get(at(row))]).toEqual([row, { value: '', formula: formulaOf(row) }]);
        expect([row, cells?.get(`A${row}`)]).toEqual([row, undefined]);
      }
      expect(cells?.get(`A${last + empty}`)?.value).toMatch(/^[DI]-\d{3}$/);
      expect(t?.ref).toMatch(new RegExp(`:[A-Z]+${last + empty}$`));
    },
  );
});

describe('two tables on one sheet', () => {
  it('writes nothing when the user’s own, wider table stands right under the measure table (Excel refuses the shift)', async () => {
    const { model, last } = await example('tblTiltakDrift');
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    // tblTiltakDrift is A:U; the user's table A:W starts on the row under it.
    sheet?.cells.set(`A${last + 1}`, { value: 'Mitt' });
    sheet?.cells.set(`W${last + 1}`, { value: 'Notat' });
    model.tables.push({ name: 'tblMitt', sheet: 'Tiltak drift', ref: `A${last + 1}:W${last + 2}` });
    const before = cloneCells(model);
    await expect(addAsThePane(model, 'operating')).rejects.toMatchObject({ name: 'WorkbookError' });
    expect(cloneCells(model)).toEqual(before);
    expect(model.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe(`A1:U${last}`);
  });
});
