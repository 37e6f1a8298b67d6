/**
 * Review r36 (a budget officer who gave two investment rows the same Prosjektnr — a typo, or one project in two
 * stages, SPEC §10 keys project items by Prosjektnr): the product adds the rows up, silently. The item has no
 * measureId and names no measure cell, Avstemming's Tiltak column shows the first row's text, and the explanation
 * says «tiltaksplanen har 4 000, økonomiplanen 3 000»: she opens I-001, finds 3 000 in 2027 = the economy plan,
 * and cannot see where the 1 000 comes from. An item that adds up several measures must name them, as one that adds
 * up several lines names them (`lineCells`).
 *
 * By hand, 1000 kr: I-001 (P-1) 3 000 / 9 000 / 0 / 0, Lån 12 000; I-003 (P-1 too) 1 000 / 1 000 / 1 000 / 1 000,
 * Lån 4 000. Line Tiltak P-1 3 000 / 9 000 / 0 / 0 and Finansiering Lån 3 000 / 9 000 / 0 / 0. 2027: 3 000 + 1 000 =
 * 4 000 against 3 000, Δ 1 000, mismatch (period 16 000 vs 12 000). Lån: 12 000 + 4 000 = 16 000 against 12 000.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { inv, line, plan } from '../../helpers/plan';

const items = () =>
  reconcile(
    plan({
      investment: [
        inv({ id: 'I-001', row: 2, project: 'P-1', budget: 12000, years: [3000, 9000, 0, 0], loan: 12000 }),
        inv({ id: 'I-003', row: 4, project: 'P-1', budget: 4000, years: [1000, 1000, 1000, 1000], loan: 4000 }),
      ],
      economyPlan: [
        line({ row: 2, part: 'Investering', ref: 'P-1', years: [3000, 9000, 0, 0] }),
        line({
          row: 3,
          part: 'Investering',
          type: 'Finansiering',
          ref: 'P-1',
          source: 'Lån',
          years: [3000, 9000, 0, 0],
        }),
      ],
    }),
    [],
  );

test('a project item that adds up two measures names both', () => {
  const all = items();
  const y2027 = all.find((i) => i.code === 'project-expenditure' && i.year === 2027);
  expect([y2027?.measures, y2027?.economyPlan, y2027?.difference, y2027?.class]).toEqual([
    4_000_000,
    3_000_000,
    1_000_000,
    'mismatch',
  ]);
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const text = y2027 ? explainReconciliation(y2027, lang, '1000 kr') : '';
    expect([lang, text.includes('I-001'), text.includes('I-003')]).toEqual([lang, true, true]);
  }
  const loan = all.find((i) => i.code === 'project-financing' && i.source === 'Lån');
  expect([loan?.measures, loan?.economyPlan, loan?.class]).toEqual([16_000_000, 12_000_000, 'mismatch']);
  const nb = loan ? explainReconciliation(loan, 'nb', '1000 kr') : '';
  expect([nb.includes('I-001'), nb.includes('I-003')]).toEqual([true, true]);
});
