/**
 * Shared pieces of structure repair: the change list the user sees before anything is applied, and where
 * a new block may go without touching a user's cell.
 */
import { findSheet } from '../read/locateTable';
import type { Edit } from '../model/edits';
import { sheetBounds } from '../read/sheetCells';
import { isOccupied } from '../sheets/userCells';
import type { UserCell } from '../model/writePlan';
import type { WorkbookSnapshot } from '../model/snapshot';

/** One change repair proposes (SPEC §11: shown first, applied only when asked). */
export interface StructureChange {
  readonly kind:
    | 'add-sheet'
    | 'add-table'
    | 'add-column'
    | 'grow-table'
    | 'add-name'
    | 'add-setting'
    | 'set-validation'
    | 'set-format'
    | 'set-formula'
    | 'sum-years'
    | 'fix-header';
  readonly sheet: string;
  /** What is changed: a table, column header, workbook name or range. */
  readonly target: string;
  /** A short technical detail (range, formula, count), not a sentence: the UI words it. */
  readonly detail: string;
}

/**
 * A product column repair does not add because a column of hers holds its values under another header (her «Status»
 * at `cell` holding cost statuses): added empty, it would make every measure read as without a value; her header is
 * hers to rename (docs/spec.md §11). `header` the product's header, `found` hers.
 */
export interface HeldColumn {
  readonly sheet: string;
  readonly cell: string;
  readonly header: string;
  readonly found: string;
}

/** The changes and edits of one repair step, the user's cells that kept it from doing more, and columns it held. */
export interface RepairStep {
  readonly changes: StructureChange[];
  readonly edits: Edit[];
  readonly blocked?: readonly UserCell[];
  readonly held?: readonly HeldColumn[];
}

export const NO_STEP: RepairStep = { changes: [], edits: [] };

/** Whether every cell of a block is empty on `sheet`, formulas counting as content (a missing sheet is empty). */
export function isFree(
  wb: WorkbookSnapshot,
  sheet: string,
  top: number,
  left: number,
  bottom: number,
  right: number,
): boolean {
  const s = findSheet(wb, sheet);
  if (!s) return true;
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (isOccupied(s, r, c)) return false;
  return true;
}

/**
 * The first column where a block of `width` columns and `height` rows from row 1 is free: `preferred`
 * when it is, else one empty column right of everything on the sheet.
 */
export function freeLeft(
  wb: WorkbookSnapshot,
  sheet: string,
  preferred: number,
  width: number,
  height: number,
): number {
  if (isFree(wb, sheet, 1, preferred, height, preferred + width - 1)) return preferred;
  const s = findSheet(wb, sheet);
  return s ? Math.max(preferred, sheetBounds(s).right + 2) : preferred;
}
