/**
 * Amounts typed as text (SPEC §7 `amount-text`): "1 500" or "2,4" that the check counts but Excel's own SUM and
 * SUMIFS skip. The product offers to convert them to real numbers: each such cell gets the number its text
 * reads as, in the workbook's unit, and the amount format when its own format would keep it text ("@") or show
 * it as a date (amountFormat.ts). Only those cells are written: they sit in the product's tables, and the user
 * asks for the conversion after seeing the list. A cell holding a formula whose result is such text is left
 * out: its text was not typed, and writing the number would put a value over the user's formula. The snapshot
 * must hold the formula of every amount cell whose value is number text: a file's holds every formula, and the
 * Excel adapter's check read loads those (src/workbook/excel/textFormulas.ts).
 */
import { parseA1 } from '../model/a1';
import type { Edit } from '../model/edits';
import type { Finding } from '../model/finding';
import type { Unit } from '../model/money';
import { parseNorwegianNumber } from '../model/norwegianNumber';
import type { WorkbookSnapshot } from '../model/snapshot';
import { amountFormatEdits } from './amountFormat';
import { findSheet } from '../read/locateTable';
import { formulaAt } from '../read/sheetCells';
import { setCell } from './common';

/** An amount cell whose text reads as `number` (in the workbook unit). */
export interface TextAmount {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly number: number;
}

/** Whether `cell` (A1) on `sheet` of `wb` holds a formula. */
function holdsFormula(wb: WorkbookSnapshot, sheet: string, cell: string): boolean {
  const s = findSheet(wb, sheet);
  const at = parseA1(cell);
  return s !== undefined && at !== null && (formulaAt(s, at.row, at.col) ?? '') !== '';
}

/** The amount cells of `wb` typed as text (`findings` read from it), in the order of the findings, each cell once. */
export function textAmounts(wb: WorkbookSnapshot, findings: readonly Finding[]): TextAmount[] {
  const seen = new Set<string>();
  const out: TextAmount[] = [];
  for (const f of findings) {
    const text = f.params.value;
    if (f.code !== 'amount-text' || typeof text !== 'string') continue;
    const number = parseNorwegianNumber(text);
    const key = `${f.sheet}!${f.cell}`;
    if (number === null || seen.has(key) || holdsFormula(wb, f.sheet, f.cell)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, cell: f.cell, text, number });
  }
  return out;
}

/**
 * The edits that make each amount of `findings` typed as text a number: first the amount format where the
 * cell's format (as `wb`, the snapshot the findings were read from, reports it) is text or a date, so that
 * Excel takes the number as a number, then the number.
 */
export function planTextAmounts(wb: WorkbookSnapshot, findings: readonly Finding[], unit: Unit): Edit[] {
  const amounts = textAmounts(wb, findings);
  const sheets = [...new Set(amounts.map((a) => a.sheet))];
  const formats = sheets.flatMap((sheet) =>
    amountFormatEdits(
      wb,
      sheet,
      amounts.filter((a) => a.sheet === sheet).map((a) => a.cell),
      unit,
    ),
  );
  return [...formats, ...amounts.map((a) => setCell(a.sheet, a.cell, a.number))];
}
