/**
 * A formula as the file stores it: no "=", and a table's this-row reference in the file's spelling
 * (`[@A]` / `[@[A]:[B]]` → `T[[#This Row],[A]:[B]]`, ../thisRow.ts, the converter the Excel read uses too).
 */
import { fileThisRow } from '../thisRow';

/** Strip a leading "=" from a formula. */
export function bareFormula(f: string): string {
  // Most start with neither a space nor "=" (every link of Avstemming): no regular expression run for them.
  const first = f.charCodeAt(0);
  if (first > 32 && first < 128 && first !== 61) return f;
  return f.replace(/^\s*=/, '');
}

/**
 * The file-format spelling of a formula: `[@A]` → `T[[#This Row],[A]]`, no "=". `table` is the table the
 * cell is in; a reference without a table name gets it, as Excel stores it (null: none is known).
 */
export function fileCalculatedFormula(formula: string, table: string | null): string {
  // Most formulas the product writes (links, sums over ranges) have no structured reference: measured hot
  // in check --write, where every Avstemming row holds such formulas.
  if (!formula.includes('[')) return bareFormula(formula);
  return bareFormula(fileThisRow(formula, table));
}
