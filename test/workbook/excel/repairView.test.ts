/**
 * Repair in Excel (the pane's Struktur → «Vis endringer» → apply) of a sheet whose table is gone but whose view is
 * hers: on «Tiltak investering» she deleted tblTiltakInvestering with its cells, typed a note in A1, widened columns
 * A and C, and froze the panes at B2 (a column and a row: frozen range A1). Repair makes the table anew right of her
 * note, at C1. It used to set a width on every column of it (C included) and freeze row 1 alone (her frozen column
 * lost), as the file path did; the 'structure' read now asks Excel for her panes and widths (views.ts), and the
 * repair leaves them. A sheet with no view of hers still gets the product's: row 1 frozen, every column's width.
 */
import { planRepair, toA1 } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { exampleModel } from './exampleModel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const SHEET = 'Tiltak investering';

/**
 * The example with tblTiltakInvestering and its cells deleted and a note in A1; `view` her panes and widths (A 40 and
 * C 50 characters, as in the file twin: (40 × 7 + 5) × 0,75 = 213,75 pt, (50 × 7 + 5) × 0,75 = 266,25 pt — not the
 * product's widths there, ID 8 and Prioritet 9).
 */
async function withoutInvestmentTable(view: { frozen?: string; sized: number[] }): Promise<FakeModel> {
  const model = await exampleModel();
  model.tables = model.tables.filter((t) => t.name !== 'tblTiltakInvestering');
  const sheet = model.sheets.find((s) => s.name === SHEET);
  if (!sheet) throw new Error(`no ${SHEET}`);
  sheet.cells = new Map([[toA1(1, 1), { value: 'Notat' }]]);
  sheet.frozen = view.frozen;
  sheet.sizedColumns = new Set(view.sized);
  const hers = new Map([
    [1, 213.75],
    [3, 266.25],
  ]);
  sheet.columnWidths = new Map(view.sized.map((c): [number, number] => [c, hers.get(c) ?? 213.75]));
  return model;
}

/** Repairs `model` in the fake Excel as the pane does (planned on the 'structure' read); the ops it queued. */
async function repair(model: FakeModel) {
  const context = new RecordingContext(model);
  const port = new ExcelWorkbook({ run: recordingRunner(context), isSetSupported: () => true });
  const { changes, edits } = planRepair(await port.read('structure'), { defaultStartYear: 2027 });
  const before = context.ops.length;
  await port.apply(edits);
  return { changes, ops: context.ops.slice(before) };
}

describe('repair in Excel keeps the view of a sheet of hers', () => {
  it('makes tblTiltakInvestering at C1, leaving her frozen panes (A1) and her widths of A and C', async () => {
    const model = await withoutInvestmentTable({ frozen: 'A1', sized: [1, 3] });
    const { changes, ops } = await repair(model);
    expect(changes).toContainEqual({ kind: 'add-table', sheet: SHEET, target: 'tblTiltakInvestering', detail: 'C1' });
    expect(ops.filter((o) => o.op === 'freezeRows' && o.target === SHEET)).toEqual([]);
    const widths = ops.filter((o) => o.op === 'columnWidth' && o.target.startsWith(`${SHEET}!`)).map((o) => o.target);
    expect(widths).not.toContain(`${SHEET}!C:C`);
    // D holds the table's second column, Seksjon (schema.ts: width 24), which she never sized.
    expect(widths).toContain(`${SHEET}!D:D`);
    expect(model.sheets.find((s) => s.name === SHEET)?.frozen).toBe('A1');
  });

  it('gives a sheet with no view of hers the product’s: row 1 frozen, C and D their widths', async () => {
    const model = await withoutInvestmentTable({ sized: [] });
    const { ops } = await repair(model);
    expect(ops.filter((o) => o.op === 'freezeRows' && o.target === SHEET).map((o) => o.value)).toEqual([1]);
    const widths = ops.filter((o) => o.op === 'columnWidth' && o.target.startsWith(`${SHEET}!`)).map((o) => o.target);
    expect(widths).toEqual(expect.arrayContaining([`${SHEET}!C:C`, `${SHEET}!D:D`]));
  });
});
