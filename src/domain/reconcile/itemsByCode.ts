/**
 * Reconciliation items collected per code as the reconcilers make them: the report lists the codes in SPEC
 * order and sorts within each code, so items go straight into their code's list, never into one big list
 * that would be split again.
 */
import { RECONCILIATION_CODES } from '../model/reconciliation';
import type { ReconciliationCode, ReconciliationItem } from '../model/reconciliation';

const CODE_INDEX: ReadonlyMap<ReconciliationCode, number> = new Map(RECONCILIATION_CODES.map((c, i) => [c, i]));

export class ItemsByCode {
  /** One list per code, in SPEC §10 order. */
  readonly lists: readonly ReconciliationItem[][] = RECONCILIATION_CODES.map((): ReconciliationItem[] => []);

  /** The list items of `code` are appended to. */
  of(code: ReconciliationCode): ReconciliationItem[] {
    return this.lists[CODE_INDEX.get(code) ?? 0] as ReconciliationItem[];
  }

  add(item: ReconciliationItem): void {
    this.of(item.code).push(item);
  }

  /** How many items there are of all codes. */
  get size(): number {
    let n = 0;
    for (const list of this.lists) n += list.length;
    return n;
  }
}
