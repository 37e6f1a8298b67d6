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
import type { Finding } from '../model/finding';

/** A line under a table, outside it, that the roll left where it stood (or did not carry). */
export interface RowBelowLeft {
  readonly sheet: string;
  /** Its first filled cell (A1), as the check names it. */
  readonly cell: string;
  readonly row: number;
  /** The table it stands under (tblTiltakDrift, tblOkonomiplan …). */
  readonly table: string;
}

/** The rows the check of the plan being rolled reported under a table, outside it, in the order found. */
export function rowsBelowLeft(findings: readonly Finding[]): RowBelowLeft[] {
  return findings.flatMap((f) =>
    f.code === 'row-below-table'
      ? [{ sheet: f.sheet, cell: f.cell, row: Number(f.params['row']), table: String(f.params['table']) }]
      : [],
  );
}
