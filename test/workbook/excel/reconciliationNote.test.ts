/**
 * Writing Avstemming again in Excel when the user typed a note beside its table and one under it (SPEC §11: a
 * cell typed next to or below a product table is never overwritten). Planned on the 'structure' read, as the
 * pane does; the notes must be where the user left them afterwards.
 */
import { planReconciliation, parseRange, toA1, type ReconciliationItem, type WritePlan } from '../../../src/domain';
import { explainReconciliation } from '../../../src/i18n';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { checkModel, excelPort, exampleModel } from './exampleModel';

const texts = {
  ...reconciliationSheetText('nb', 'kr'),
  explain: (i: ReconciliationItem) => explainReconciliation(i, 'nb', 'kr'),
};

async function writeAvstemming(model: Awaited<ReturnType<typeof exampleModel>>): Promise<WritePlan> {
  const { result } = await checkModel(model);
  const snapshot = await excelPort(model).read('structure');
  const planned = planReconciliation(result.report.reconciliation, result.plan, snapshot, texts);
  if (planned.ok) await excelPort(model).apply(planned.edits);
  return planned;
}

describe('Avstemming written again in Excel', () => {
  it('keeps a note beside its table and one under it', async () => {
    const model = await exampleModel();
    expect((await writeAvstemming(model)).ok).toBe(true);
    const sheet = model.sheets.find((s) => s.name === 'Avstemming');
    const table = model.tables.find((t) => t.sheet === 'Avstemming');
    const r = parseRange(table?.ref ?? '');
    if (!sheet || !r) throw new Error('no Avstemming table');
    const beside = toA1(r.top + 1, r.right + 1);
    const under = toA1(r.bottom + 1, r.left);
    sheet.cells.set(beside, { value: 'Notat ved siden' });
    sheet.cells.set(under, { value: 'Notat under' });

    const again = await writeAvstemming(model);

    const where = (text: string) => [...sheet.cells].filter(([, c]) => c.value === text).map(([a1]) => a1);
    // The same plan gives the same items, so the same table (r.top..r.bottom): nothing blocks it, and each
    // note is still in its cell. The old table is replaced, not stacked under a second one.
    expect(again.ok).toBe(true);
    expect(where('Notat ved siden')).toEqual([beside]);
    expect(where('Notat under')).toEqual([under]);
    expect(model.tables.filter((t) => t.sheet === 'Avstemming').map((t) => t.ref)).toEqual([table?.ref]);
  });
});
