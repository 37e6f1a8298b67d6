/**
 * Lines typed under a measure or economy plan table that the table did not grow over (the check's row-below-table,
 * read/rowBelow.ts): the roll rewrites the tables only, so such a row keeps its cells where they stood while the
 * year headers above it move one year on — its 2027 amount now stands under 2028 — or, in the pane's new workbook,
 * is not carried at all. The roll does not take it into the table: it cannot tell a measure left outside from a sum
 * or note row of the user's own that only looks like one, and a user's cell below a table is never moved or
 * overwritten (SPEC §11); repair takes such a row in only when the user asks, having seen the change. So the roll
 * names each such row (sheet, row, table), for her to take it into the table of the plan she rolled from and roll
 * again, or to move its figures herself.
 */
import { columnNumber } from '../model/a1';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';
import { cellAt, cellText } from '../read/sheetCells';

/** A line under a table, outside it, that the roll left where it stood (or did not carry). */
export interface RowBelowLeft {
  readonly sheet: string;
  /** Its first filled cell (A1), as the check names it. */
  readonly cell: string;
  readonly row: number;
  /** The table it stands under (tblTiltakDrift, tblOkonomiplan …). */
  readonly table: string;
  /** Whether it holds anything in the table's year columns: only then does an amount now stand under another year. */
  readonly amounts: boolean;
}

/** Whether `row` of `table`'s sheet holds anything under one of the table's year columns. */
function hasYearAmounts(snapshot: WorkbookSnapshot, plan: Plan, table: string, row: number): boolean {
  const { operating, investment, economyPlan } = plan.layouts;
  const layout = [operating, investment, economyPlan].find((l) => l?.tableName === table);
  const sheet = layout ? findSheet(snapshot, layout.sheet) : undefined;
  if (!layout || !sheet) return true;
  return Object.values(layout.yearColumns).some((c) => cellText(cellAt(sheet, row, columnNumber(c))).trim() !== '');
}

/** The rows the check of the plan being rolled reported under a table, outside it, in the order found. */
export function rowsBelowLeft(findings: readonly Finding[], snapshot: WorkbookSnapshot, plan: Plan): RowBelowLeft[] {
  return findings.flatMap((f) => {
    if (f.code !== 'row-below-table') return [];
    const [row, table] = [Number(f.params['row']), String(f.params['table'])];
    return [{ sheet: f.sheet, cell: f.cell, row, table, amounts: hasYearAmounts(snapshot, plan, table, row) }];
  });
}
