/**
 * The ID columns of the saved versions and archives a check or structure read takes no more of (domain
 * model/readScope.ts versionIdColumns): the block from A1 of each sheet the read leaves out (VERSION_HEADER_WINDOW,
 * as the Excel adapter loads it, excel/versionIds.ts) tells whether it is one and where its IDs stand (domain
 * versionIdColumns); then only the cells of those columns are taken, the rest of the sheet's XML scanned past. A
 * version whole is megabytes at 10 000 measures; its IDs are a column of it.
 */
import { versionIdColumns, VERSION_HEADER_WINDOW, type CellValue, type VersionIdCells } from '../../../domain';
import type { SheetEntry } from '../book';
import { MAX_CELLS } from '../limits';
import type { OpcPackage } from '../package';
import type { ValueContext } from './cellValue';
import { rowPast } from './rowPast';
import { readSheetCells, type CellBudget, type SheetCells } from './sheetCells';

const { rows: ROWS, cols: COLS } = VERSION_HEADER_WINDOW;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The block from A1 as the domain reads a sheet's top: values only, empty cells null. */
function topOf(name: string, cells: SheetCells) {
  const values = range(1, ROWS).map((r): CellValue[] => {
    const line = cells.rows.get(r) ?? [];
    return range(1, COLS).map((c) => line.find((cell) => cell.col === c)?.value ?? null);
  });
  return { sheet: name, origin: 'A1', values };
}

/** The values of the ID columns of `sheet` when it is a version, counted against the read's `budget`; else null. */
export function readVersionIdCells(
  pkg: OpcPackage,
  sheet: SheetEntry,
  ctx: ValueContext,
  budget: CellBudget,
): VersionIdCells | null {
  const head = pkg.textUntil(sheet.part, rowPast(ROWS));
  // Its own budget: the block is a few hundred cells at most.
  const probe = readSheetCells(
    sheet.part,
    head,
    ctx,
    { left: MAX_CELLS, limit: MAX_CELLS },
    ROWS,
    new Set(range(1, COLS)),
  );
  const columns = versionIdColumns(topOf(sheet.name, probe));
  if (!columns) return null;
  const cells = readSheetCells(sheet.part, pkg.text(sheet.part), ctx, budget, Infinity, new Set(columns));
  return { sheet: sheet.name, values: [...cells.rows.values()].flatMap((row) => row.map((c) => c.value)) };
}
