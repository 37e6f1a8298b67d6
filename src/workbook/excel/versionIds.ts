/**
 * The ID columns of the saved versions and archives a check or structure read takes no more of (domain
 * model/readScope.ts versionIdColumns), at no sync of their own: the block from A1 that tells a version
 * (VERSION_HEADER_WINDOW; sheets/version.ts writes one from A1) is loaded in the sync that locates the tables, with
 * the sheet's used range, and the ID columns (domain versionIdColumns) join the blocks of the plan. The file adapter
 * looks at the same block (xlsx/read/versionIdCells.ts). A version a user moved off A1 by more than the header's scan
 * is not seen here; Endringer and the add form, which read the versions whole, still see it.
 */
import { toRange, versionIdColumns, VERSION_HEADER_WINDOW } from '../../domain';
import { BYTES_PER_ID_CELL } from './payload';
import { assembleSheets } from './readBlocks';
import type { Piece, Rect } from './readPlan';

/**
 * The ID columns (1-based sheet columns, domain versionIdColumns) of a version in its used range, one piece each:
 * a check's read of the versions it does not read whole (SheetScope.versionIdColumns).
 */
function versionIdPieces(sheet: string, used: Rect, columns: readonly number[]): Piece[] {
  return columns
    .filter((c) => c >= used.left && c <= used.right)
    .map((c): Piece => ({
      sheet,
      rect: { ...used, left: c, right: c },
      field: 'values',
      bytesPerCell: BYTES_PER_ID_CELL,
    }));
}

/** The top block of each sheet, asked for in a sync still to come. */
export interface VersionTop {
  readonly sheet: string;
  readonly range: Excel.Range;
}

const TOP: Rect = { top: 1, left: 1, bottom: VERSION_HEADER_WINDOW.rows, right: VERSION_HEADER_WINDOW.cols };

/** Asks for the values of the top block of each of `sheets`. */
export function askVersionTops(worksheets: Excel.WorksheetCollection, sheets: readonly string[]): VersionTop[] {
  return sheets.map((sheet) => {
    const range = worksheets.getItem(sheet).getRange(toRange(TOP.top, TOP.left, TOP.bottom, TOP.right));
    range.load('values');
    return { sheet, range };
  });
}

/** Once synced: the ID column pieces of each sheet whose top shows a version, over its used range. */
export function versionIdPiecesOf(
  tops: readonly VersionTop[],
  used: readonly { readonly sheet: string; readonly rect: Rect | null }[],
): Piece[] {
  return tops.flatMap(({ sheet, range }) => {
    const piece: Piece = { sheet, rect: TOP, field: 'values' };
    const [top] = assembleSheets([sheet], [{ piece, grid: range.values as unknown[][] }]);
    const columns = top ? versionIdColumns(top) : null;
    const rect = used.find((u) => u.sheet === sheet)?.rect;
    return columns && rect ? versionIdPieces(sheet, rect, columns) : [];
  });
}
