/**
 * Lines typed right under a measure or economy plan table that did not grow over them (row-below-table,
 * read/rowBelow.ts: LibreOffice never grows a table): repair grows the table over them, as Excel does when a
 * row is typed under a table. The user sees the change in the list before anything is applied; the lines'
 * cells stay as typed (the table's later steps may fill their empty Sum periode cells). The check tells the
 * run of such lines from the row right under the table down, so the table grows to the run's last row.
 */
import { parseRange, toRange } from '../model/a1';
import { NO_STEP, type RepairStep } from './place';
import type { Finding } from '../model/finding';
import type { TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

/** Grows `layout`'s table over the lines under it that the check found (`findings`). */
export function growOverRowBelow(
  wb: WorkbookSnapshot,
  layout: TableLayout | null,
  findings: readonly Finding[],
): RepairStep {
  const name = layout?.tableName;
  if (!layout || !name) return NO_STEP;
  const below = new Set<unknown>();
  for (const f of findings) {
    if (f.code === 'row-below-table' && String(f.params['table']).toLowerCase() === name.toLowerCase())
      below.add(f.params['row']);
  }
  let last = layout.lastDataRow;
  while (below.has(last + 1)) last++;
  const info = wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const b = info ? parseRange(info.ref) : null;
  if (last === layout.lastDataRow || !b) return NO_STEP;
  const ref = toRange(b.top, b.left, b.bottom + last - layout.lastDataRow, b.right);
  return {
    changes: [{ kind: 'grow-table', sheet: layout.sheet, target: name, detail: ref }],
    edits: [{ kind: 'resizeTable', name, ref }],
  };
}
