/**
 * Review r36 (a finance officer reading the project items of Avstemming, SPEC §10): a project whose economy plan
 * carries two `Tiltak` lines (the adopted amount and an adjustment), or two `Finansiering` lines of one source (a
 * loan split in two), is compared with their sum, as a measure's two lines are. But the item named only the first
 * line's cell and said nothing of the sum: «økonomiplanen 3 500» with a link to G2, which holds 3 000. A measure's
 * item names every line it adds up (`lineCells`, severalLines.test.ts); a project's must too.
 *
 * By hand, 1000 kr: P-1 spends 4 000 / 6 000 / 0 / 0, financed Lån 5 000 and Tilskudd 5 000. Tiltak lines row 2
 * 3 000 / 6 000 / 0 / 0 and row 3 500 / 0 / 0 / 0 → 2027: 3 000 + 500 = 3 500, Δ 500 (mismatch); 2028: 6 000, match.
 * Lån lines row 4 200 / 4 800 / 0 / 0 and row 5 0 / 100 / 0 / 0 → 5 000 + 100 = 5 100, Δ −100 (mismatch); Tilskudd
 * one line row 6, 5 000 → match, no lineCells.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { inv, line, plan } from '../../helpers/plan';

const project = inv({
  id: 'I-001',
  row: 2,
  project: 'P-1',
  budget: 10000,
  years: [4000, 6000, 0, 0],
  loan: 5000,
  grant: 5000,
});
const lines = [
  line({ row: 2, part: 'Investering', ref: 'P-1', years: [3000, 6000, 0, 0] }),
  line({ row: 3, part: 'Investering', ref: 'P-1', years: [500, 0, 0, 0] }),
  line({ row: 4, part: 'Investering', type: 'Finansiering', ref: 'P-1', source: 'Lån', years: [200, 4800, 0, 0] }),
  line({ row: 5, part: 'Investering', type: 'Finansiering', ref: 'P-1', source: 'Lån', years: [0, 100, 0, 0] }),
  line({ row: 6, part: 'Investering', type: 'Finansiering', ref: 'P-1', source: 'Tilskudd', years: [5000, 0, 0, 0] }),
];
const items = () => reconcile(plan({ investment: [project], economyPlan: lines }), []);

test('a project year over two Tiltak lines names both cells, and its explanation says they are added up', () => {
  const y2027 = items().find((i) => i.code === 'project-expenditure' && i.year === 2027);
  expect([y2027?.economyPlan, y2027?.difference, y2027?.class]).toEqual([3_500_000, 500_000, 'mismatch']);
  expect(y2027?.lineCells).toEqual(['Økonomiplan!G2', 'Økonomiplan!G3']);
  const nb = y2027 ? explainReconciliation(y2027, 'nb', '1000 kr') : '';
  expect(nb).toContain('Økonomiplan!G2, Økonomiplan!G3');
  expect(nb).toContain('prosjektet');
  expect(y2027 ? explainReconciliation(y2027, 'nn', '1000 kr') : '').toContain('Økonomiplan!G2, Økonomiplan!G3');
  expect(y2027 ? explainReconciliation(y2027, 'en', '1000 kr') : '').toContain('Økonomiplan!G2, Økonomiplan!G3');
});

test('a source over two Finansiering lines names both lines, and its explanation says they are added up', () => {
  const loan = items().find((i) => i.code === 'project-financing' && i.source === 'Lån');
  expect([loan?.measures, loan?.economyPlan, loan?.difference, loan?.class]).toEqual([
    5_000_000,
    5_100_000,
    -100_000,
    'mismatch',
  ]);
  // Each line named by its Finansieringskilde cell, as the item's own economy plan cell is.
  expect(loan?.lineCells).toEqual(['Økonomiplan!E4', 'Økonomiplan!E5']);
  const nb = loan ? explainReconciliation(loan, 'nb', '1000 kr') : '';
  expect(nb).toContain('Økonomiplan!E4, Økonomiplan!E5');
  expect(nb).toContain('Lån');
  const grant = items().find((i) => i.code === 'project-financing' && i.source === 'Tilskudd');
  expect([grant?.class, grant?.lineCells]).toEqual(['match', undefined]);
});
