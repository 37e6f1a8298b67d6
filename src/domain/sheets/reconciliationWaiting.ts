/**
 * Whether a row the user left on Avstemming that no item of this run took may only wait for a table's year headers
 * (SPEC §8 year-columns, §10): when a table's year headers are not the plan period, the items that read its amounts
 * per year are left out of the run (reconcile/unreadYears.ts), so a row she accepted for one of them is not
 * compared — its item is not gone. Its Forklaring then names the headers, not «ingen post har lenger … slett raden».
 */
import type { CellInput } from '../model/edits';
import { RECONCILIATION_CODES, type ReconciliationCode } from '../model/reconciliation';
import { yearTablesOf, type YearTable } from '../model/yearTables';

const isCode = (code: string): code is ReconciliationCode => (RECONCILIATION_CODES as readonly string[]).includes(code);

/**
 * A test for kept rows (Kode as read back, its key cells): true when its code's items read the amounts per year of
 * a table of `off`, those whose year headers held items back (Report.yearsHeld: in a consolidation the economy plan
 * workbook's table, not the plan's own). Undefined when none did (nothing waits).
 */
export function waitingForYears(
  off: readonly YearTable[],
): ((row: { readonly code: string; readonly cells: Partial<Record<'ref', CellInput>> }) => boolean) | undefined {
  if (off.length === 0) return undefined;
  return (row) => isCode(row.code) && yearTablesOf(row.code).some((t) => off.includes(t));
}
