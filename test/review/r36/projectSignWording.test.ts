/**
 * Review r36 (a finance officer pasting the investment financing from the accounting system, where income is booked
 * negative, SPEC §10 class `sign`): the project's Lån 5 000 against a Finansiering line of −5 000 (and its Tilskudd
 * 3 000 against −3 000) is rightly a `sign` error, but its explanation said «En innsparing skal være negativ begge
 * steder» — a loan is no saving, and the advice names nothing she can do with a financing line. The sentence of a
 * project's sign item must speak of what it compares: financing sources are typed with the sign of the measure
 * table's financing columns (money in, positive), expenditure with the sign of the project's years.
 *
 * By hand, 1000 kr: P-1 4 000 / 6 000, financed Lån 5 000 and Tilskudd 5 000; lines Tiltak −4 000 / 6 000 / 0 / 0
 * (2027 pasted as a negative) and Finansiering Lån −5 000 / 0 / 0 / 0. Lån: 5 000 against −5 000, Δ 10 000, `sign`.
 * 2027 expenditure: 4 000 against −4 000, Δ 8 000, period sums 10 000 vs 2 000 differ, `sign`.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { inv, line, plan } from '../../helpers/plan';

const items = () =>
  reconcile(
    plan({
      investment: [
        inv({ id: 'I-001', row: 2, project: 'P-1', budget: 10000, years: [4000, 6000, 0, 0], loan: 5000, grant: 5000 }),
      ],
      economyPlan: [
        line({ row: 2, part: 'Investering', ref: 'P-1', years: [-4000, 6000, 0, 0] }),
        line({ row: 3, part: 'Investering', type: 'Finansiering', ref: 'P-1', source: 'Lån', years: [-5000, 0, 0, 0] }),
      ],
    }),
    [],
  );

test('a project’s financing of the opposite sign is not told that a saving is negative', () => {
  const loan = items().find((i) => i.code === 'project-financing' && i.source === 'Lån');
  expect([loan?.measures, loan?.economyPlan, loan?.difference, loan?.class]).toEqual([
    5_000_000,
    -5_000_000,
    10_000_000,
    'sign',
  ]);
  const nb = loan ? explainReconciliation(loan, 'nb', '1000 kr') : '';
  expect(nb).toContain('motsatt fortegn');
  expect(nb).not.toMatch(/innsparing/i);
  expect(nb).toContain('Finansiering');
  expect(loan ? explainReconciliation(loan, 'nn', '1000 kr') : '').not.toMatch(/innsparing/i);
  expect(loan ? explainReconciliation(loan, 'en', '1000 kr') : '').not.toMatch(/saving/i);
});

test('a project’s expenditure of the opposite sign is not told that a saving is negative', () => {
  const y2027 = items().find((i) => i.code === 'project-expenditure' && i.year === 2027);
  expect([y2027?.measures, y2027?.economyPlan, y2027?.difference, y2027?.class]).toEqual([
    4_000_000,
    -4_000_000,
    8_000_000,
    'sign',
  ]);
  const nb = y2027 ? explainReconciliation(y2027, 'nb', '1000 kr') : '';
  expect(nb).toContain('motsatt fortegn');
  expect(nb).not.toMatch(/innsparing/i);
  expect(y2027 ? explainReconciliation(y2027, 'nn', '1000 kr') : '').not.toMatch(/innsparing/i);
  expect(y2027 ? explainReconciliation(y2027, 'en', '1000 kr') : '').not.toMatch(/saving/i);
});
