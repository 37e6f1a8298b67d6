/**
 * The economy plan workbook's cells in a consolidation (SPEC §15): a cell of its table that is not a number is named
 * where it is, in that workbook, not on a plan's own Økonomiplan sheet (which is not used).
 */
import { invalidLineCells } from '../reconcile/invalidCells';
import type { ConsolidationItem } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type { EconomyWorkbook } from './economyWorkbook';

/**
 * The findings a plan's items are reconciled with: its own, but of the economy plan cells the workbook's
 * (a cell that is not a number is named where it is: in the economy plan workbook, not on the plan's own sheet,
 * which is not used).
 */
export function lineFindings(own: readonly Finding[], economy: readonly Finding[], sheet: string): Finding[] {
  const isLineCell = (f: Finding) => f.code === 'amount-invalid' && f.sheet === sheet;
  return [...own.filter((f) => !isLineCell(f)), ...economy.filter(isLineCell)];
}

/** The items naming the economy plan cells that are not a number, as one plan's check names them. */
export function withInvalidCells(
  items: ConsolidationItem[],
  economy: EconomyWorkbook,
  sheet: string,
): ConsolidationItem[] {
  const invalidOf = invalidLineCells(economy.findings, sheet);
  if (invalidOf === null) return items;
  return items.map((item) => {
    const invalidCells = invalidOf(item);
    return invalidCells ? { ...item, invalidCells } : item;
  });
}
