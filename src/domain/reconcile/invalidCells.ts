/**
 * The economy plan cells that are not a number (amount-invalid: counted as 0, SPEC §4) an item compares: a
 * year's item by its cell, an item of the whole period (no year) by its line's row. An item adding up several
 * lines names the first line's cell, and so that line's invalid cells only. One plan's check and the
 * consolidation (SPEC §15) name them alike.
 */
import type { Finding } from '../model/finding';

/** What an item is looked up by: its year, and its economy plan cell ("Sheet!A1"). */
interface Compared {
  readonly year?: number | undefined;
  readonly cells: { readonly economyPlan?: string | undefined };
}

/** "Sheet!A12" → "Sheet!12": the row of a cell address, for an item that covers a line's whole period. */
const rowOf = (address: string): string => address.replace(/![A-Z]+(\d+)$/, '!$1');

/**
 * From the amount-invalid findings on `sheet`, a lookup of the invalid cells an item compares (undefined when
 * none); null when the sheet has none, so a caller can skip its items.
 */
export function invalidLineCells(
  findings: readonly Finding[],
  sheet: string,
): ((item: Compared) => string[] | undefined) | null {
  const cells = new Set<string>();
  const rows = new Set<string>();
  for (const f of findings) {
    if (f.code !== 'amount-invalid' || f.sheet !== sheet) continue;
    cells.add(`${f.sheet}!${f.cell}`);
    rows.add(rowOf(`${f.sheet}!${f.cell}`));
  }
  if (cells.size === 0) return null;
  return (item) => {
    const cell = item.cells.economyPlan;
    if (cell === undefined) return undefined;
    if (item.year !== undefined) return cells.has(cell) ? [cell] : undefined;
    if (!rows.has(rowOf(cell))) return undefined;
    return [...cells].filter((c) => rowOf(c) === rowOf(cell));
  };
}
