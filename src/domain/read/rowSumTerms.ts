/**
 * Reading a per-row sum (the product's Sum periode in any spelling it writes, sheets/rowSum.ts): the terms of
 * `=SUM(…)` — A1 ranges of a row (=SUM(H5:I5,K5:L5)) or a table's this-row spans as a file stores them
 * (tblTiltakDrift[[#This Row],[2027]:[2028]]) — and the blocks of cells they name. Here in read, so that the check
 * of a Sum periode that counts another column than the years (periodSumSpan.ts) reads it as the applier computes it.
 */
import { parseRange } from '../model/a1';
import { groupEnd } from '../model/formulaScan';
import type { CellValue, TableInfo } from '../model/snapshot';

/** The cells of one sheet, by 1-based row and column. */
export type CellLookup = (row: number, col: number) => CellValue;

export type Block = NonNullable<ReturnType<typeof parseRange>>;

const SUM_CALL = /^=SUM\((.*)\)$/is;
const A1_TERM = /^[A-Z]+\d+(?::[A-Z]+\d+)?$/i;
const NAME = "((?:[^\\]'#[]|'.)+)";
/** One this-row term: `T[[#This Row],[2027]:[2030]]`, or `T[[#This Row],[2029]]` for one column. */
const THIS_ROW_TERM = new RegExp(`^([A-Za-z_\\\\][\\w.]*)\\[\\[#This Row\\],\\[${NAME}\\](?::\\[${NAME}\\])?\\]$`, 'i');

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

/** The block a this-row term names at `row`, or null when it names nothing. */
function thisRowBlock(m: RegExpExecArray, row: number, tables: readonly TableInfo[], cell: CellLookup): Block | null {
  const [, name = '', from = '', to = from] = m;
  const named = tables.filter((t) => t.name.toLowerCase() === name.toLowerCase());
  for (const info of named) {
    const block = spanIn(info, from, to, row, cell);
    if (block) return block;
  }
  return null;
}

/** The arguments of `=SUM(…)`, cut at the commas outside brackets and trimmed; null for any other formula. */
export function sumTerms(formula: string): string[] | null {
  const inner = SUM_CALL.exec(formula.trim())?.[1];
  if (inner === undefined) return null;
  const terms: string[] = [];
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (inner[i] === '[') i = groupEnd(inner, i) - 1;
    else if (i === inner.length || inner[i] === ',') {
      terms.push(inner.slice(from, i).trim());
      from = i + 1;
    }
  }
  if (!terms.every((t) => A1_TERM.test(t) || THIS_ROW_TERM.test(t))) return null;
  // A lone cell or column is a term of a sum of runs only: alone it is no per-row sum the product writes.
  return terms.length > 1 || terms[0]?.includes(':') ? terms : null;
}

/** Whether every term of the per-row sum `formula` is a this-row term: it names the same columns on every body row. */
export function thisRowOnly(formula: string): boolean {
  return sumTerms(formula)?.every((t) => THIS_ROW_TERM.test(t)) === true;
}

/**
 * The blocks a per-row sum at `row` adds up, one per term (`=SUM(H5:I5,K5:L5)`,
 * `=SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]])`); null for any other
 * formula, or when a term names nothing.
 */
export function rowSumBlocks(
  formula: string,
  row: number,
  tables: readonly TableInfo[],
  cell: CellLookup,
): Block[] | null {
  const terms = sumTerms(formula);
  if (!terms) return null;
  const blocks: Block[] = [];
  for (const term of terms) {
    const structured = THIS_ROW_TERM.exec(term);
    const block = structured ? thisRowBlock(structured, row, tables, cell) : parseRange(term);
    if (!block) return null;
    blocks.push(block);
  }
  return blocks;
}
