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
import { textKey } from './sameText';
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

/** The texts (textKey) that stand on exactly one item of `items`; an empty text names nothing. */
function onlyOnce<T extends { readonly measure: string }>(items: readonly T[]): Map<string, T> {
  const seen = new Map<string, T | null>();
  for (const x of items) {
    const key = textKey(x);
    if (key !== '') seen.set(key, seen.has(key) ? null : x);
  }
  return new Map([...seen].filter((e): e is [string, T] => e[1] !== null));
}

/**
 * `list` (the measures removed, or added) with `textOnRow` on each whose Tiltak text stands on a row of `version`'s
 * IDs on several rows that was compared with nothing (D-005 removed, its text on the second D-004 row: typed over).
 * Exact text only (sameText.ts): no guess when two entries or two such rows share the text.
 */
export function withTextOnRows(
  list: readonly MeasureEntry[],
  ids: readonly DuplicateId[],
  version: 'old' | 'new',
): MeasureEntry[] {
  const rows = onlyOnce(ids.filter((d) => d.version === version).flatMap((d) => d.rows.filter((r) => !r.compared)));
  if (rows.size === 0) return [...list];
  const entries = onlyOnce(list);
  return list.map((m) => {
    const row = rows.get(textKey(m));
    return row && entries.get(textKey(m)) === m ? { ...m, textOnRow: { version, cell: row.cell, id: row.id } } : m;
  });
}
