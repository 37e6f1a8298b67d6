/**
 * The task pane's roll (Struktur → Rull fram, a new workbook through the Excel adapter) of a plan whose
 * tblTiltakDrift has a calculated column of the user's: V «Snitt per år», each body cell `=[@[Sum periode]]/4` as
 * Office.js shows it. As on the file path (test/cli/rollCalculatedColumn.test.ts, docs/spec.md §11), the rolled
 * table keeps it a calculated column: Excel is given the formula for the column's body (the file's spelling of the
 * this-row reference, as the product's own Sum periode), not the values it showed. D-001 after the roll by hand:
 * 1200 + 1800 + 2400 + 2400 = 7800, a quarter 1950.
 */
import { planRolledWorkbook, readPlan } from '../../../src/domain';
import { excelPort, exampleModel } from './exampleModel';
import type { FakeModel } from './fakeModel';

const FILE = '=tblTiltakDrift[[#This Row],[Sum periode]]/4';

test("the pane's roll keeps her calculated column a calculated column of the new workbook's table", async () => {
  const model = await exampleModel();
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  expect(table?.ref).toBe('A1:U12');
  if (table) table.ref = 'A1:V12';
  const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  cells.set('V1', { value: 'Snitt per år' });
  for (let r = 2; r <= 12; r++) cells.set(`V${r}`, { value: 0, formula: '=[@[Sum periode]]/4' });
  const snapshot = await excelPort(model).read('roll');
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
  const rolled = planRolledWorkbook(snapshot, plan, { date: '2027-12-01', findings });
  expect(rolled.formulaValues).toEqual([]);
  const create = rolled.edits.find((e) => e.kind === 'createTable' && e.name === 'tblTiltakDrift');
  expect(create?.kind === 'createTable' ? create.calculated?.['Snitt per år'] : null).toBe(FILE);
  const fresh: FakeModel = { sheets: [], tables: [], names: [] };
  await excelPort(fresh).apply(rolled.edits);
  const v2 = fresh.sheets.find((s) => s.name === 'Tiltak drift')?.cells.get('V2');
  expect(v2?.formula).toBe(FILE);
  const planned = rolled.edits.find((e) => e.kind === 'setCells' && e.sheet === 'Tiltak drift' && e.origin === 'V2');
  expect(planned?.kind === 'setCells' ? planned.values[0] : null).toEqual([{ formula: FILE, value: 1950 }]);
});
