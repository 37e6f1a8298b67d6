/**
 * Whether a sheet a versions or roll read does not take by its name is a saved version (SPEC §14), whatever a user renamed
 * it to: the domain tells a version by its header inside VERSION_HEADER_WINDOW rows from the first row with a value
 * (isVersionSheet), so only those rows are parsed, and a sheet of a thousand notes costs a few dozen rows.
 */
import { isVersionSheet, VERSION_HEADER_WINDOW, type SheetSnapshot } from '../../../domain';
import type { SheetEntry } from '../book';
import { MAX_CELLS } from '../limits';
import type { OpcPackage } from '../package';
import type { ValueContext } from './cellValue';
import type { CellFormats } from './numberFormats';
import { rowPast } from './rowPast';
import { readSheetCells, type SheetCells } from './sheetCells';
import { toSheetSnapshot } from './sheetSnapshot';

/** The first row holding a value or a formula (a row of styled empty cells is not part of the used range). */
function firstFilledRow(cells: SheetCells): number | undefined {
  let first: number | undefined;
  for (const [row, line] of cells.rows)
    if (line.some((c) => c.value !== null || c.formula !== null)) first = Math.min(first ?? row, row);
  return first;
}

/**
 * The block of the sheet a version is told by: its cells down to VERSION_HEADER_WINDOW rows from its first filled
 * row, all columns (the domain looks from their top-left, wherever a user moved the version); null when the sheet
 * holds nothing. Only those rows are parsed.
 */
export function versionTop(
  pkg: OpcPackage,
  sheet: SheetEntry,
  ctx: ValueContext,
  formats: CellFormats,
): SheetSnapshot | null {
  const rows = VERSION_HEADER_WINDOW.rows;
  let lastRow = rows;
  for (;;) {
    const xml = pkg.textUntil(sheet.part, rowPast(lastRow));
    // Its own budget: the window is at most a few dozen rows, and a version found is read (and counted) again.
    const cells = readSheetCells(sheet.part, xml, ctx, { left: MAX_CELLS, limit: MAX_CELLS }, lastRow);
    const top = firstFilledRow(cells);
    if (top !== undefined && top + rows - 1 <= lastRow) return toSheetSnapshot(sheet.name, cells, formats);
    // Nothing filled yet: the sheet ends here, or its first value lies further down.
    if (top === undefined && !rowPast(lastRow)(xml)) return null;
    lastRow = top !== undefined ? top + rows - 1 : lastRow * 2;
  }
}

/** Whether the sheet is a version, reading it only down to VERSION_HEADER_WINDOW rows from its first filled row. */
export function probeVersion(pkg: OpcPackage, sheet: SheetEntry, ctx: ValueContext, formats: CellFormats): boolean {
  const top = versionTop(pkg, sheet, ctx, formats);
  return top !== null && isVersionSheet(top);
}
