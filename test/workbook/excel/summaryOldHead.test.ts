/**
 * The older Sammendrag (no Plannavn row) in Excel (the owner's decision on review r29): her note beside a row that
 * the new head moves one row down refuses the run on the Excel path as on the file path, naming her cell and the
 * cell beside the same row after it; the pane says why in her language.
 *
 * By hand: the example's Sammendrag without row 2 (every row from 3 one up, omrSammendrag A1:L65): «Alle seksjoner»
 * of Drift per seksjon in A12; her note «sjekk totalen» in L12 → refused, L12 → L13.
 */
import { checkSnapshot, exampleContent, planSummary, planWorkbook } from '../../../src/domain';
import { blockedText } from '../../../src/i18n/userCells';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const port = (ctx: RecordingContext) => new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });

/** Sammendrag's row 2 taken out, as a product older than the Plannavn row wrote it. */
function withoutRow2(model: FakeModel): void {
  const summary = model.sheets.find((s) => s.name === 'Sammendrag');
  if (!summary) throw new Error('no Sammendrag');
  const moved = new Map<string, typeof summary.cells extends Map<string, infer C> ? C : never>();
  for (const [ref, cell] of summary.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    const row = Number(m?.[2]);
    if (row === 1) moved.set(ref, cell);
    else if (row > 2) moved.set(`${m?.[1] ?? ''}${row - 1}`, cell);
  }
  summary.cells = moved;
  model.names = model.names.map((n) => (n.name === 'omrSammendrag' ? { ...n, formula: '=Sammendrag!$A$1:$L$65' } : n));
}

it('refuses, naming Sammendrag!L12 and L13, her note beside «Alle seksjoner»', async () => {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
  withoutRow2(model);
  const summary = model.sheets.find((s) => s.name === 'Sammendrag');
  expect([summary?.cells.get('A2')?.value, summary?.cells.get('A12')?.value]).toEqual(['Periode', 'Alle seksjoner']);
  summary?.cells.set('L12', { value: 'sjekk totalen' });

  const snapshot = await port(new RecordingContext(model)).read('structure');
  const { plan, report } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const planned = planSummary(plan, report.totals, snapshot);
  expect(planned).toEqual({ ok: false, blocked: [{ sheet: 'Sammendrag', cell: 'L12', rowMoves: { to: 'L13' } }] });
  if (planned.ok) return;
  expect(blockedText(planned.blocked, 'en')).toContain(
    'Your note in Sammendrag!L12 would then stand beside another row. Insert an empty row above row 2 of Sammendrag',
  );
});
