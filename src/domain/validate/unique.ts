/**
 * Checks across the rows of the measure tables (SPEC §8): IDs unique across both tables (and the free IDs
 * that id-missing and id-duplicate suggest), priorities unique within a section of one table and numbered 1..n.
 */
import { findingAt } from './cells';
import { isValidPriority } from './rows';
import { cellAddress } from '../read/rowCells';
import { freeIds, type SuggestId } from './ids';
import { groupBy, groupKey } from '../measures/grouping';
import type { Finding } from '../model/finding';
import type { Measure } from '../model/plan';

/**
 * id-duplicate at every later occurrence of an ID, across both tables (operating first, then investment),
 * naming a free ID of its table to use instead (SPEC §4: IDs are never reused). IDs are compared as the
 * reconciliation and the comparison match them (groupKey: "d-001" is D-001 again).
 */
export function validateIds(measures: readonly Measure[], suggestId: SuggestId = freeIds(measures)): Finding[] {
  const first = new Map<string, Measure>();
  const out: Finding[] = [];
  // Counted, as the other loops over every measure here (docs/performance.md).
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (m === undefined) continue;
    const id = m.id.trim();
    if (id === '') continue;
    const key = groupKey(id);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, m);
    else
      out.push(
        findingAt(m, 'id-duplicate', 'id', {
          id,
          firstSheet: earlier.sheet,
          firstCell: cellAddress(earlier, 'id') ?? '',
          suggestion: suggestId(m),
        }),
      );
  }
  return out;
}

/**
 * priority-duplicate at every later row of a priority, then priority-gap when the distinct valid priorities
 * of a section are not exactly 1..n (duplicates and invalid priorities have their own findings and are not
 * counted twice here). One pass: the first row of each priority up to the section's size sits in an array
 * (a section numbered 1..n uses nothing else); a priority above it is a gap already, kept in a map.
 */
function checkSection(section: string, rows: readonly Measure[], out: Finding[]): void {
  const size = rows.length;
  const first = new Array<Measure | undefined>(size + 1);
  let above: Map<number, Measure> | null = null;
  let distinct = 0;
  for (let i = 0; i < rows.length; i++) {
    const m = rows[i];
    if (m === undefined) continue;
    const p = m.priority;
    if (!isValidPriority(p)) continue;
    let earlier: Measure | undefined;
    if (p <= size) {
      earlier = first[p];
      if (earlier === undefined) {
        first[p] = m;
        distinct++;
      }
    } else {
      above ??= new Map();
      earlier = above.get(p);
      if (earlier === undefined) above.set(p, m);
    }
    if (earlier === undefined) continue;
    const params = { priority: p, section, firstId: earlier.id, firstCell: cellAddress(earlier, 'priority') ?? '' };
    out.push(findingAt(m, 'priority-duplicate', 'priority', params));
  }
  let numbered = above === null;
  for (let p = 1; numbered && p <= distinct; p++) numbered = first[p] !== undefined;
  const firstRow = rows[0];
  if (numbered || firstRow === undefined) return;
  const priorities: number[] = [];
  for (let p = 1; p <= size; p++) if (first[p] !== undefined) priorities.push(p);
  if (above) priorities.push(...[...above.keys()].sort((a, b) => a - b));
  // The section's measures are to be numbered 1..n, n = how many there are (a duplicate does not shorten it).
  const params = { section, priorities: priorities.join(', '), count: size };
  out.push(findingAt(firstRow, 'priority-gap', 'priority', params));
}

/** priority-duplicate and priority-gap for the rows of one table. Rows without a section are skipped. */
export function validatePriorities(rows: readonly Measure[]): Finding[] {
  const out: Finding[] = [];
  // Grouped as Sammendrag's SUMIFS and the totals group them (groupKey: case aside), in sheet order.
  for (const { label: section, items: group } of groupBy(rows, (m) => m.section)) {
    if (section === '') continue;
    checkSection(section, group, out);
  }
  return out;
}
