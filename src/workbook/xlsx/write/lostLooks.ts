/**
 * The looks the user gave the cells of a block a roll empties (a fill, a font, a border, an alignment; not the
 * number format, which the product sets on its columns) that the rolled table written there does not have: they
 * went with the cells, since the roll moves rows and years (SPEC §11: what is anchored on the cells of the rolled
 * tables is not carried, and the roll names what went). Compared by look, not by place, so that the product's own
 * looks moving with the columns (a user column carried to the end of the table) are not taken for hers.
 */
import { columnLetter, columnNumber, type ColumnLook } from '../../../domain';
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

/**
 * Remembers the looks of `box` before it is emptied, and names a look on whole columns over it (columnLooks);
 * `moved`: the columns' looks a roll moves with their columns (clearOwnedRange `looks`, columnLooks.ts).
 */
export function rememberLooks(state: BookState, sheet: SheetEntry, box: Box, moved?: readonly ColumnLook[]): void {
  const looks = looksIn(state, sheet, box);
  if (looks.size > 0) state.clearedLooks.push({ sheet, box, looks });
  columnLooks(state, sheet, box, following(moved));
}

/**
 * The columns (numbers) whose look goes with the column itself when a roll moves the columns: not a year's (a year
 * column's look stays in its place, on the next year) and not when no column moves (it stays on its letter).
 */
function following(moved?: readonly ColumnLook[]): Set<number> {
  if (!moved || moved.every((l) => l.from === l.to)) return new Set();
  return new Set(moved.flatMap((l) => (l.from !== null && l.year !== true ? [columnNumber(l.from)] : [])));
}

/**
 * A look given to whole columns over `box` (<col style>, a fill on the 2027 column) stays on the column, which the
 * product does not own, and the rolled cells written there take it; but each year column holds the next year after
 * the roll, so it now marks another year: recorded as `columnFormats` with the columns, for the roll to name. When the
 * roll moves the columns, a look on a column other than a year's goes with its column (`follow`): not named.
 */
function columnLooks(state: BookState, sheet: SheetEntry, box: Box, follow: ReadonlySet<number>): void {
  const plain = state.styles.lookKey(0);
  const where = columnStyles(state.doc(sheet).skeleton)
    .filter((c) => c.min <= box.right && c.max >= box.left && state.styles.lookKey(c.style) !== plain)
    .flatMap((c) => {
      // A column whose look goes with it (columnLooks.ts) keeps marking what it marked: not named.
      const [from, to] = [Math.max(c.min, box.left), Math.min(c.max, box.right)];
      if (follow.size === 0) return [[from, to]];
      const left = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((n) => !follow.has(n));
      return left.map((n) => [n, n]);
    })
    .map((span) => span.map(columnLetter))
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
