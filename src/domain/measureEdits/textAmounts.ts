/**
 * Amounts typed as text (SPEC §7 `amount-text`): "1 500" or "2,4" that the check counts but Excel's own SUM and
 * SUMIFS skip. The product offers to convert them to real numbers: each such cell gets the number its text
 * reads as, in the workbook's unit, and the amount format when its own format would keep it text ("@") or show
 * it as a date (amountFormat.ts). Only those cells are written: they sit in the product's tables, and the user
 * asks for the conversion after seeing the list.
 */
import type { Edit } from '../model/edits';
import type { Finding } from '../model/finding';
import type { Unit } from '../model/money';
import { parseNorwegianNumber } from '../model/norwegianNumber';
import type { WorkbookSnapshot } from '../model/snapshot';
import { amountFormatEdits } from './amountFormat';
import { setCell } from './common';

/** An amount cell whose text reads as `number` (in the workbook unit). */
export interface TextAmount {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly number: number;
}

/** The amount cells typed as text, in the order of the findings, each cell once. */
export function textAmounts(findings: readonly Finding[]): TextAmount[] {
  const seen = new Set<string>();
  const out: TextAmount[] = [];
  for (const f of findings) {
    const text = f.params.value;
    if (f.code !== 'amount-text' || typeof text !== 'string') continue;
    const number = parseNorwegianNumber(text);
    const key = `${f.sheet}!${f.cell}`;
    if (number === null || seen.has(key)) continue;
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
  const amounts = textAmounts(findings);
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
