/**
 * Rows of a measure table the user hid (by hand or by a filter). A roll writes the table anew and the rows move (a
 * finished measure leaves, the rows below move up), so a hidden row kept by number would hide another measure: the
 * file adapter shows the table's rows again (SPEC §11: what is anchored on the rolled tables is not carried, and the
 * roll names what went). These are the measures that were hidden and stay in the rolled tables, for the roll to name.
 */
import type { MeasureCommon, Plan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';

/** The measures on one sheet whose rows were hidden before the roll, and are shown after it. */
export interface HiddenShown {
  readonly sheet: string;
  /** Each by its ID and Tiltak (the words name it by its Tiltak when it has no ID), in table order. */
  readonly measures: readonly { readonly id: string; readonly measure: string }[];
}

/** The measures of `plan` on hidden rows, the finished ones (`finished`: their IDs, which leave the tables) left out. */
export function hiddenMeasures(wb: WorkbookSnapshot, plan: Plan, finished: readonly string[]): HiddenShown[] {
  const bySheet = new Map<string, { id: string; measure: string }[]>();
  const measures: readonly MeasureCommon[] = [...plan.operating, ...plan.investment];
  for (const m of measures) {
    if (m.id !== '' && finished.includes(m.id)) continue;
    if (!(findSheet(wb, m.sheet)?.hiddenRows ?? []).includes(m.row)) continue;
    const list = bySheet.get(m.sheet) ?? [];
    list.push({ id: m.id, measure: m.measure });
    bySheet.set(m.sheet, list);
  }
  return [...bySheet].map(([sheet, names]) => ({ sheet, measures: names }));
}
