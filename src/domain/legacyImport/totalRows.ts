/**
 * Total rows of a legacy table (SPEC §11): a total row is never a measure. A row is one when its first text
 * is a total word ("Sum", "Sum drift", "Totalt", "I alt", "SUM INVESTERING" …) or when an amount cell sums
 * rows above it (=SUM(C5:C12), =SUBTOTAL(9,C5:C12)); a row's own Sum periode (=SUM(C13:F13)) does not count.
 */
import { parseRange } from '../model/a1';
import type { Grid } from './grid';
import type { LegacyTable } from './header';

/**
 * "Sum", "Sum drift", "SUM INVESTERING", "Totalt", "Total", "I alt", "Samlet sum", "Sum totalt:" …, and
 * "Totalsum drift", "Til sammen", and "Summer" alone as a row's label ("Summer for ungdom" is a measure).
 */
const TOTAL_WORDS = /^(?:sum|totalt|totalsum|i alt|samlet sum|sammenlagt|til ?sammen)(?:\s|:|$)|^(?:total|summer):?$/;

/** Whether a text reads as a total row's label. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_WORDS.test(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * The ranges of a =SUM(...) formula, or of =SUBTOTAL(9 or 109, ...) (what Excel's AutoSum writes under a
 * filtered list: a sum too), or [] for any other formula.
 */
function sumRanges(formula: string): string[] {
  const m = /^=\s*(?:SUM\s*\(|SUBTOTAL\s*\(\s*(?:9|109)\s*[,;])(.*)\)\s*$/i.exec(formula.trim());
  if (!m) return [];
  return (m[1] ?? '').split(/[,;]/).map((r) => r.replace(/\$/g, '').trim());
}

/** Whether the formula sums cells that all lie above `row` (the measures above a total row). */
function sumsRowsAbove(formula: string, row: number): boolean {
  const ranges = sumRanges(formula).map((r) => parseRange(r.includes(':') ? r : `${r}:${r}`));
  return ranges.length > 0 && ranges.every((b) => b !== null && b.bottom < row);
}

/** Why a row is a total row: its total word ("Sum drift") or the formula summing the rows above it. */
export type TotalRowReason = { readonly label: string } | { readonly formula: string };

/** Why data row `row` of `table` is a total row, for the log, or null when it is not one. */
export function totalRowLabel(grid: Grid, table: LegacyTable, row: number): TotalRowReason | null {
  for (let c = table.left; c <= table.right; c++) {
    const value = grid.raw(row, c);
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (isTotalLabel(value)) return { label: value.trim() };
    break;
  }
  for (let c = table.left; c <= table.right; c++) {
    const formula = grid.formula(row, c);
    if (formula !== '' && sumsRowsAbove(formula, row)) return { formula: formula.trim() };
  }
  return null;
}
