/**
 * A frame without a Ramme line is compared with the sum of its Tiltak lines (SPEC §10): with several, each year's item
 * names that year's cell of every one (the first as the item's own, as for several Ramme lines), and its explanation
 * says they are Tiltak lines added up — not no cell at all, nor «rammelinjer».
 *
 * By hand: D-001 (R1, row 5 of Tiltak drift) 600 / 1 200 / 1 800 / 2 400; its line on row 2, and a line X-1 of frame R1
 * on row 3 (100 in 2027). Year columns of the economy plan: 2027 G … 2030 J.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line, plan } from '../../helpers/plan';
import { economy, input } from '../consolidate/helpers';
import { byCode, miljo } from './helpers';

const twoLines = () => [
  line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
  line({ row: 3, ref: 'X-1', frame: 'R1', years: [100, 0, 0, 0] }),
];
const frameItems = (lines: ReturnType<typeof line>[]) =>
  byCode(reconcile(plan({ operating: [miljo()], economyPlan: lines }), []), 'frame-total');

describe('frame-total against several Tiltak lines (no Ramme line)', () => {
  it.each([
    [2027, 'Økonomiplan!G2', ['Økonomiplan!G2', 'Økonomiplan!G3']],
    [2030, 'Økonomiplan!J2', ['Økonomiplan!J2', 'Økonomiplan!J3']],
  ])('%i names the Tiltak lines’ cells of that year', (year, own, all) => {
    const item = frameItems(twoLines()).find((i) => i.year === year);
    expect(item?.cells.economyPlan).toBe(own);
    expect(item?.lineCells).toEqual(all);
  });

  it('the explanation names them as Tiltak lines added up, in nb, nn and en', () => {
    const item = frameItems(twoLines()).find((i) => i.year === 2027)!;
    // 600 against 700: a mismatch of −100.
    expect(item.difference).toBe(-100_000);
    const nb = explainReconciliation(item, 'nb', '1000 kr');
    expect(nb).toContain('Økonomiplan!G2, Økonomiplan!G3');
    expect(nb).toContain('2 Tiltak-linjer');
    expect(nb).not.toContain('rammelinjer');
    expect(explainReconciliation(item, 'nn', '1000 kr')).toContain('Økonomiplan!G2, Økonomiplan!G3');
    expect(explainReconciliation(item, 'en', '1000 kr')).toContain('Økonomiplan!G2, Økonomiplan!G3');
  });

  it('one Tiltak line: its cell, and no list of cells', () => {
    const item = frameItems(twoLines().slice(0, 1)).find((i) => i.year === 2027);
    expect(item?.cells.economyPlan).toBe('Økonomiplan!G2');
    expect(item?.lineCells).toBeUndefined();
  });

  it('in a consolidation, the frame across plans names them too (SPEC §15)', () => {
    const p = plan({ settings: { planName: 'Boligsosial handlingsplan' }, operating: [miljo()] });
    const { consolidation } = consolidate([input('bolig.xlsx', p)], economy(twoLines()));
    const item = consolidation.items.find((i) => i.code === 'frame-total' && i.year === 2027)!;
    expect(item.cells.economyPlan).toBe('Økonomiplan!G2');
    expect(item.lineCells).toEqual(['Økonomiplan!G2', 'Økonomiplan!G3']);
    const text = explainConsolidation(item, 'nb', '1000 kr', [2027, 2028, 2029, 2030]);
    expect(text).toContain('2 Tiltak-linjer: Økonomiplan!G2, Økonomiplan!G3');
  });
});
