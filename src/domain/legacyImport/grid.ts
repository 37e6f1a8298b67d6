/**
 * A sheet snapshot seen through absolute 1-based coordinates, with merged cells resolved: a legacy
 * table's header is read cell by cell, and a merged group cell ("Kostnad – Mill kr." over C1:G1) must
 * answer for every column it covers.
 */
import { parseA1, parseRange } from '../model/a1';
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import type { Bounds } from '../read/sheetCells';

export interface Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The cell's own value (null outside the snapshot and in the covered cells of a merge). */
  raw(row: number, col: number): CellValue;
  /** The value of the merged range covering the cell (its top-left value), else the cell's own. */
  filled(row: number, col: number): CellValue;
  /** The merged range covering the cell, or null. */
  mergeAt(row: number, col: number): Bounds | null;
  /** The cell's formula text ("=SUM(C5:C12)"), or "" for a constant or a cell outside the snapshot. */
  formula(row: number, col: number): string;
  /** Whether the sheet hides the row (a measure the old plan had hidden is still imported, and logged). */
  hidden(row: number): boolean;
}

/** Wraps a snapshot; a snapshot with an unreadable origin is treated as starting at A1. */
export function toGrid(snapshot: SheetSnapshot): Grid {
  const origin = parseA1(snapshot.origin) ?? { row: 1, col: 1 };
  const width = snapshot.values.reduce((w, r) => Math.max(w, r.length), 0);
  const hidden = new Set(snapshot.hiddenRows ?? []);
  const merges = (snapshot.merges ?? []).map((m) => parseRange(m)).filter((m): m is Bounds => m !== null);
  const mergeAt = (row: number, col: number): Bounds | null =>
    merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
  // Covered cells of a merge are empty in the snapshot, as in the file: the adapters see to that.
  const raw = (row: number, col: number): CellValue => snapshot.values[row - origin.row]?.[col - origin.col] ?? null;
  return {
    sheet: snapshot.sheet,
    top: origin.row,
    left: origin.col,
    bottom: origin.row + snapshot.values.length - 1,
    right: origin.col + width - 1,
    raw,
    mergeAt,
    hidden: (row) => hidden.has(row),
    formula: (row, col) => snapshot.formulas?.[row - origin.row]?.[col - origin.col] ?? '',
    filled: (row, col) => {
      const m = mergeAt(row, col);
      return m ? raw(m.top, m.left) : raw(row, col);
    },
  };
}

/**
 * A cell value as trimmed text for finding a legacy table's shape ("" for empty; an error, the reader's marker of a
 * formula without its result and a logical value as the snapshot holds them). Not read/sheetCells' cellText, and
 * not what a text column's cell is imported as: that is textValue.ts's shownText.
 */
export function gridText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v).trim();
}

/** Whether every cell of the row between `left` and `right` is empty. */
export function isEmptyRow(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (gridText(grid.raw(row, c)) !== '') return false;
  return true;
}
