/**
 * A formula as the file stores it: no "=", and a table's this-row reference in the file's spelling
 * (`[@A]` / `[@[A]:[B]]` → `T[[#This Row],[A]:[B]]`, ../thisRow.ts, the converter the Excel read uses too).
 */
import { fileThisRow } from '../thisRow';

/** Strip a leading "=" from a formula. */
export const bareFormula = (f: string): string => f.replace(/^\s*=/, '');

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
