/**
 * A settings or list table the reader finds by its header alone (SPEC §2: by sheet name, once its table name is
 * gone — a plan back from Google Sheets or LibreOffice keeps the cells, not the Excel tables): repair makes the
 * product's Excel table over those very cells, as it does over a measure table's (tables.ts), never a second one
 * with default values elsewhere that the reader would then take for hers. Only where that is plain: its columns side
 * by side, down to the last row any of them holds, on no other table.
 */
import { parseRange, toRange } from '../model/a1';
import { sameName } from '../model/names';
import { headerColumn, type LocatedTable } from '../read/locateTable';
import { cellAt, isBlank, sheetBounds, type Bounds } from '../read/sheetCells';
import type { HeaderLike } from '../read/matchHeader';
import type { WorkbookSnapshot } from '../model/snapshot';

/** The column of each header on the located table's header row, in the order given; null when one is not there. */
export function headerColumns(t: LocatedTable, headers: readonly HeaderLike[]): number[] | null {
  const cols = headers.map((h) => headerColumn(t, h) ?? 0);
  return cols.every((c) => c > 0) ? cols : null;
}

/**
 * The block of a table found by header (`t`, its columns `cols`): its header row to the last row any of its columns
 * holds. Null when the columns are not side by side, or another Excel table of the sheet reaches into the block.
 */
export function blockOverCells(wb: WorkbookSnapshot, t: LocatedTable, cols: readonly number[]): Bounds | null {
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  if (right - left + 1 !== new Set(cols).size) return null;
  let bottom = t.headerRow + 1;
  for (let r = t.headerRow + 1; r <= sheetBounds(t.sheet).bottom; r++)
    if (cols.some((c) => !isBlank(cellAt(t.sheet, r, c)))) bottom = r;
  const box = { top: t.headerRow, left, bottom, right };
  const meets = wb.tables
    .filter((x) => sameName(x.sheet, t.sheet.sheet))
    .flatMap((x) => parseRange(x.ref) ?? [])
    .some((b) => b.top <= box.bottom && b.bottom >= box.top && b.left <= box.right && b.right >= box.left);
  return meets ? null : box;
}

/** The block as a range, «D1:D3». */
export const blockRange = (b: Bounds): string => toRange(b.top, b.left, b.bottom, b.right);
