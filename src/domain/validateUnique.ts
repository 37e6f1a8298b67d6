/**
 * Checks across the rows of the measure tables (SPEC §8): IDs unique across both tables, priorities unique
 * within a section of one table and numbered 1..n.
 */
import { findingAt } from './validateCells';
import { isValidPriority } from './validateRows';
import { cellAddress } from './rowCells';
import type { Finding, Measure } from './types';

/** id-duplicate at every later occurrence of an ID, across both tables (operating first, then investment). */
export function validateIds(measures: readonly Measure[]): Finding[] {
  const first = new Map<string, Measure>();
  const out: Finding[] = [];
  for (const m of measures) {
    const id = m.id.trim();
    if (id === '') continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, m);
    else
      out.push(
        findingAt(m, 'id-duplicate', 'id', {
          id,
          firstSheet: earlier.sheet,
          firstCell: cellAddress(earlier, 'id') ?? '',
        }),
      );
  }
  return out;
}

/** The rows of one table grouped by section, in sheet order (Map keeps first-seen order). */
function bySection(rows: readonly Measure[]): Map<string, Measure[]> {
  const groups = new Map<string, Measure[]>();
  for (const m of rows) {
    const group = groups.get(m.section) ?? [];
    group.push(m);
    groups.set(m.section, group);
  }
  return groups;
}

function duplicatesIn(section: string, rows: readonly Measure[]): Finding[] {
  const seen = new Map<number, Measure>();
  const out: Finding[] = [];
  for (const m of rows) {
    if (!isValidPriority(m.priority)) continue;
    const earlier = seen.get(m.priority);
    if (earlier === undefined) seen.set(m.priority, m);
    else {
      const params = {
        priority: m.priority,
        section,
        firstId: earlier.id,
        firstCell: cellAddress(earlier, 'priority') ?? '',
      };
      out.push(findingAt(m, 'priority-duplicate', 'priority', params));
    }
  }
  return out;
}

/**
 * priority-gap when the distinct valid priorities of a section are not exactly 1..n (duplicates and invalid
 * priorities have their own findings and are not counted twice here).
 */
function gapIn(section: string, rows: readonly Measure[]): Finding[] {
  const priorities = [...new Set(rows.map((m) => m.priority).filter(isValidPriority))].sort((a, b) => a - b);
  if (priorities.every((p, i) => p === i + 1)) return [];
  const firstRow = rows[0];
  if (firstRow === undefined) return [];
  const params = { section, priorities: priorities.join(', '), count: priorities.length };
  return [findingAt(firstRow, 'priority-gap', 'priority', params)];
}

/** priority-duplicate and priority-gap for the rows of one table. Rows without a section are skipped. */
export function validatePriorities(rows: readonly Measure[]): Finding[] {
  const out: Finding[] = [];
  for (const [section, group] of bySection(rows)) {
    if (section === '') continue;
    out.push(...duplicatesIn(section, group), ...gapIn(section, group));
  }
  return out;
}
