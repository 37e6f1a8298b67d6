/**
 * Whether a row the user left on Avstemming that no item of this run took may only wait for a table's year headers
 * (SPEC §8 year-columns, §10): when a table's year headers are not the plan period, the items that read its amounts
 * per year are left out of the run (reconcile/unreadYears.ts), so a row she accepted for one of them is not
 * compared — its item is not gone. Its Forklaring then names the headers, not «ingen post har lenger … slett raden».
 * So with a year the economy plan has no amount for yet (TableLayout.yearsEmpty): its items wait for the figures.
 */
import type { CellInput } from '../model/edits';
import { RECONCILIATION_CODES, type ReconciliationCode } from '../model/reconciliation';
import { yearTablesOf, yearWaits, type YearTable } from '../model/yearTables';

const isCode = (code: string): code is ReconciliationCode => (RECONCILIATION_CODES as readonly string[]).includes(code);

/** A row kept on Avstemming as read back: its Kode and key cells. */
type KeptKey = { readonly code: string; readonly cells: Partial<Record<'ref' | 'year', CellInput>> };

/**
 * A test for kept rows (Kode as read back, its key cells): `yearsNotRead` when its code's items read the amounts per
 * year of a table of `off`, those whose year headers held items back (Report.yearsHeld: in a consolidation the economy
 * plan workbook's table, not the plan's own); `yearsEmpty` when its item compares a year of `empty`, those the economy
 * plan has no amount for yet (yearWaits); else undefined. Undefined itself when nothing waits.
 */
export function waitingForYears(
  off: readonly YearTable[],
  empty: readonly number[],
): ((row: KeptKey) => 'yearsNotRead' | 'yearsEmpty' | undefined) | undefined {
  if (off.length === 0 && empty.length === 0) return undefined;
  return (row) => {
    if (!isCode(row.code)) return undefined;
    if (yearTablesOf(row.code).some((t) => off.includes(t))) return 'yearsNotRead';
    const year = Number(row.cells.year ?? NaN);
    return yearWaits(row.code, Number.isInteger(year) ? year : undefined, empty) ? 'yearsEmpty' : undefined;
  };
}
