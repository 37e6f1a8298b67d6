/**
 * Move a measure (beside SPEC §11's add and edit): one place up or down within its section, the section numbered
 * 1..n again (SPEC §8: priorities unique and without gaps).
 */
import type { Edit } from '../model/edits';
import type { Measure, Plan } from '../model/plan';
import { sameName } from '../model/names';
import { cellAddress } from '../read/rowCells';
import { measuresOf, setCell } from './common';
import { findMeasure, type MeasureRef } from './locate';

/**
 * Moves a measure one place up or down within its section (by priority, then row), then numbers the
 * section 1..n, writing only the Prioritet cells that change. The measure is the one on `ref`'s row (a bare ID:
 * the only measure with it, see findMeasure). None there, or at the edge → no edits.
 */
export function planMoveMeasure(plan: Plan, ref: MeasureRef | string, direction: 'up' | 'down'): Edit[] {
  const m = findMeasure(plan, ref);
  if (!m) return [];
  const order = (x: Measure) => (x.priority === null || !Number.isFinite(x.priority) ? Infinity : x.priority);
  const section = measuresOf(plan, m.table)
    .filter((x) => sameName(x.section, m.section))
    .sort((a, b) => order(a) - order(b) || a.row - b.row);
  const i = section.indexOf(m);
  const j = direction === 'up' ? i - 1 : i + 1;
  const a = section[i];
  const b = section[j];
  if (!a || !b) return [];
  section[i] = b;
  section[j] = a;
  return section.flatMap((x, k) => {
    const cell = cellAddress(x, 'priority');
    return cell && x.priority !== k + 1 ? [setCell(x.sheet, cell, k + 1)] : [];
  });
}
