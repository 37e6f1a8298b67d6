/**
 * The ranges Office.js clears for a clearOwnedRange that keeps cells of hers (`keep`: a note beside Sammendrag's
 * rows): Range.clear takes every cell of its range, her look with them, so the block is cleared around them, each
 * run of rows without one as one range and a row with one in the pieces beside it. The setCells after the clear
 * leaves them too (null in Office's grid, cells.ts); the file adapter keeps them whole (write/keptCells.ts).
 */
import { parseA1, parseRange, toRange } from '../domain';

export function clearAround(range: string, keep: readonly string[]): string[] {
  const b = parseRange(range);
  if (!b || keep.length === 0) return [range];
  const kept = new Map<number, number[]>();
  for (const ref of keep) {
    const at = parseA1(ref);
    if (!at || at.row < b.top || at.row > b.bottom || at.col < b.left || at.col > b.right) continue;
    kept.set(
      at.row,
      [...(kept.get(at.row) ?? []), at.col].sort((x, y) => x - y),
    );
  }
  const out: string[] = [];
  let band = b.top;
  for (let r = b.top; r <= b.bottom + 1; r++) {
    const cols = kept.get(r);
    if (!cols && r <= b.bottom) continue;
    if (band < r) out.push(toRange(band, b.left, r - 1, b.right));
    band = r + 1;
    if (!cols) continue;
    let left = b.left;
    for (const c of [...cols, b.right + 1]) {
      if (left < c) out.push(toRange(r, left, r, c - 1));
      left = c + 1;
    }
  }
  return out;
}
