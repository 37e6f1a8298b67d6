/**
 * The looks the user gave the cells of a block a roll empties (a fill, a font, a border, an alignment; not the
 * number format, which the product sets on its columns) that the rolled table written there does not have: they
 * went with the cells, since the roll moves rows and years (SPEC §11: what is anchored on the cells of the rolled
 * tables is not carried, and the roll names what went). Compared by look, not by place, so that the product's own
 * looks moving with the columns (a user column carried to the end of the table) are not taken for hers.
 */
import { columnLetter } from '../../../domain';
import type { SheetEntry } from '../book';
import type { BookState } from './bookState';
import type { Box } from './ranges';
import { cellStyleOf } from './rowXml';
import { columnStyles } from './columns';

/** The looks of the cells in `box` (StyleSheet.lookKey), the workbook's default look left out. */
function looksIn(state: BookState, sheet: SheetEntry, box: Box): Set<string> {
  const doc = state.doc(sheet);
  const styles = state.styles;
  const out = new Set<string>(); // StyleSheet memoises lookKey per xf: a rolled table has many cells, few xfs
  for (const r of doc.rowNumbers()) {
    if (r < box.top || r > box.bottom) continue;
    for (const [c, xml] of doc.rowCells(r) ?? []) {
      const s = c >= box.left && c <= box.right ? cellStyleOf(xml) : 0;
      if (s !== 0) out.add(styles.lookKey(s));
    }
  }
  out.delete(styles.lookKey(0));
  return out;
}

/** Remembers the looks of `box` before it is emptied, and names a look on whole columns over it (columnLooks). */
export function rememberLooks(state: BookState, sheet: SheetEntry, box: Box): void {
  const looks = looksIn(state, sheet, box);
  if (looks.size > 0) state.clearedLooks.push({ sheet, box, looks });
  columnLooks(state, sheet, box);
}

/**
 * A look given to whole columns over `box` (<col style>, a fill on the 2027 column) stays on the column, which the
 * product does not own, and the rolled cells written there take it; but each year column holds the next year after
 * the roll, so it now marks another year: recorded as `columnFormats` with the columns, for the roll to name.
 */
function columnLooks(state: BookState, sheet: SheetEntry, box: Box): void {
  const plain = state.styles.lookKey(0);
  const where = columnStyles(state.doc(sheet).skeleton)
    .filter((c) => c.min <= box.right && c.max >= box.left && state.styles.lookKey(c.style) !== plain)
    .map((c) => [Math.max(c.min, box.left), Math.min(c.max, box.right)].map(columnLetter))
    .map(([from, to]) => (from === to ? `${from}` : `${from}:${to}`));
  if (where.length > 0) state.dropped.push({ sheet: sheet.name, extra: 'columnFormats', where });
}

/** After a batch: each sheet where a remembered look is no longer in its block is recorded as `cellFormats`. */
export function nameLostLooks(state: BookState): void {
  for (const { sheet, box, looks } of state.clearedLooks.splice(0)) {
    const now = looksIn(state, sheet, box);
    const lost = [...looks].some((k) => !now.has(k));
    if (lost && !state.dropped.some((d) => d.sheet === sheet.name && d.extra === 'cellFormats'))
      state.dropped.push({ sheet: sheet.name, extra: 'cellFormats' });
  }
}
