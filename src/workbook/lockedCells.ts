/**
 * A protected sheet with unlocked input cells (SPEC §11, "Writing into a user's workbook"), judged the same way by
 * both adapters before anything is written. Excel lets a user type into a protected sheet's unlocked cells (the
 * cell format's Protection › Locked off), and lets an add-in write values into them; everything else a protected
 * sheet forbids unless its protection allows it — formatting cells only with formatCells="0" (Office's
 * allowFormatCells). Tables cannot grow or be made, cells cannot be inserted, drop-downs cannot be set on a
 * protected sheet, whatever it allows, so an edit of those kinds keeps the sheet refused whole.
 *
 * A protected sheet is written only when every edit into it writes values into unlocked cells, or number formats
 * into unlocked cells of a sheet that allows formatting cells: in practice adding a measure into an empty row
 * inside the table, editing or moving a measure. Anything else refuses the sheet, naming the first locked cell
 * when a locked cell was all that stood in the way, or the first table the write would grow or make there.
 */
import { parseA1, parseRange, toA1, type Edit } from '../domain';
import type { ProtectedTable } from './port';
import { writtenSheet, type SheetLookup } from './writtenSheets';

/** What a protected sheet allows besides writing its unlocked cells. */
export interface SheetAllows {
  /** Formatting cells (`<sheetProtection formatCells="0">`, WorksheetProtection.options.allowFormatCells). */
  readonly formatCells: boolean;
  /** The adapter did not learn which of the sheet's cells are locked (Excel: too many to ask): refused whole. */
  readonly locksUnknown?: boolean;
}

export interface LockLookup extends SheetLookup {
  /** What the protected sheet (as the workbook spells it) allows; null for a sheet that is not protected. */
  readonly allows: (sheet: string) => SheetAllows | null;
  /** Whether the cell at (row, col) of `sheet` is locked (true when the adapter cannot tell). */
  readonly locked: (sheet: string, row: number, col: number) => boolean;
}

/** A locked cell that stood in the way of a write into a protected sheet. */
export interface LockedCell {
  readonly sheet: string;
  readonly cell: string;
}

/** The edits a protected sheet can take: values, and number formats where it allows formatting cells. */
export type CellWrite = Extract<Edit, { kind: 'setCells' | 'setNumberFormat' }>;

/** Whether `edit` is one an unlocked cell can take: values, or a number format (when the sheet allows formatting). */
export const isCellWrite = (edit: Edit): edit is CellWrite =>
  edit.kind === 'setCells' || edit.kind === 'setNumberFormat';

/**
 * The cells a cell write writes, row by row: a setCells block's rows each as long as it is (a ragged block writes no
 * cell past a shorter row's end, cells.ts and editCells.ts), a number format's whole range.
 */
export function* writtenCells(edit: CellWrite): Generator<readonly [row: number, col: number]> {
  if (edit.kind === 'setNumberFormat') {
    const b = parseRange(edit.range);
    for (let r = b?.top ?? 1; b && r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) yield [r, c];
    return;
  }
  const at = parseA1(edit.origin);
  if (!at) return;
  for (const [i, row] of edit.values.entries()) for (let j = 0; j < row.length; j++) yield [at.row + i, at.col + j];
}

/** How many cells a cell write writes (writtenCells), without listing them. */
export function writtenCount(edit: CellWrite): number {
  if (edit.kind === 'setCells') return parseA1(edit.origin) ? edit.values.reduce((n, row) => n + row.length, 0) : 0;
  const b = parseRange(edit.range);
  return b ? (b.bottom - b.top + 1) * (b.right - b.left + 1) : 0;
}

/** The first cell `edit` writes, row by row, for which `test` holds (A1), or null. */
export function findCell(edit: CellWrite, test: (row: number, col: number) => boolean): string | null {
  for (const [r, c] of writtenCells(edit)) if (test(r, c)) return toA1(r, c);
  return null;
}

/** Whether a protected sheet that allows `allows` can take `edit`, leaving aside which cells are locked. */
const allowed = (edit: Edit, allows: SheetAllows): boolean =>
  allows.locksUnknown !== true && (edit.kind === 'setCells' || (edit.kind === 'setNumberFormat' && allows.formatCells));

/**
 * Of the existing sheets `written` that are protected, those `edits` may not write: `refused`, each such sheet;
 * `locked`, the first locked cell in the way on those where nothing else was (an edit of another kind, or a format
 * on a sheet that does not allow formatting, refuses a sheet without a cell); `tables`, on a sheet refused for
 * growing or making a table, the first such table. Sheets not refused take the edits.
 */
export function protectedRefusals(
  edits: readonly Edit[],
  written: readonly string[],
  lookup: LockLookup,
): { readonly refused: string[]; readonly locked: LockedCell[]; readonly tables: ProtectedTable[] } {
  const refused: string[] = [];
  const locked: LockedCell[] = [];
  const tables: ProtectedTable[] = [];
  for (const sheet of written) {
    const allows = lookup.allows(sheet);
    if (allows === null) continue;
    const into = edits.filter((e) => {
      const name = writtenSheet(e, lookup);
      return name !== null && lookup.sheet(name) === sheet;
    });
    if (!into.every((e) => allowed(e, allows))) {
      refused.push(sheet);
      const table = into.find((e) => e.kind === 'resizeTable' || e.kind === 'createTable');
      if (table?.kind === 'resizeTable' || table?.kind === 'createTable')
        tables.push({
          sheet,
          table: table.name,
          range: table.ref,
          change: table.kind === 'resizeTable' ? 'grow' : 'make',
        });
      continue;
    }
    for (const e of into) {
      const cell = isCellWrite(e) ? findCell(e, (r, c) => lookup.locked(sheet, r, c)) : null;
      if (cell === null) continue;
      refused.push(sheet);
      locked.push({ sheet, cell });
      break;
    }
  }
  return { refused, locked, tables };
}
