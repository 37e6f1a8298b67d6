/**
 * Shared pieces of the reconciliation tests: the Verdal miljøteam measure and views on the items.
 */
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { ReconciliationCode } from '../../../src/domain/model/reconciliationCodes';
import { op } from '../../helpers/plan';

/** D-001: the Verdal miljøteam, new money 600/1 200/1 800/2 400 thousand, frame R1, Ref. 14, row 5. */
export const miljo = (extra: Partial<Parameters<typeof op>[0]> = {}) =>
  op({ id: 'D-001', ref: '14', years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 2400, frame: 'R1', ...extra });

export const byCode = (items: readonly ReconciliationItem[], code: ReconciliationCode) =>
  items.filter((i) => i.code === code);
export const summary = (items: readonly ReconciliationItem[]) =>
  items.map((i) => [i.year ?? i.source ?? null, i.class, i.severity, i.difference]);
