/**
 * The task pane's roll (Struktur → Rull fram, a new workbook through the Excel adapter) of an investment whose
 * Tidligere bevilget holds a logical TRUE (SANN) beside a «?» in the year that leaves: as on the file path
 * (test/cli/rollLogicalBefore.test.ts), Excel is given the logical value, not the text «TRUE» with the text format.
 *
 * By hand: the example (2027–2030), I-003 on row 4 of «Tiltak investering», J4 TRUE and K4 «?». I-001 and I-002
 * have money after 2027 and stay, so after the roll I-003 is still on row 4 and J4 holds TRUE.
 */
import { planRolledWorkbook, readPlan } from '../../../src/domain';
import { excelPort, exampleModel } from './exampleModel';
import type { FakeModel } from './fakeModel';

test("the pane's roll keeps a logical TRUE in Tidligere bevilget beside a «?» a logical value", async () => {
  const model = await exampleModel();
  const cells = model.sheets.find((s) => s.name === 'Tiltak investering')!.cells;
  expect(cells.get('A4')?.value).toBe('I-003');
  cells.set('J4', { value: true });
  cells.set('K4', { value: '?' });
  const snapshot = await excelPort(model).read('roll');
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
  const rolled = planRolledWorkbook(snapshot, plan, { date: '2027-12-01', findings });
  const fresh: FakeModel = { sheets: [], tables: [], names: [] };
  await excelPort(fresh).apply(rolled.edits);
  const out = fresh.sheets.find((s) => s.name === 'Tiltak investering')?.cells;
  expect(out?.get('A4')?.value).toBe('I-003');
  expect(out?.get('J4')?.value).toBe(true);
  expect(out?.get('J4')?.numberFormat).not.toBe('@');
});
