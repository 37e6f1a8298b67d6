/**
 * The cells of a block that have a look of their own: a fill, font, border or alignment (StyleSheet.lookKey, so
 * the number format is left out) other than what an empty cell at that address shows, its row's look (a row
 * coloured whole) or else its column's; and the rows coloured whole themselves. A look is anchored by address: when
 * check --write puts another item on the row of tblAvstemming that a red cell of the user's column (or a yellow row)
 * marked, the red stays there, and the CLI names it.
 */
import { columnLetter } from '../../../domain';
import type { SheetEntry } from '../book';
import type { BookState } from './bookState';
import type { Box } from './ranges';
import { rowStyle } from './rowXml';
import { refColumn, tagAttr } from '../xml/sheetData';

/** A cell's open tag (`<c r="Q14" s="7">`, any prefix); not `<col>`, nor a rich text run's `<r>`. */
const CELL_TAG = /<(?:[\w.-]+:)?c\s[^>]*>/g;

/** A cell with a look of its own: its address (A1), row and column (1 = A). */
export interface OwnLook {
  readonly ref: string;
  readonly row: number;
  readonly col: number;
}

/** The cells of `sheet` in `box` whose look differs from their row's or column's, in sheet order. */
export function ownLooks(state: BookState, sheet: SheetEntry, box: Box): OwnLook[] {
  const doc = state.doc(sheet);
  const styles = state.styles;
  const out: OwnLook[] = [];
  // Each row as stored, its cells' open tags found as text: splitting every row of a large Avstemming is slow.
  for (const [r, xml] of doc.rowTexts()) {
    if (r < box.top || r > box.bottom) continue;
    const row = rowStyle(xml.slice(0, xml.indexOf('>') + 1));
    for (const m of xml.matchAll(CELL_TAG)) {
      const c = refColumn(tagAttr(m[0], 'r') ?? '');
      if (c < box.left || c > box.right) continue;
      const own = Number(tagAttr(m[0], 's') ?? 0);
      const empty = row ?? doc.columnStyle(c);
      if (own !== empty && styles.lookKey(own) !== styles.lookKey(empty))
        out.push({ ref: `${columnLetter(c)}${r}`, row: r, col: c });
    }
  }
  return out;
}

/**
 * The rows of `sheet` in `box` coloured whole: a row style (with customFormat) with a look (lookKey) of its own,
 * other than the plain look and other than what the box's columns already give (a fill of the whole sheet gives
 * every row and every column the same look: no row's mark).
 */
export function rowLooks(state: BookState, sheet: SheetEntry, box: Box): number[] {
  const doc = state.doc(sheet);
  const styles = state.styles;
  const plain = styles.lookKey(0);
  const columns = new Set<string>();
  for (let c = box.left; c <= box.right; c++) columns.add(styles.lookKey(doc.columnStyle(c)));
  const out: number[] = [];
  for (const [r, xml] of doc.rowTexts()) {
    if (r < box.top || r > box.bottom) continue;
    const row = rowStyle(xml.slice(0, xml.indexOf('>') + 1));
    if (row === null) continue;
    const look = styles.lookKey(row);
    if (look !== plain && (columns.size !== 1 || !columns.has(look))) out.push(r);
  }
  return out;
}
