/**
 * The one formula the in-memory applier computes: a per-row sum, in either spelling the product writes —
 * A1 (=SUM(H5:K5)) or a table's this-row span as a file stores it (=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])),
 * which is also how the Excel adapter reads Excel's "@" spelling (workbook/excel/thisRow.ts). Any other
 * formula keeps the value it was saved with (formulaValue); one the edits write has none yet and reads as null,
 * as a source without cached results would give it.
 */
import { parseRange } from '../model/a1';
import type { CellValue, TableInfo } from '../model/snapshot';

/** The cells of one sheet, by 1-based row and column. */
export type CellLookup = (row: number, col: number) => CellValue;

type Block = NonNullable<ReturnType<typeof parseRange>>;

const A1_SUM = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/i;
const NAME = "((?:[^\\]'#[]|'.)+)";
const THIS_ROW_SUM = new RegExp(
  `^=SUM\\(([A-Za-z_\\\\][\\w.]*)\\[\\[#This Row\\],\\[${NAME}\\]:\\[${NAME}\\]\\]\\)$`,
  'i',
);

const unescapeColumn = (name: string): string => name.replace(/'(.)/g, '$1');

/** The column of a table whose header cell holds `name` (as Excel names table columns), or null. */
function columnNamed(cell: CellLookup, table: Block, name: string): number | null {
  for (let c = table.left; c <= table.right; c++) {
    const v = cell(table.top, c);
    if ((typeof v === 'string' || typeof v === 'number') && String(v).trim() === name) return c;
  }
  return null;
}

/** The block of `info`'s columns `from`:`to` at `row`, or null outside its body (#VALUE!) or a column it lacks. */
function spanIn(info: TableInfo, from: string, to: string, row: number, cell: CellLookup): Block | null {
  const table = parseRange(info.ref);
  if (!table || row <= table.top || row > table.bottom) return null;
  const a = columnNamed(cell, table, unescapeColumn(from));
  const b = columnNamed(cell, table, unescapeColumn(to));
  if (a === null || b === null) return null;
  return { top: row, bottom: row, left: Math.min(a, b), right: Math.max(a, b) };
}

/** The block a this-row span names at `row`, or null when it names nothing. */
function thisRowBlock(m: RegExpExecArray, row: number, tables: readonly TableInfo[], cell: CellLookup): Block | null {
  const [, name = '', from = '', to = ''] = m;
  const named = tables.filter((t) => t.name.toLowerCase() === name.toLowerCase());
  for (const info of named) {
    const block = spanIn(info, from, to, row, cell);
    if (block) return block;
  }
  return null;
}

/**
 * The value of a per-row sum written at `row` of a sheet whose tables are `tables`; null for any other
 * formula. Numbers only count, as SUM counts them.
 */
export function evaluateRowSum(
  formula: string,
  row: number,
  tables: readonly TableInfo[],
  cell: CellLookup,
): CellValue {
  const a1 = A1_SUM.exec(formula);
  const structured = a1 ? null : THIS_ROW_SUM.exec(formula);
  const block = a1 ? parseRange(a1[1] ?? '') : structured ? thisRowBlock(structured, row, tables, cell) : null;
  if (!block) return null;
  let sum = 0;
  for (let r = block.top; r <= block.bottom; r++)
    for (let c = block.left; c <= block.right; c++) {
      const v = cell(r, c);
      if (typeof v === 'number') sum += v;
    }
  return Number(sum.toPrecision(15));
}

/**
 * The value a formula cell at `row` reads back with once edits are applied in memory (snapshotEdits.ts and
 * patchSheet.ts alike): a per-row sum is evaluated; any other formula keeps `saved`, the value the workbook was
 * saved with (null for a formula the edits write). That value may be stale when the formula reads a cell the
 * edits write, but it is still the better reading: it is what the workbook shows until it recalculates, where
 * null would make a user's =K5 in Helårsvirkning an empty cell and the live check report the row's financing as
 * not adding up; the check after writing reads the recalculated value.
 */
export function formulaValue(
  formula: string,
  row: number,
  tables: readonly TableInfo[],
  cell: CellLookup,
  saved: CellValue,
): CellValue {
  return isRowSum(formula) ? evaluateRowSum(formula, row, tables, cell) : saved;
}

/** Whether `formula` is a per-row sum in a spelling the product writes (its Sum periode). */
export const isRowSum = (formula: string): boolean => A1_SUM.test(formula) || THIS_ROW_SUM.test(formula);
