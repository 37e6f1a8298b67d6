/**
 * What a cell's number format says about its number. Norwegian Excel makes a typed "1.5" the 1st of May and
 * gives the cell a date format: the cell then holds a date serial (46143), which only its format tells from an
 * amount. Both adapters read such a number as a date (SPEC §7: amount-invalid), and a write of an amount into
 * such a cell gives it the amount format (measureEdits/amountFormat.ts): one rule for both.
 */

/** Whether a format code shows a date or time (letters d, m, y, h, s outside quotes, brackets and escapes). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare.split(';')[0] ?? '') && !/^[#0.,\s%E+-]*$/.test(bare);
}

/** Whether a format code is Excel's text format ("@"): a number typed into such a cell is stored as text. */
export function isTextFormat(code: string): boolean {
  return code.trim() === '@';
}
