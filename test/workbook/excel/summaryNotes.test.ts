/**
 * Her note on Sammendrag in Excel (SPEC §11, review r25): a note she typed in an empty cell beside a row of the
 * product's, inside the rectangle omrSammendrag records, stays where she typed it when the pane writes Sammendrag
 * anew, with her look (here a number format of hers) and her formula: the block is cleared around it and the values
 * written leave it as it is (null in Office's grid).
 */
import { checkSnapshot, exampleContent, planSummary, planWorkbook } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const port = (ctx: RecordingContext) => new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });

it('keeps her notes in L11 (beside Drift per seksjon, A11:K11), A8 and C50 with their formats and formula', async () => {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const summary = model.sheets.find((s) => s.name === 'Sammendrag');
  if (!summary) throw new Error('no Sammendrag');
  expect(model.names).toContainEqual(expect.objectContaining({ name: 'omrSammendrag' }));
  summary.cells.set('L11', { value: 'sjekk', numberFormat: '@' });
  summary.cells.set('A8', { value: 1.5, numberFormat: '0.0' });
  // A formula of hers beside «Ingen kostnad | 1»: the pane's read of Sammendrag has its value only, yet it stays a formula.
  summary.cells.set('C50', { value: 2, formula: '=1+1' });

  const snapshot = await port(new RecordingContext(model)).read('structure');
  const { plan, report } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const planned = planSummary(plan, report.totals, snapshot);
  if (!planned.ok) throw new Error(`blocked at ${planned.blocked.map((b) => b.cell).join(', ')}`);
  await port(new RecordingContext(model)).apply(planned.edits);

  expect([summary.cells.get('L11'), summary.cells.get('A8'), summary.cells.get('C50')]).toEqual([
    { value: 'sjekk', numberFormat: '@' },
    { value: 1.5, numberFormat: '0.0' },
    { value: 2, formula: '=1+1' },
  ]);
  expect(summary.cells.get('A9')?.value).toBe('Drift per seksjon');
});
