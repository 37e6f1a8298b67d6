/**
 * «Avstemming planer» (SPEC §15): a row she left there for a line no plan had, whose line now has a Plan, is compared
 * on that plan's own Avstemming; its Forklaring says so (docs/spec.md §15), and that her Status was not carried.
 */
import type { CellInput } from '../model/edits';
import { CONSOLIDATION_ITEM_CODES } from '../model/consolidation';
import type { ConsolidationSheetText } from '../model/consolidationColumns';
import { keptKey, type KeptRow } from './reconciliationKept';

/** A compared plan's name and the items of its own Avstemming in this run. */
export interface PlanItems {
  readonly plan: string;
  readonly items: readonly { code: string; ref: string; year?: number; source?: string }[];
}

/**
 * The sentence on a row kept below the items whose comparison a plan's Avstemming now has (Kode, Ref, År and
 * Finansieringskilde: a line no plan had, now given a Plan): she accepted it here, and it is not carried there.
 */
export function movedToPlan(
  plans: readonly PlanItems[],
  texts: Pick<ConsolidationSheetText, 'movedToPlan'>,
): (row: Pick<KeptRow, 'code' | 'cells'>) => string | null {
  const say = texts.movedToPlan;
  if (plans.length === 0 || say === undefined) return () => null;
  const key = (code: string, year: string, ref: string, source: string) => keptKey(code, year, [ref, source]);
  const text = (v: CellInput | undefined): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const codes: readonly string[] = CONSOLIDATION_ITEM_CODES;
  let byKey: Map<string, PlanItems> | undefined;
  return (row) => {
    // Only a code of this sheet can have been here (a line without measure): the plans' items read once, when asked.
    byKey ??= new Map(
      plans.flatMap((p) =>
        p.items
          .filter((i) => codes.includes(i.code))
          .map((i) => [key(i.code, i.year === undefined ? '' : String(i.year), i.ref, i.source ?? ''), p] as const),
      ),
    );
    const { ref, year, source } = row.cells;
    const p = byKey.get(key(row.code, text(year), text(ref), text(source)));
    return p === undefined ? null : say(p.plan);
  };
}
