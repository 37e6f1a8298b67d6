/**
 * The ID columns of the saved versions and archives a check or structure read takes no more of (domain
 * model/readScope.ts versionIdColumns): the block from A1 that tells a version (VERSION_HEADER_WINDOW;
 * sheets/version.ts writes one from A1) is loaded in the sync that locates the tables, with the sheet's used range,
 * and the ID columns (domain versionIdColumns) join the blocks of the plan, at no sync of their own. A sheet whose
 * cells start off A1 with no version's header in that block (a version the user moved further than the header's
 * scan) has its top probed with the plan's blocks, as a versions read probes every sheet (readPlan.ts probePiece);
 * its ID columns follow when it is a version, behind the others: a sync more only when they find no room there (a
 * small plan). The file adapter looks at the same block from the sheet's top-left (xlsx/read/versionIdCells.ts).
 */
import {
  isEconomyPlanTitle,
  isVersionSheet,
  toRange,
  versionIdColumns,
  versionRefColumn,
  VERSION_HEADER_WINDOW,
  type CellValue,
} from '../../domain';
import { BYTES_PER_ID_CELL } from './payload';
import { assembleSheets, type LoadedPiece } from './readBlocks';
import { probePiece, type Piece, type Rect } from './readPlan';

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

const atA1 = (r: Rect): boolean => r.top === 1 && r.left === 1;

/**
 * A version's economy plan Ref column (domain versionRefColumn): `whole`, over its used range, read with the ID
 * columns when the read affords it; else taken from the row under the block's title, found in `title`'s column.
 */
export interface RefColumn {
  readonly whole: Piece;
  readonly title: number;
}

/** What a check reads of the sheets it reads nothing else of, once their used range and top from A1 are in. */
export interface VersionIdReads {
  /** The ID columns of the versions their top from A1 shows, their economy plan Ref column aside (`refs`). */
  readonly pieces: readonly Piece[];
  readonly refs: readonly RefColumn[];
  /**
   * The top of each other sheet whose cells start off A1 (probePiece, from its used range's top-left): a version
   * the user moved further than its header's scan from A1 shows there. Loaded with the plan's blocks.
   */
  readonly probes: readonly Piece[];
}

/**
 * Once synced: the ID column pieces of each sheet whose top from A1 shows a version, over its used range; and a
 * probe of the top of each sheet whose cells start off A1 and whose top from A1 shows no version's header.
 */
export function versionIdReads(
  tops: readonly VersionTop[],
  used: readonly { readonly sheet: string; readonly rect: Rect | null }[],
): VersionIdReads {
  const pieces: Piece[] = [];
  const refs: RefColumn[] = [];
  const probes: Piece[] = [];
  for (const { sheet, range } of tops) {
    const rect = used.find((u) => u.sheet === sheet)?.rect;
    if (!rect) continue;
    const piece: Piece = { sheet, rect: TOP, field: 'values' };
    const [top] = assembleSheets([sheet], [{ piece, grid: range.values as unknown[][] }]);
    if (!top) continue;
    if (!atA1(rect) && !isVersionSheet(top)) {
      probes.push(probePiece(sheet, rect));
      continue;
    }
    const ref = versionRefColumn(top);
    const all = versionIdPieces(sheet, rect, versionIdColumns(top) ?? []);
    const whole = all.find((p) => p.rect.left === ref?.ref);
    pieces.push(...all.filter((p) => p !== whole));
    if (ref && whole) refs.push({ whole, title: ref.title });
  }
  return { pieces, refs, probes };
}

/**
 * What a loaded block asks for besides when the Ref columns are not read whole: the block of a version's title
 * column that holds its economy plan's title asks for the Ref column from the row under it to the end of the
 * version (the economy plan is its last block, sheets/version.ts), once per version.
 */
export function askVersionRefs(refs: readonly RefColumn[]): (loaded: LoadedPiece) => Piece[] {
  const waiting = new Map(refs.map((r) => [r.whole.sheet, r]));
  return ({ piece, grid }) => {
    const r = waiting.get(piece.sheet);
    if (!r || piece.field !== 'values' || piece.rect.left !== r.title || piece.rect.right !== r.title) return [];
    const at = grid.findIndex((row) => isEconomyPlanTitle(row[0] as CellValue));
    if (at < 0) return [];
    waiting.delete(piece.sheet);
    const top = piece.rect.top + at + 1;
    return top <= r.whole.rect.bottom ? [{ ...r.whole, rect: { ...r.whole.rect, top } }] : [];
  };
}

/** The ID column pieces of the sheets whose probe (versionIdReads) shows a version, over their used range. */
export function movedVersionIdPieces(
  probed: readonly LoadedPiece[],
  used: readonly { readonly sheet: string; readonly rect: Rect | null }[],
): Piece[] {
  return probed.flatMap(({ piece, grid }) => {
    const [top] = assembleSheets([piece.sheet], [{ piece, grid }]);
    const columns = top ? versionIdColumns(top) : null;
    const rect = used.find((u) => u.sheet === piece.sheet)?.rect;
    return columns && rect ? versionIdPieces(piece.sheet, rect, columns) : [];
  });
}
