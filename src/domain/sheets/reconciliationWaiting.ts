/**
 * Whether a row the user left on Avstemming or «Avstemming planer» that no item of this run took may only wait for a
 * table's year headers (SPEC §8 year-columns, §10, §15): when a table's year headers are not the plan period, the
 * items that read its amounts per year are left out of the run (reconcile/unreadYears.ts), so a row she accepted for
 * one of them is not compared — its item is not gone. Its Forklaring then names the headers, not «ingen post har
 * lenger … slett raden». So with a year the economy plan has no amount for yet (TableLayout.yearsEmpty): its items
 * wait for the figures. Only where an item can come back to this sheet: not for a year outside the period (a row kept
 * after a roll), nor for a line this sheet's reconciliation does not read (in a consolidation a line no plan claims is
 * «Avstemming planer»'s, not a plan's Avstemming).
 */
import type { CellInput } from '../model/edits';
import { RECONCILIATION_CODES, type ReconciliationCode } from '../model/reconciliationCodes';
import { refKey } from '../measures/grouping';
import { yearTablesOf, yearWaits, type YearTable } from '../model/yearTables';

const isCode = (code: string): code is ReconciliationCode => (RECONCILIATION_CODES as readonly string[]).includes(code);

/** A row kept on Avstemming as read back: its Kode and key cells. */
type KeptKey = { readonly code: string; readonly cells: Partial<Record<'ref' | 'year', CellInput>> };

/** Where the sheet's items can come from: the plan period, and the Refs of the economy plan lines read (any: all). */
export interface WaitingScope {
  readonly years: readonly number[];
  readonly lines?: ReadonlySet<string>;
}

/** Whether an item of the row's Kode, Ref and År can be on the sheet at all once nothing waits (WaitingScope). */
function canComeBack(code: ReconciliationCode, row: KeptKey, scope: WaitingScope): boolean {
  const year = row.cells.year ?? null;
  if (year !== null && String(year).trim() !== '' && !scope.years.includes(Number(year))) return false;
  if (code !== 'economy-plan-line-unmatched' || scope.lines === undefined) return true;
  return scope.lines.has(refKey(String(row.cells.ref ?? '')));
}

/**
 * A test for kept rows (Kode as read back, its key cells): `yearsNotRead` when its code's items read the amounts per
 * year of a table of `off`, those whose year headers held items back (Report.yearsHeld: in a consolidation the economy
 * plan workbook's table, not the plan's own); `yearsEmpty` when its item compares a year of `empty`, those the economy
 * plan has no amount for yet (yearWaits); else, or when no such item can come back to the sheet (`scope`), undefined.
 * Undefined itself when nothing waits.
 */
export function waitingForYears(
  off: readonly YearTable[],
  empty: readonly number[],
  scope: WaitingScope,
): ((row: KeptKey) => 'yearsNotRead' | 'yearsEmpty' | undefined) | undefined {
  if (off.length === 0 && empty.length === 0) return undefined;
  return (row) => {
    if (!isCode(row.code) || !canComeBack(row.code, row, scope)) return undefined;
    if (yearTablesOf(row.code).some((t) => off.includes(t))) return 'yearsNotRead';
    const year = Number(row.cells.year ?? NaN);
    return yearWaits(row.code, Number.isInteger(year) ? year : undefined, empty) ? 'yearsEmpty' : undefined;
  };
}
