/**
 * Test helper for the tests of the Avstemming sheet's planning (domain/sheets/reconciliation*.ts): a plan of one
 * measure, D-001 Miljøteam (Rammeområde 2, Beregnet), and with `investment` I-001 Småhus (P-1); D-001's new money
 * in 2029 as an item; texts that show each code, class and severity as it is.
 */
import { kr } from '../../src/domain/model/money';
import { readPlan } from '../../src/domain/read/plan';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import type { ReconciliationSheetText } from '../../src/domain/model/sheetText';
import { canonicalSnapshot } from './workbook';

/** The canonical workbook of D-001 (and I-001 with `investment`), and its plan read with 2027 as first year. */
export function miljoteamPlan(investment: boolean) {
  const wb = canonicalSnapshot({
    operating: [{ ID: 'D-001', Tiltak: 'Miljøteam', Rammeområde: '2', Kostnadsstatus: 'Beregnet' }],
    ...(investment && {
      investment: [{ ID: 'I-001', Tiltak: 'Småhus', Prosjektnr: 'P-1', Kostnadsstatus: 'Beregnet' }],
    }),
  });
  return { wb, plan: readPlan(wb, { defaultStartYear: 2027 }).plan };
}

/** D-001's new money in 2029, 1 800 000 kr against its line's 1 200 000 kr (Avvik 600 000 kr), changed by `over`. */
export const newMoneyItem = (over: Partial<ReconciliationItem> = {}): ReconciliationItem => ({
  code: 'measure-new-money',
  class: 'mismatch',
  severity: 'error',
  ref: 'D-001',
  measureId: 'D-001',
  year: 2029,
  measures: kr(1_800_000),
  economyPlan: kr(1_200_000),
  difference: kr(600_000),
  cells: {},
  ...over,
});

/** Sheet texts that show codes, classes and severities as they are, Forklaring «explained <code>». */
export const plainTexts: ReconciliationSheetText = {
  explain: (i) => `explained ${i.code}`,
  severity: (s) => s,
  code: (c) => c,
  class: (c) => c,
  codeOf: (text) => text,
  kept: (reason) => `kept:${reason}`,
  review: (r) => `review:${r.kind}`,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
};
