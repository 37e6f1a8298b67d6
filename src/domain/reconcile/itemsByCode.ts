/**
 * Reconciliation items collected per code as the reconcilers make them: the report lists the codes in SPEC
 * order and sorts within each code, so items go straight into their code's list, never into one big list
 * that would be split again.
 */
import { RECONCILIATION_CODES } from '../model/reconciliationCodes';
import type { ReconciliationItem } from '../model/reconciliation';
import type { ReconciliationCode } from '../model/reconciliationCodes';

export class ItemsByCode {
  private readonly byCode: Readonly<Record<ReconciliationCode, ReconciliationItem[]>> = {
    'measure-new-money': [],
    'measure-not-in-economy-plan': [],
    'economy-plan-line-unmatched': [],
    'frame-total': [],
    'project-expenditure': [],
    'project-financing': [],
  };

  /** The list items of `code` are appended to. */
  of(code: ReconciliationCode): ReconciliationItem[] {
    return this.byCode[code];
  }

  add(item: ReconciliationItem): void {
    this.of(item.code).push(item);
  }

  /** One list per code, in SPEC §10 order. */
  get lists(): ReconciliationItem[][] {
    return RECONCILIATION_CODES.map((code) => this.byCode[code]);
  }
}
