/**
 * A line typed right under a measure or economy plan table that did not grow over it (row-below-table,
 * read/rowBelow.ts: LibreOffice never grows a table): repair grows the table over it, as Excel does when a
 * row is typed under a table. The user sees the change in the list before anything is applied; the line's
 * cells stay as typed (the table's later steps may fill its empty Sum periode cell). One row per run: a check
 * reads one row under a table.
 */
import { parseRange, toRange } from '../model/a1';
import { NO_STEP, type RepairStep } from './place';
import type { Finding } from '../model/finding';
import type { TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

/** Grows `layout`'s table over the line under it when the check found one there (`findings`). */
export function growOverRowBelow(
  wb: WorkbookSnapshot,
  layout: TableLayout | null,
  findings: readonly Finding[],
): RepairStep {
  const name = layout?.tableName;
  if (!layout || !name) return NO_STEP;
  const found = findings.some(
    (f) =>
      f.code === 'row-below-table' &&
      String(f.params['table']).toLowerCase() === name.toLowerCase() &&
      f.params['row'] === layout.lastDataRow + 1,
  );
  const info = wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const b = info ? parseRange(info.ref) : null;
  if (!found || !b) return NO_STEP;
  const ref = toRange(b.top, b.left, b.bottom + 1, b.right);
  return {
    changes: [{ kind: 'grow-table', sheet: layout.sheet, target: name, detail: ref }],
    edits: [{ kind: 'resizeTable', name, ref }],
  };
}
