/**
 * Priorities after finished measures leave (SPEC §11, the product's choice written there): a section of
 * tblTiltakDrift that was numbered 1..n before the roll and loses finished Engangs measures is numbered 1..m
 * again in its old order, so the roll leaves no priority-gap it caused itself. A section that already had a gap,
 * a duplicate or a priority that is no whole number ≥ 1 is left as it was: that is the user's to settle.
 */
import { groupBy } from '../measures/grouping';
import type { OperatingMeasure } from '../model/plan';

/** One measure whose priority the roll changed. */
export interface PriorityChange {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/** The measures of one section whose priority the roll changed, in their new order. */
export interface RenumberedSection {
  readonly section: string;
  readonly changes: readonly PriorityChange[];
}

const isWhole = (p: number | null): p is number => p !== null && Number.isInteger(p) && p >= 1;

/** Whether the rows' priorities are exactly 1..n, n = how many rows (as validatePriorities sees no gap or duplicate). */
function numberedOneToN(rows: readonly OperatingMeasure[]): boolean {
  const seen = new Set<number>();
  for (const m of rows) {
    if (!isWhole(m.priority) || m.priority > rows.length || seen.has(m.priority)) return false;
    seen.add(m.priority);
  }
  return true;
}

/**
 * The sections (grouped as validatePriorities groups them, case and spaces aside) that were numbered 1..n and
 * lose a measure in `finished`, each with the staying measures whose priority changes when the rest are numbered
 * 1..m in their old order, and that new priority by measure. Rows without a section are not numbered by the
 * validator and are left alone.
 */
export function renumberedSections(
  operating: readonly OperatingMeasure[],
  finished: ReadonlySet<OperatingMeasure>,
): { sections: RenumberedSection[]; priorityOf: Map<OperatingMeasure, number> } {
  const sections: RenumberedSection[] = [];
  const priorityOf = new Map<OperatingMeasure, number>();
  for (const { label, items } of groupBy(operating, (m) => m.section)) {
    if (label === '' || !items.some((m) => finished.has(m)) || !numberedOneToN(items)) continue;
    const staying = items.filter((m) => !finished.has(m)).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    const changes: PriorityChange[] = [];
    staying.forEach((m, i) => {
      if (m.priority === i + 1) return;
      priorityOf.set(m, i + 1);
      changes.push({ id: m.id, from: m.priority ?? 0, to: i + 1 });
    });
    if (changes.length > 0) sections.push({ section: label, changes });
  }
  return { sections, priorityOf };
}
