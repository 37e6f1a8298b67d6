/**
 * IDs on more than one row of a version (SPEC §4: an ID is unique across both tables; the check reports every later
 * row as id-duplicate, §8). Matching by ID (measures.ts) pairs such rows in order with the other version's, so the
 * row left over used to be listed as a new (or removed) measure that is none: the same measure's ID typed twice, or
 * a new measure given an ID already in use. Here such IDs are named with every row and cell, and a row left over
 * whose ID as typed was compared on another row of its version is listed with them instead of as added or removed
 * (one whose spelling differs, d-014 beside D-014, is told apart by it and stays added or removed). Every costed row
 * counts in the totals whatever its findings (SPEC §4), so the totals count it as the check's Sammendrag does; the
 * reports say so.
 */
import type { DuplicateId, DuplicateRow, MeasureEntry } from '../model/changeSet';
import type { Measure } from '../model/plan';
import { groupKey } from '../measures/grouping';
import { sheetAddress } from '../read/rowCells';

/** Of `measures` (one version, operating table first), the keys (groupKey of the ID) on more than one row. */
export function duplicatedKeys(measures: readonly Measure[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const m of measures) {
    if (m.id === '') continue;
    const key = groupKey(m.id);
    if (seen.has(key)) twice.add(key);
    else seen.add(key);
  }
  return twice;
}

/**
 * Whether `m`, left unpaired, is a second row of an ID rather than a measure of its own: its ID as typed stands on
 * a row of its version that was compared (`compared`).
 */
export function isLeftoverDuplicate(m: Measure, compared: ReadonlySet<string>): boolean {
  return m.id !== '' && compared.has(m.id);
}

/** The IDs of `measures` (one version) on more than one row, with every row; `entryOf` lists a row whole. */
export function duplicateIds(
  version: 'old' | 'new',
  measures: readonly Measure[],
  keys: ReadonlySet<string>,
  compared: ReadonlySet<Measure>,
  entryOf: (m: Measure) => MeasureEntry,
): DuplicateId[] {
  if (keys.size === 0) return [];
  const byKey = new Map<string, DuplicateRow[]>();
  for (const m of measures) {
    if (m.id === '' || !keys.has(groupKey(m.id))) continue;
    const row: DuplicateRow = { ...entryOf(m), cell: sheetAddress(m, 'id') ?? m.sheet, compared: compared.has(m) };
    const rows = byKey.get(groupKey(m.id));
    if (rows) rows.push(row);
    else byKey.set(groupKey(m.id), [row]);
  }
  return [...byKey.values()].map((rows) => ({ version, id: rows[0]?.id ?? '', rows }));
}
