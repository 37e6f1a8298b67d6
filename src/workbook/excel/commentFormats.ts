/**
 * The number formats of the numbers in tblAvstemming's Kommentar (review r41): a date she typed there («15.3», Excel's
 * day 46461 shown dd.mm.yyyy) is a bare number to `range.values`, and a new run would carry the number without its
 * format. The file adapter knows every cell's format. Here the formats of the whole column would cost a sync more at
 * 10 000 measures (16 bytes a cell estimated over 41 520 rows: the check read's 13th, and a structure read with a
 * saved version took 11 against repair's 10; 726c127f, taken back), for a column that nearly never holds a number.
 * So only the cells that hold one ask for their format, once the block that loads them is in, and share the later
 * syncs (as textFormulas.ts asks for formulas): nothing when she typed text. When the whole read fits one sync (a
 * plan of normal size) the column's formats come in it, so that no number costs a sync of its own; else the blocks
 * that load Kommentar go first, so that what they ask finds room in a later sync (at 10 000 measures with 60 dates
 * down Kommentar, the check read took its 12 syncs and the structure read its 11, as without them).
 */
import { isCommentHeader, TABLES } from '../../domain';
import { batchCount, type LoadedPiece } from './readBlocks';
import { fitOneSync, runsOfWanted } from './cellAsks';
import type { LocatedTable, Piece, TextCells } from './readPlan';

/**
 * Rows between two numbers that still go in one block: a cell more costs 16 bytes of response (payload.ts), a block
 * more some 460 of request (recordingContext.ts), so a gap of up to 28 rows is cheaper loaded than split.
 */
const GAP_ROWS = 28;

/** Kommentar's body in tblAvstemming (its sheet column, 1-based), when the table has one and a body. */
function commentCells(t: LocatedTable): TextCells | null {
  if (t.name.toLowerCase() !== TABLES.reconciliation.toLowerCase() || t.rect.bottom <= t.rect.top) return null;
  const at = t.header.findIndex((v) => isCommentHeader(v));
  return at < 0 ? null : { cols: [t.rect.left + at], top: t.rect.top + 1, bottom: t.rect.bottom };
}

/** Whether piece `p`, a block of values, holds some of `cells`. */
const holds = (p: Piece, cells: TextCells) =>
  p.field === 'values' &&
  p.rect.top <= cells.bottom &&
  p.rect.bottom >= cells.top &&
  cells.cols.some((c) => c >= p.rect.left && c <= p.rect.right);

/**
 * `pieces` with the blocks of values that load Avstemming's Kommentar marked (Piece.numberCells): the kept column's
 * in a check, the sheet's used range in a structure read.
 */
export function withCommentCells(pieces: readonly Piece[], located: readonly LocatedTable[]): Piece[] {
  const marks = located.flatMap((t) => {
    const cells = commentCells(t);
    return cells ? [{ sheet: t.sheet.toLowerCase(), cells }] : [];
  });
  if (marks.length === 0) return [...pieces];
  return pieces.map((p) => {
    const mark = marks.find((m) => m.sheet === p.sheet.toLowerCase() && holds(p, m.cells));
    return mark ? { ...p, numberCells: mark.cells } : p;
  });
}

const formatsOf = (sheet: string, col: number, top: number, bottom: number): Piece => ({
  sheet,
  rect: { top, left: col, bottom, right: col },
  field: 'numberFormat',
  ofNumbers: true,
});

/** The number format pieces a loaded block of values asks for: its Kommentar cells that hold a number, in runs. */
export function askCommentFormats(loaded: LoadedPiece): Piece[] {
  const { piece } = loaded;
  const cells = piece.numberCells;
  if (!cells || piece.field !== 'values') return [];
  const isNumber = (value: unknown) => typeof value === 'number';
  return runsOfWanted(loaded, cells, isNumber, GAP_ROWS).map((r) => formatsOf(piece.sheet, r.col, r.top, r.bottom));
}

/**
 * `pieces` with the blocks that load Kommentar first, when that takes no sync more as planned: what they ask for then
 * finds room in a later sync (see the file comment). Decided before the versions' ID columns join the read, which may
 * take it past one sync: so in one sync too, where the order changes nothing.
 */
export function commentBlocksFirst(pieces: readonly Piece[], budget: number): readonly Piece[] {
  const marked = pieces.filter((p) => p.numberCells);
  if (marked.length === 0 || marked.length === pieces.length) return pieces;
  const first = [...marked, ...pieces.filter((p) => !p.numberCells)];
  return batchCount(first, budget) <= batchCount(pieces, budget) ? first : pieces;
}

/**
 * `pieces`, the read's every block as planned, with Kommentar's formats up front when they all fit one sync of
 * `budget` (as textFormulasUpFront, decided before it, adds its formulas); else as they are, to ask once loaded.
 */
export function commentFormatsUpFront(pieces: readonly Piece[], budget: number): readonly Piece[] {
  const formats = pieces.flatMap((p) => {
    const cells = p.numberCells;
    if (!cells) return [];
    const [top, bottom] = [Math.max(p.rect.top, cells.top), Math.min(p.rect.bottom, cells.bottom)];
    return cells.cols
      .filter((c) => c >= p.rect.left && c <= p.rect.right)
      .map((c) => formatsOf(p.sheet, c, top, bottom));
  });
  if (formats.length === 0 || !fitOneSync(pieces, formats, budget)) return pieces;
  return [...pieces.map(({ numberCells: _, ...p }) => p), ...formats];
}

/**
 * `loaded` with the formats loaded for numbers kept only where the value is a number: a block loaded reaches over the
 * rows between two numbers, or takes the whole column, and a text cell's format is not what the read is for: a read
 * gives the same snapshot whether they came up front or asked (a block of them that keeps none is left out).
 */
export function keepCommentFormats(loaded: readonly LoadedPiece[]): LoadedPiece[] {
  const sheets = new Set(loaded.filter((l) => l.piece.ofNumbers).map((l) => l.piece.sheet));
  const values = loaded.filter((l) => l.piece.field === 'values' && sheets.has(l.piece.sheet));
  const isNumber = (sheet: string, row: number, col: number) =>
    values.some(({ piece: { sheet: s, rect: r }, grid }) => {
      if (s !== sheet || row < r.top || row > r.bottom || col < r.left || col > r.right) return false;
      return typeof grid[row - r.top]?.[col - r.left] === 'number';
    });
  return loaded.flatMap((l) => {
    if (!l.piece.ofNumbers) return [l];
    const { sheet, rect } = l.piece;
    const grid = l.grid.map((row, r) => row.map((f, c) => (isNumber(sheet, rect.top + r, rect.left + c) ? f : null)));
    return grid.some((row) => row.some((f) => f !== null)) ? [{ ...l, grid }] : [];
  });
}
