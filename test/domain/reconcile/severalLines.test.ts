/**
 * Two economy plan `Tiltak` lines for one measure (SPEC §10 is silent; §15: every line is claimed by at most one
 * measure, which both are): the product adds them up, as finance often splits a measure's money over two lines
 * (the adopted amount and a later adjustment). The item named only the first line's cell, so a reader who opened
 * it saw 300 where the report said 900. Each year's item now names every line it adds up (`lineCells`), and its
 * explanation says so. Amounts typed in thousands; items in kroner.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, plan } from '../../helpers/plan';
import { byCode, miljo } from './helpers';

// D-001 (miljøteam): new money 600 / 1 200 / 1 800 / 2 400. Two lines: row 4 300 / 600 / 900 / 1 200 and row 7
// 300 / 600 / 1 000 / 1 200. Years are columns G–J.
const lines = [
  line({ row: 4, ref: 'D-001', years: [300, 600, 900, 1200] }),
  line({ row: 7, ref: 'D-001', years: [300, 600, 1000, 1200] }),
];
const items = () => byCode(reconcile(plan({ operating: [miljo()], economyPlan: lines }), []), 'measure-new-money');

describe('a measure with two economy plan lines', () => {
  it('is compared with their sum: 600 / 1 200 / 1 900 / 2 400, 2029 a mismatch of −100', () => {
    // 300 + 300 = 600, 600 + 600 = 1 200, 900 + 1 000 = 1 900, 1 200 + 1 200 = 2 400.
    expect(items().map((i) => [i.year, i.economyPlan, i.difference, i.class])).toEqual([
      [2027, 600_000, 0, 'match'],
      [2028, 1_200_000, 0, 'match'],
      [2029, 1_900_000, -100_000, 'mismatch'],
      [2030, 2_400_000, 0, 'match'],
    ]);
  });

  it('names both lines of each year, and its explanation says it adds them up', () => {
    const y2029 = items().find((i) => i.year === 2029);
    expect(y2029?.cells.economyPlan).toBe('Økonomiplan!I4');
    expect(y2029?.lineCells).toEqual(['Økonomiplan!I4', 'Økonomiplan!I7']);
    const text = y2029 ? explainReconciliation(y2029, 'nb', '1000 kr') : '';
    expect(text).toContain('Økonomiplanen har 2 linjer for tiltaket, lagt sammen: Økonomiplan!I4, Økonomiplan!I7.');
    expect(y2029 ? explainReconciliation(y2029, 'en', '1000 kr') : '').toContain('Økonomiplan!I4, Økonomiplan!I7');
  });

  it('a measure with one line has no lineCells', () => {
    const one = byCode(reconcile(plan({ operating: [miljo()], economyPlan: [lines[0]!] }), []), 'measure-new-money');
    expect(one.every((i) => i.lineCells === undefined)).toBe(true);
  });
});
