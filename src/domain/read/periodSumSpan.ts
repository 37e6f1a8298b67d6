/**
 * Sum periode counting other cells than the year columns (SPEC §2: column order is free; §4: Sum periode is
 * `=SUM(<year columns>)`). The product's span from the first year to the last, `tblTiltakDrift[[#This Row],[2027]:[2030]]`,
 * sums exactly the years only while they stand side by side in period order: a column of hers dragged between two
 * years is counted, a year dragged out of order is missed, and her table shows another sum per measure (the
 * financing base of an Engangs measure). Told once per table as formula-overwritten at the first measure's cell,
 * naming the column counted that is not a year or the year missed, or the year counted twice. Judged for a per-row sum
 * only (rowSumTerms.ts; any other formula of hers is hers), also when the years stand side by side in period order: a
 * span in the product's spelling may still miss a year (=SUM(tblTiltakDrift[[#This Row],[2028]:[2030]]), =SUM(H2:J2)).
 */
import { columnLetter, toA1 } from '../model/a1';
import { makeFinding, type Finding } from '../model/finding';
import { joinNames } from '../model/nameList';
import { headerText } from './matchHeader';
import type { LocatedTable } from './locateTable';
import type { MappedTable } from './table';
import type { Years } from '../model/plan';
import type { TableInfo } from '../model/snapshot';
import { rowSumBlocks, thisRowOnly, type Block, type CellLookup } from './rowSumTerms';
import { cellAt, cellText, formulaAt } from './sheetCells';

/** The year columns in period order, or null when a year has none. */
function yearColumns(m: MappedTable, years: Years): number[] | null {
  const columns = years.map((y) => m.yearColumns.get(y));
  return columns.some((c) => c === undefined) ? null : (columns as number[]);
}

/**
 * The blocks of the per-row sum at each row, read once per distinct formula text: the same formula fills the column
 * (10 000 measures), and a sum of this-row terms names the same columns on every body row. An A1 sum names its own
 * rows (=SUM(H5:K5)): read where it stands.
 */
function blocksByText(
  tables: readonly TableInfo[],
  cell: CellLookup,
): (formula: string, row: number) => Block[] | null {
  const read = new Map<string, Block[] | null>();
  return (formula, row) => {
    const known = read.get(formula);
    if (known !== undefined) return known && known.map((b) => ({ ...b, top: row, bottom: row }));
    const blocks = rowSumBlocks(formula, row, tables, cell);
    if (!blocks || thisRowOnly(formula)) read.set(formula, blocks);
    return blocks;
  };
}

/** The finding of a per-row sum that counts `twice`, years, more than once (and every year, and nothing else). */
function twiceFinding(
  t: LocatedTable,
  m: MappedTable,
  row: number,
  col: number,
  formula: string,
  twice: Years,
): Finding {
  const idCol = m.columns.get('id');
  const id = idCol === undefined ? '' : cellText(cellAt(t.sheet, row, idCol)).trim();
  const params = {
    column: headerText(cellAt(t.sheet, t.headerRow, col)),
    value: formula,
    reason: 'span-twice',
    years: twice.join(', '),
  } as const;
  return makeFinding('formula-overwritten', t.sheet.sheet, toA1(row, col), params, id || undefined);
}

/** The finding on the first body row whose Sum periode sums other cells than the year columns, or null. */
export function periodSumSpanFinding(
  t: LocatedTable,
  m: MappedTable,
  years: Years,
  tables: readonly TableInfo[],
  last: number,
): Finding | null {
  const col = m.columns.get('periodSum');
  const yearCols = col === undefined ? null : yearColumns(m, years);
  if (col === undefined || !yearCols) return null;
  const cell: CellLookup = (r, c) => cellAt(t.sheet, r, c);
  const blocksAt = blocksByText(tables, cell);
  const wanted = new Set(yearCols);
  // A this-row sum judged right once is right on every row: the check at 10 000 measures skips the rest by its text
  // (measured: judging each row cost the check a fifth; docs/performance.md «Hot functions»).
  const right = new Set<string>();
  for (let row = t.firstDataRow; row <= last; row++) {
    const formula = formulaAt(t.sheet, row, col) ?? '';
    if (formula === '' || right.has(formula)) continue;
    const blocks = blocksAt(formula, row);
    if (!blocks) continue;
    // How many times each column is added: two terms over one year (a sum of runs written before she moved a year
    // again, [2027]:[2028] now over 2029 and 2030 too) count it twice, as SUM does.
    const counted = new Map<number, number>();
    for (const b of blocks)
      for (let c = b.left; c <= b.right; c++)
        if (b.top === row && b.bottom === row) counted.set(c, (counted.get(c) ?? 0) + 1);
    const others = [...counted.keys()].filter((c) => !wanted.has(c)).sort((a, b) => a - b);
    const missed = years.filter((_, i) => !counted.has(yearCols[i] ?? 0));
    const twice = years.filter((_, i) => (counted.get(yearCols[i] ?? 0) ?? 0) > 1);
    if (others.length === 0 && missed.length === 0 && twice.length === 0) {
      if (thisRowOnly(formula)) right.add(formula);
      continue;
    }
    if (others.length === 0 && missed.length === 0) return twiceFinding(t, m, row, col, formula, twice);
    const other = joinNames(others.map((c) => headerText(cellAt(t.sheet, t.headerRow, c)) || columnLetter(c)));
    const reason = others.length === 0 ? 'span-missing' : missed.length === 0 ? 'span-other' : 'span-other-missing';
    const idCol = m.columns.get('id');
    const id = idCol === undefined ? '' : cellText(cellAt(t.sheet, row, idCol)).trim();
    const params = {
      column: headerText(cellAt(t.sheet, t.headerRow, col)),
      value: formula,
      reason,
      ...(others.length > 0 && { other }),
      ...(missed.length > 0 && { years: missed.join(', ') }),
    } as const;
    return makeFinding('formula-overwritten', t.sheet.sheet, toA1(row, col), params, id || undefined);
  }
  return null;
}
