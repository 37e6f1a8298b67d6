/**
 * Measures of two versions matched by ID within their table (SPEC §14): a measure in the newer version only
 * is added, one in the older only is removed, and a matched pair is changed when any compared field differs.
 * A measure without an ID cannot be matched, so it counts as added or removed.
 */
import type { MeasureChange, MeasureEntry, MeasureRef } from '../model/changeSet';
import type { Measure } from '../model/plan';
import type { ColumnSpec } from '../model/schema';
import { fieldChanges, yearRecord, type CommonYear, type Row } from './fields';
import { matchRows } from './match';

export interface MeasureChanges {
  readonly added: MeasureEntry[];
  readonly removed: MeasureEntry[];
  readonly changed: MeasureChange[];
}

function refOf(m: Measure): MeasureRef {
  const { id, table, section, priority, measure, costStatus, sheet, row } = m;
  return { id, table, section, priority, measure, costStatus, sheet, row };
}

const entryOf = (m: Measure, years: readonly number[]): MeasureEntry => ({
  ...refOf(m),
  years: yearRecord(m as unknown as Row, years),
});

/**
 * Compares one table's measures. Duplicate IDs (an error the checker reports) pair up in the order they
 * stand. Added and changed come in the newer version's order, removed in the older's.
 */
export function compareMeasures(
  before: readonly Measure[],
  after: readonly Measure[],
  columns: readonly ColumnSpec[],
  years: { readonly old: readonly number[]; readonly new: readonly number[]; readonly common: readonly CommonYear[] },
  into: MeasureChanges,
): void {
  matchRows(before, after, (m) => (m.id === '' ? null : m.id), {
    pair: (old, m) => {
      const changes = fieldChanges(columns, old as unknown as Row, m as unknown as Row, years.common);
      if (changes.length > 0) into.changed.push({ ...refOf(m), changes });
    },
    added: (m) => into.added.push(entryOf(m, years.new)),
    removed: (m) => into.removed.push(entryOf(m, years.old)),
  });
}
