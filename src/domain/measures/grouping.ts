/**
 * Grouping by text the way Excel's SUMIFS does (case and surrounding spaces ignored), shared by the totals and
 * the reconcilers: sections, frames, plan areas, line types and financing sources are groups of this kind.
 */
import type { Lists } from '../model/plan';

/** Grouping key: what Excel's SUMIFS would treat as the same text. */
export function groupKey(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The one key of a reference: a line's Ref, a measure's ID or Ref., a Prosjektnr, a Finansieringskilde —
 * trimmed, case ignored. Lines are matched by it (reconcile/matchLines.ts), assigned to plans by it
 * (consolidate/assign.ts), grouped by it when unmatched (reconcile.ts), and a user's Status and Kommentar on
 * Avstemming are kept by it (sheets/reconciliation.ts), so "D-014" and "d-014" are one reference everywhere.
 */
export const refKey: (ref: string) => string = groupKey;

/**
 * The key a project is reconciled under: its Prosjektnr, or its ID when it has none (reconcile/matchLines.ts,
 * and Avstemming's Tiltak and Rammeområde of a project item, sheets/reconciliation.ts).
 */
export const projectKey = (m: { readonly project: string; readonly id: string }): string =>
  refKey(m.project) || refKey(m.id);

/**
 * groupKey with a memory, for a column whose few texts repeat down thousands of rows (section, frame, area,
 * line type): a lookup of the text as typed instead of a lower-case copy and its hash per row.
 */
export function groupKeys(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = groupKey(text);
      known.set(text, key);
    }
    return key;
  };
}

/** Groups items by a text key (groupKey of it) in first-seen order; each group is shown with its first spelling. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): { label: string; items: T[] }[] {
  const groups = new Map<string, { label: string; items: T[] }>();
  // Counted (per row; docs/performance.md).
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    const label = keyOf(item);
    const key = groupKey(label);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { label: label.trim(), items: [item] });
  }
  return [...groups.values()];
}

/** The name tblRammeomrader gives a frame code (a frame is a group: case and spaces aside), or '' when none. */
export function frameName(frames: Lists['frames'], code: string): string {
  const key = groupKey(code);
  return frames.find((f) => groupKey(f.code) === key)?.name ?? '';
}
