/**
 * A measure without economy plan line whose table's year headers are not the period (reconcile/unreadYears.ts):
 * its explanation asks for the years read — listed when the unread year is in the middle, not spanned over it —
 * and says which year was not read. By hand: 200 in 2027, 2029 and 2030 read, 2028 not (600 in all).
 */
import { kr } from '../../../src/domain/model/money';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';

const item: ReconciliationItem = {
  code: 'measure-not-in-economy-plan',
  class: 'mismatch',
  severity: 'error',
  ref: 'D-011',
  measureId: 'D-011',
  measures: kr(600_000),
  economyPlan: kr(0),
  difference: kr(600_000),
  cells: { measures: 'Tiltak drift!Q12' },
  missingLine: {
    table: 'operating',
    ref: 'D-011',
    byYear: [2027, 2029, 2030].map((year) => ({ year, amount: kr(200_000) })),
  },
  yearsNotRead: [2028],
};

test('the line is asked for the years read, and the year not read is named', () => {
  const text = explainReconciliation(item, 'nb', '1000 kr');
  expect(text).toContain('(200 i 2027, 200 i 2029, 200 i 2030; 600 i alt)');
  expect(text).toContain('med 200 / 200 / 200 i kolonnene 2027, 2029 og 2030 (beløp i 1000 kr)');
  expect(text).toContain('2028 er ikke lest fordi årsoverskriftene i tabellen ikke stemmer med planperioden');
});
