/**
 * What a legacy table's cell is imported as in a text column (Tiltak, Ansvarlig, Kommentar …, and the Kommentar
 * notes of a column with no place), SPEC §11 as built: typed text as typed, and a logical or an error value as her
 * Excel shows it in the import's language (TRUE → «SANN», #VALUE! → «#VERDI!»: ImportOptions.excelValue), as an
 * amount cell's is named in Kommentar. A formula saved without its result has no text to show: never the reader's
 * marker (gridText's), and what it becomes is the caller's (empty and logged in a text column, its formula in a
 * column with no place).
 */
import { cellText, cellValueType } from '../read/sheetCells';
import { isUncalculated, type CellValue } from '../model/snapshot';
import type { LegacyRowContext } from './context';
import { gridText } from './grid';

/** The cell's text as imported: "" for an empty cell and a formula saved without its result. */
export function shownText(ctx: Pick<LegacyRowContext, 'excelValue'>, value: CellValue): string {
  return isUncalculated(value) ? '' : loggedText(ctx, value);
}

/**
 * A cell as a log line names it (a Prioritet, a legacy ID, a value merged down): its gridText, a logical or an
 * error value as her Excel shows it (SANN, #VERDI!), never as JavaScript writes it («true»).
 */
export function loggedText(ctx: Pick<LegacyRowContext, 'excelValue'>, value: CellValue): string {
  return cellValueType(value) === undefined ? gridText(value) : ctx.excelValue(cellText(value));
}

/**
 * A cell as a note names it ("<header>: <value>"): a number as a number, a formula saved without its result as
 * its formula (the user's to judge), any other as shownText.
 */
export function typedValue(ctx: LegacyRowContext, value: CellValue, row: number, col: number): string | number {
  if (typeof value === 'number') return value;
  return isUncalculated(value) ? ctx.grid.formula(row, col) : shownText(ctx, value);
}
