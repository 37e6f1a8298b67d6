/**
 * What textFormulas.ts and commentFormats.ts share: a loaded block of values asks for more of the cells it found
 * (their formulas, their number formats) in runs down each column; or, when the read and all it could ask for fit
 * one sync, they come up front, so that a cell found costs no sync of its own.
 */
import { estimate, splitPiece, type LoadedPiece } from './readBlocks';
import type { Piece, TextCells } from './readPlan';

/** A run of rows in one sheet column whose cells are asked for. */
export interface CellRun {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The runs, column by column, of the cells of `cells` in a loaded block whose value is `wanted`: from a column's first
 * such cell to its last, split where more than `gapRows` rows without one lie between two.
 */
export function runsOfWanted(
  { piece, grid }: LoadedPiece,
  cells: TextCells,
  wanted: (value: unknown) => boolean,
  gapRows = Infinity,
): CellRun[] {
  const top = Math.max(piece.rect.top, cells.top);
  const bottom = Math.min(piece.rect.bottom, cells.bottom);
  const out: CellRun[] = [];
  for (const col of cells.cols) {
    if (col < piece.rect.left || col > piece.rect.right) continue;
    let first = 0;
    let last = 0;
    for (let row = top; row <= bottom; row++) {
      if (!wanted(grid[row - piece.rect.top]?.[col - piece.rect.left])) continue;
      if (first > 0 && row - last > gapRows + 1) {
        out.push({ col, top: first, bottom: last });
        first = 0;
      }
      if (first === 0) first = row;
      last = row;
    }
    if (first > 0) out.push({ col, top: first, bottom: last });
  }
  return out;
}

/** Whether `pieces` and `asked` fit one sync of `budget`, cut as loadPieces cuts them (blocks of a quarter of it). */
export function fitOneSync(pieces: readonly Piece[], asked: readonly Piece[], budget: number): boolean {
  const bytes = [...pieces, ...asked].flatMap((p) => splitPiece(p, budget / 4)).reduce((n, p) => n + estimate(p), 0);
  return bytes <= budget;
}
