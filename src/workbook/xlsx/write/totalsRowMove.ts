/**
 * A table's Total Row moved down as the table grows (review r22): Excel adds a row to such a table above its Total
 * Row, which moves down with its cells as they are — a label, SUBTOTAL(109,tblTiltakDrift[2027]), whose structured
 * reference totals the grown column without a change. The rows it leaves take the look of the body row above them,
 * as a new table row does in Excel.
 */
import { columnLetter } from '../../../domain';
import type { SheetDoc } from './sheetDoc';

/** A cell's XML with its address (the r attribute) set to (r, c). */
const movedTo = (xml: string, r: number, c: number): string =>
  xml.replace(/^(<(?:[\w.-]+:)?c\b[^>]*?\sr=")[^"]*"/, `$1${columnLetter(c)}${r}"`);

/**
 * The cells of the Total Row in row `from`, columns `left`..`right`, moved to row `to` (below `from`); the cells of
 * `from` keep the style of the cell above them and nothing else. A column where the Total Row has no cell leaves row
 * `to` as it was (empty: the caller made sure nothing of the user's is there).
 */
export function moveTotalsRow(doc: SheetDoc, from: number, to: number, left: number, right: number): void {
  for (let c = left; c <= right; c++) {
    const own = doc.cell(from, c);
    if (own !== undefined) doc.putCell(to, c, movedTo(own, to, c));
    const above = doc.styleAt(from - 1, c);
    doc.putCell(from, c, null);
    if (above !== 0) doc.restyle(from, c, above);
  }
}
