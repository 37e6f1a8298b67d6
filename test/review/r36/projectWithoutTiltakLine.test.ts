/**
 * Review r36 (a finance officer who typed a project's Finansiering lines but not its Tiltak line, SPEC §10): the
 * project has lines, so it is reconciled (not `measure-not-in-economy-plan`), and each year's `project-expenditure`
 * compares its expenditure with 0 — rightly a mismatch. But the explanation said only «økonomiplanen 0 (avvik 4 000).
 * Rett tiltaket eller økonomiplanen.», with no economy plan cell to look at: she searched the economy plan for a 0.
 * The item must say what is missing: the project's Tiltak line (Del Investering, Linjetype Tiltak, Ref P-1).
 *
 * By hand, 1000 kr: P-1 spends 4 000 / 6 000 / 0 / 0, financed Lån 10 000; one line, Finansiering Lån 4 000 / 6 000.
 * 2027: 4 000 against 0, Δ 4 000, mismatch; 2028: 6 000 against 0, mismatch; Lån 10 000 against 10 000, match.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { inv, line, plan } from '../../helpers/plan';

const items = () =>
  reconcile(
    plan({
      investment: [inv({ id: 'I-001', row: 2, project: 'P-1', budget: 10000, years: [4000, 6000, 0, 0], loan: 10000 })],
      economyPlan: [
        line({
          row: 2,
          part: 'Investering',
          type: 'Finansiering',
          ref: 'P-1',
          source: 'Lån',
          years: [4000, 6000, 0, 0],
        }),
      ],
    }),
    [],
  );

test('a year of a project without a Tiltak line says the line is missing', () => {
  const all = items();
  const y2027 = all.find((i) => i.code === 'project-expenditure' && i.year === 2027);
  expect([y2027?.measures, y2027?.economyPlan, y2027?.difference, y2027?.class]).toEqual([
    4_000_000,
    0,
    4_000_000,
    'mismatch',
  ]);
  expect(y2027?.cells.economyPlan).toBeUndefined();
  const loan = all.find((i) => i.code === 'project-financing' && i.source === 'Lån');
  expect(loan?.class).toBe('match');
  const nb = y2027 ? explainReconciliation(y2027, 'nb', '1000 kr') : '';
  expect(nb).toContain('Linjetype Tiltak');
  expect(nb).toContain('P-1');
  expect(y2027 ? explainReconciliation(y2027, 'nn', '1000 kr') : '').toContain('Linjetype Tiltak');
  expect(y2027 ? explainReconciliation(y2027, 'en', '1000 kr') : '').toContain('Linjetype Tiltak');
  // A year that matches (0 against 0) needs no advice.
  const y2029 = all.find((i) => i.code === 'project-expenditure' && i.year === 2029);
  expect(y2029 ? explainReconciliation(y2029, 'nb', '1000 kr') : 'x').not.toContain('Linjetype Tiltak');
});
