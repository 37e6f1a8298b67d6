/**
 * The ranges Office.js clears for a clearOwnedRange that keeps cells of hers (`keep`: a note beside Sammendrag's
 * rows): Range.clear takes every cell of its range, her look with them, so the block is cleared around them, each
 * run of rows without one as one range and a row with one in the pieces beside it. The setCells after the clear
 * leaves them too (null in Office's grid, cells.ts); the file adapter keeps them whole (write/keptCells.ts).
 */
import { parseA1, parseRange, toRange } from '../domain';

type Box = NonNullable<ReturnType<typeof parseRange>>;
type Cell = NonNullable<ReturnType<typeof parseA1>>;

/**
 * The pieces of `b` around the cells `keep`, as boxes, top to bottom and left to right in a row. Sammendrag's keep
 * list is every cell of hers in its box, some 1 400 at 1 000 measures (the bench's file): each row's columns are
 * sorted once, not again at every cell added, and the file adapter hands the cells parsed, as it parsed them to
 * remember them (measured, docs/performance.md).
 */
export function piecesAround(b: Box, keep: readonly (Cell | null)[]): Box[] {
  if (keep.length === 0) return [b];
  const kept = new Map<number, number[]>();
  for (const at of keep) {
    if (!at || at.row < b.top || at.row > b.bottom || at.col < b.left || at.col > b.right) continue;
    const cols = kept.get(at.row);
    if (cols) cols.push(at.col);
    else kept.set(at.row, [at.col]);
  }
  for (const cols of kept.values()) cols.sort((x, y) => x - y);
  const out: Box[] = [];
  let band = b.top;
  for (let r = b.top; r <= b.bottom + 1; r++) {
    const cols = kept.get(r);
    if (!cols && r <= b.bottom) continue;
    if (band < r) out.push({ top: band, left: b.left, bottom: r - 1, right: b.right });
    band = r + 1;
    if (!cols) continue;
    let left = b.left;
    for (const c of [...cols, b.right + 1]) {
      if (left < c) out.push({ top: r, left, bottom: r, right: c - 1 });
      left = c + 1;
    }
  }
  return out;
}

/** The A1 ranges of `range` around the cells `keep` (piecesAround); `range` whole when it is not a range. */
export function clearAround(range: string, keep: readonly string[]): string[] {
  const b = parseRange(range);
  if (!b || keep.length === 0) return [range];
  return piecesAround(b, keep.map(parseA1)).map((p) => toRange(p.top, p.left, p.bottom, p.right));
}
