/**
 * The ID columns of the saved versions and archives a check or structure read takes no more of (domain
 * model/readScope.ts versionIdColumns): the block from the top-left of each sheet the read leaves out, as a
 * versions read probes it (versionProbe.ts), tells whether it is one and where its IDs stand (domain
 * versionIdColumns), wherever a user moved it; then only the cells of those columns are taken, the rest of the
 * sheet's XML scanned past. A version whole is megabytes at 10 000 measures; its IDs are a column or two of it.
 */
import { versionIdColumns, type VersionIdCells } from '../../../domain';
import type { SheetEntry } from '../book';
import type { OpcPackage } from '../package';
import type { ValueContext } from './cellValue';
import type { CellFormats } from './numberFormats';
import { readSheetCells, type CellBudget } from './sheetCells';
import { versionTop } from './versionProbe';

/** The values of the ID columns of `sheet` when it is a version, counted against the read's `budget`; else null. */
export function readVersionIdCells(
  pkg: OpcPackage,
  sheet: SheetEntry,
  ctx: ValueContext,
  formats: CellFormats,
  budget: CellBudget,
): VersionIdCells | null {
  const top = versionTop(pkg, sheet, ctx, formats);
  const columns = top ? versionIdColumns(top) : null;
  if (!columns) return null;
  const cells = readSheetCells(sheet.part, pkg.text(sheet.part), ctx, budget, Infinity, new Set(columns));
  return { sheet: sheet.name, values: [...cells.rows.values()].flatMap((row) => row.map((c) => c.value)) };
}
