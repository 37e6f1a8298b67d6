/**
 * An amount written into a cell that Excel shows as a date, or keeps as text (SPEC §7, §11). Norwegian Excel
 * makes a typed "1.5" the 1st of May and gives the cell a date format; writing a value keeps a cell's format, so
 * a fixed amount would still show as a date and the next check would still read it as one (amount-invalid). A
 * cell in the text format ("@") stores every number typed into it later as text, which Excel's sums skip
 * (amount-text). Such a cell gets the amount format of the product's own tables with the amount; a cell in any
 * other format keeps it (a user's "# ##0 kr" is theirs), and no cell the edit does not write is touched. Cells
 * inserted for the edit (Excel's Insert › Shift cells down) are another matter: see insertedCellFormats.
 */
import { parseA1 } from '../model/a1';
import type { Edit } from '../model/edits';
import type { Unit } from '../model/money';
import { isDateFormat, isTextFormat } from '../model/numberFormat';
import type { WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';
import { numberFormatAt, originOf } from '../read/sheetCells';
import { AMOUNT_FORMATS } from '../sheets/tableEdits';

/**
 * setNumberFormat edits giving the amount format of `unit` (or `format`, for a cell whose place has another) to
 * those of `cells` (A1, on `sheet`) whose number format, as `wb` reports it, shows a date or time or is the text
 * format. A source that reports no formats gets none.
 */
export function amountFormatEdits(
  wb: WorkbookSnapshot,
  sheet: string,
  cells: readonly string[],
  unit: Unit,
  format: string = AMOUNT_FORMATS[unit],
): Edit[] {
  const s = findSheet(wb, sheet);
  if (!s?.numberFormats) return [];
  const o = originOf(s);
  return cells.flatMap((cell): Edit[] => {
    const at = parseA1(cell);
    const now = at ? numberFormatAt(s, at.row, at.col, o) : null;
    if (now === null || !(isDateFormat(now) || isTextFormat(now))) return [];
    return [{ kind: 'setNumberFormat', sheet, range: cell, format }];
  });
}

/**
 * setNumberFormat edits for `cells` (A1, on `sheet`), written into cells just inserted (insertCells, a target that can
 * insert). Excel gives inserted cells the formats of the cells above them: a date format there shows an amount as a
 * date and the next check reads it as one, the text format stores it as text, a percent shows it a hundredfold. None
 * of that is the user's choice for these cells, and the snapshot knows nothing of them: each cell written gets the
 * format the product means, the amount format of `unit` for those of `amounts`, General for the others (a string
 * Excel might parse gets the text format from the adapter, with its value).
 */
export function insertedCellFormats(
  sheet: string,
  cells: readonly string[],
  amounts: readonly string[],
  unit: Unit,
): Edit[] {
  return cells.map((cell) => ({
    kind: 'setNumberFormat',
    sheet,
    range: cell,
    format: amounts.includes(cell) ? AMOUNT_FORMATS[unit] : GENERAL,
  }));
}

const GENERAL = 'General';
