/**
 * Repair in Excel of a Sum periode that misses a year (repair/periodSumRuns.ts): the example plan with the 2028 column
 * dragged after 2030 (H 2027, I 2029, J 2030, K 2028), Sum periode in L still the span [2027]:[2030], which sums H:J
 * and misses 2028. Repair writes the sum of the year runs (2027; 2028; 2029–2030) with range.formulas, English names:
 * the column's whole body in one write when every cell is the product's (Excel makes it the calculated column), around
 * a cell she typed a number into otherwise, which stays.
 */
import { planRepair } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { checkModel, exampleModel } from './exampleModel';
import { opsOf, recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const RUNS =
  '=SUM(tblTiltakDrift[[#This Row],[2027]],tblTiltakDrift[[#This Row],[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])';

/** The example with the 2028 column (I) dragged after 2030: I, J, K take the old J, K, I, header and body. */
async function yearMovedModel(): Promise<FakeModel> {
  const model = await exampleModel();
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  if (!sheet) throw new Error('no Tiltak drift');
  for (let row = 1; row <= 12; row++) {
    const [i, j, k] = ['I', 'J', 'K'].map((c) => sheet.cells.get(`${c}${row}`));
    for (const [to, cell] of [
      ['I', j],
      ['J', k],
      ['K', i],
    ] as const) {
      if (cell) sheet.cells.set(`${to}${row}`, cell);
      else sheet.cells.delete(`${to}${row}`);
    }
  }
  return model;
}

async function repaired(model: FakeModel): Promise<RecordingContext> {
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });
  const { edits, blocked } = planRepair(await port.read('structure'), { defaultStartYear: 2027 });
  expect(blocked).toEqual([]);
  ctx.ops.length = 0;
  await port.apply(edits);
  return ctx;
}

const cellOf = (model: FakeModel, ref: string) => model.sheets.find((s) => s.name === 'Tiltak drift')?.cells.get(ref);

test('every Sum periode cell the product’s: the sum of the year runs written over L2:L12 in one write', async () => {
  const model = await yearMovedModel();
  expect(cellOf(model, 'L2')?.formula).toBe('=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])');
  const ctx = await repaired(model);
  expect(opsOf(ctx, 'formulas').map((o) => o.target)).toEqual(['Tiltak drift!L2:L12']);
  for (let row = 2; row <= 12; row++) expect(cellOf(model, `L${row}`)?.formula).toBe(RUNS);
});

test('her typed 999 in L4 stays: the rows around it written', async () => {
  const model = await yearMovedModel();
  model.sheets.find((s) => s.name === 'Tiltak drift')?.cells.set('L4', { value: 999 });
  const ctx = await repaired(model);
  expect(opsOf(ctx, 'formulas').map((o) => o.target)).toEqual(['Tiltak drift!L2:L3', 'Tiltak drift!L5:L12']);
  expect(cellOf(model, 'L4')).toEqual({ value: 999 });
  expect(cellOf(model, 'L5')?.formula).toBe(RUNS);
});

test('a sum of runs of the product’s spelling that misses a year is rewritten too; her own formula stays', async () => {
  const model = await yearMovedModel();
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  // Terms as the product writes them, without 2028 (K).
  const before = '=SUM(tblTiltakDrift[[#This Row],[2027]],tblTiltakDrift[[#This Row],[2029]:[2030]])';
  for (let row = 2; row <= 12; row++) sheet?.cells.set(`L${row}`, { value: 0, formula: before });
  sheet?.cells.set('L3', { value: 600, formula: '=H3*2' });
  const ctx = await repaired(model);
  expect(opsOf(ctx, 'formulas').map((o) => o.target)).toEqual(['Tiltak drift!L2:L2', 'Tiltak drift!L4:L12']);
  expect(cellOf(model, 'L2')?.formula).toBe(RUNS);
  expect(cellOf(model, 'L3')?.formula).toBe('=H3*2');
});

test('a sum of runs written before she moved 2028 again, now counting 2029 and 2030 twice: told, and rewritten', async () => {
  const model = await yearMovedModel();
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  // Right while 2027–2028 and 2029–2030 stood side by side; now [2027]:[2028] is H:K, every year, and 2029–2030 again.
  const before = '=SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])';
  for (let row = 2; row <= 12; row++) sheet?.cells.set(`L${row}`, { value: 0, formula: before });
  const { result } = await checkModel(model);
  const told = result.findings.filter((f) => f.code === 'formula-overwritten');
  expect(told.map((f) => [f.cell, f.params['reason'], f.params['years']])).toEqual([
    ['L2', 'span-twice', '2029, 2030'],
  ]);
  const ctx = await repaired(model);
  expect(opsOf(ctx, 'formulas').map((o) => o.target)).toEqual(['Tiltak drift!L2:L12']);
  expect(cellOf(model, 'L7')?.formula).toBe(RUNS);
});
