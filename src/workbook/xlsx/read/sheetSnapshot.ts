/**
 * A sheet's cells as the domain's SheetSnapshot: the block from the first to the last row and column that
 * hold a value or a formula, with ragged rows (a row ends at its last such cell), so that a long thin
 * column of notes does not turn into a wide block of nulls. Number formats come from each cell's style,
 * else its row's, else its column's. In `formatBlocks` (a table's body, and the row under a measure table) a
 * cell whose style has a number format counts too, so that the formats of cells that hold nothing are seen:
 * an empty table's, and the date format a deleted "1.5" leaves where a new measure goes.
 */
import { toA1, type CellValue, type SheetSnapshot } from '../../../domain';
import type { CellFormats } from './numberFormats';
import type { ReadCell, SheetCells } from './sheetCells';

/** One shared empty row for rows (or formula and format rows) that hold nothing. */
const EMPTY: readonly never[] = Object.freeze([]);

const holds = (c: ReadCell): boolean => c.value !== null || c.formula !== null;

function columnStyle(cells: SheetCells, col: number): number {
  for (const s of cells.colStyles) if (col >= s.min && col <= s.max) return s.style;
  return 0;
}

/** A block of a sheet (1-based, inclusive) whose formatted cells count: see toSheetSnapshot. */
export interface FormatBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

type Span = { readonly left: number; readonly right: number };

/** The columns the blocks that cover `row` span (two tables side by side: both, and what lies between). */
function spanAt(blocks: readonly FormatBlock[], row: number): Span | undefined {
  let span: Span | undefined;
  for (const b of blocks) {
    if (row < b.top || row > b.bottom) continue;
    span = span ? { left: Math.min(span.left, b.left), right: Math.max(span.right, b.right) } : b;
  }
  return span;
}

/** Whether a cell counts for the block: it holds something, or it is a formatted cell of a format block. */
type Counts = (c: ReadCell, span: Span | undefined) => boolean;

/** The block's bounds, or null when no cell counts. */
function boundsOf(
  cells: SheetCells,
  counts: Counts,
  formatBlocks: readonly FormatBlock[],
): { top: number; bottom: number; left: number; right: number } | null {
  let [top, bottom, left] = [Infinity, -Infinity, Infinity];
  for (const [r, line] of cells.rows) {
    const span = spanAt(formatBlocks, r);
    for (const c of line) {
      if (!counts(c, span)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c.col < left) left = c.col;
    }
  }
  return top === Infinity ? null : { top, bottom, left, right: 0 };
}

/** The snapshot of one sheet. */
export function toSheetSnapshot(
  sheet: string,
  cells: SheetCells,
  formats: CellFormats,
  formatBlocks: readonly FormatBlock[] = [],
): SheetSnapshot {
  const counts: Counts = (c, span) =>
    holds(c) || (span !== undefined && c.col >= span.left && c.col <= span.right && formats.formatOf(c.style) !== null);
  const b = boundsOf(cells, counts, formatBlocks);
  const view = {
    ...(cells.pane ? { pane: cells.pane } : {}),
    ...(cells.sizedColumns.length > 0 ? { sizedColumns: cells.sizedColumns } : {}),
  };
  if (!b) return { sheet, origin: 'A1', values: [], formulas: [], numberFormats: [], merges: cells.merges, ...view };
  const values: (readonly CellValue[])[] = [];
  const formulas: (readonly (string | null)[])[] = [];
  const numberFormats: (readonly (string | null)[])[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const line = (cells.rows.get(r) ?? EMPTY).filter((c) => c.col >= b.left);
    const span = spanAt(formatBlocks, r);
    let end = -1;
    for (const c of line) if (counts(c, span) && c.col - b.left > end) end = c.col - b.left;
    if (end < 0) {
      values.push(EMPTY);
      formulas.push(EMPTY);
      numberFormats.push(EMPTY);
      continue;
    }
    const vs = new Array<CellValue>(end + 1).fill(null);
    let fs: (string | null)[] | null = null;
    const styles = new Array<number>(end + 1).fill(-1);
    for (const c of line) {
      const i = c.col - b.left;
      if (i > end) continue;
      vs[i] = c.value;
      styles[i] = c.style;
      if (c.formula !== null) (fs ??= new Array<string | null>(end + 1).fill(null))[i] = c.formula;
    }
    const rowStyle = cells.rowStyles.get(r);
    let ns: (string | null)[] | null = null;
    for (let i = 0; i <= end; i++) {
      const style = styles[i] !== -1 ? (styles[i] as number) : (rowStyle ?? columnStyle(cells, b.left + i));
      const format = formats.formatOf(style);
      if (format !== null) (ns ??= new Array<string | null>(end + 1).fill(null))[i] = format;
    }
    values.push(vs);
    formulas.push(fs ?? EMPTY);
    numberFormats.push(ns ?? EMPTY);
  }
  const hidden = cells.hiddenRows.length > 0 ? { hiddenRows: cells.hiddenRows } : {};
  return {
    sheet,
    origin: toA1(b.top, b.left),
    values,
    formulas,
    numberFormats,
    merges: cells.merges,
    ...hidden,
    ...view,
  };
}
