/**
 * The note on a reconciliation item that counts a row with errors (SPEC §4, §10) said «(et ugyldig beløp som 0)»
 * even when the row's error was a financing-sum with no invalid cell: she then looked for an invalid amount that
 * was not there (review r37). The parenthesis stands only when a row named holds an invalid amount counted as 0.
 */
import type { Finding } from '../../src/domain/model/finding';
import { reconcile } from '../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../src/i18n/reconciliation';
import { line, plan } from '../helpers/plan';
import { byCode, miljo } from '../domain/reconcile/helpers';

const financingSum: Finding = {
  code: 'financing-sum',
  severity: 'error',
  sheet: 'Tiltak drift',
  cell: 'M5',
  measureId: 'D-001',
  params: {},
};
const invalid: Finding = { ...financingSum, code: 'amount-invalid', cell: 'H5' };

/** The 2028 measure-new-money item of D-001 (1 200 against its line's 1 200) with `findings`. */
function item2028(findings: Finding[]) {
  const m = miljo({ years: [null, 1200, 1800, 2400] });
  const lines = [line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] })];
  const items = byCode(reconcile(plan({ operating: [m], economyPlan: lines }), findings), 'measure-new-money');
  const found = items.find((i) => i.year === 2028);
  if (found === undefined) throw new Error('no 2028 item');
  return found;
}

test('a financing-sum only: the note names D-001 without «an invalid amount as 0»', () => {
  const item = item2028([financingSum]);
  expect(item.rowErrors).toEqual(['D-001']);
  expect(explainReconciliation(item, 'nb', '1000 kr')).toContain(
    'Merk: D-001 har feil i beløp eller summer og er tatt med slik beløpene står. Rett feilen først (se feillisten).',
  );
  expect(explainReconciliation(item, 'nn', '1000 kr')).toContain(
    'Merk: D-001 har feil i beløp eller summar og er teke med slik beløpa står. Rett feilen først (sjå feillista).',
  );
  expect(explainReconciliation(item, 'en', '1000 kr')).toContain(
    'Note: the amounts or sums of D-001 are in error, and they are counted as typed. Fix the error first (see the list of findings).',
  );
});

test('an invalid amount: the note says it counts as 0', () => {
  const item = item2028([invalid]);
  expect(explainReconciliation(item, 'nb', '1000 kr')).toContain(
    'Merk: D-001 har feil i beløp eller summer og er tatt med slik beløpene står (et ugyldig beløp som 0). Rett feilen først (se feillisten).',
  );
  expect(explainReconciliation(item, 'en', '1000 kr')).toContain(
    'Note: the amounts or sums of D-001 are in error, and they are counted as typed (an invalid amount as 0). Fix the error first (see the list of findings).',
  );
});
