/**
 * The user's formulas that are not in a cell or a workbook name, for the roll to scan as it scans those
 * (userRefs.ts, docs/spec.md §11): a chart's series and labels (`'Tiltak drift'!$H$2:$H$12`), a conditional
 * format's rule and a drop-down's (data validation's) formula on her sheets (the main list and the x14 ones in
 * extLst alike), and a name scoped to one sheet. The file adapter reads them; the roll names each whose year or
 * measure it changes, the place named, never rewritten. A rule or drop-down applies its formula to every cell of
 * its range, its relative references moved with the cell (a rule on B2:B11 reading `$L2` reads L2…L11), so a
 * reference of one is taken over the cells it reads from all of them.
 */
import { columnLetter, columnNumber } from '../model/a1';

/** Where such a formula stands. */
export type RefPlace =
  | { readonly kind: 'chart'; readonly sheet: string; readonly chart: string }
  | { readonly kind: 'rule' | 'validation'; readonly sheet: string; readonly range: string }
  | { readonly kind: 'localName'; readonly sheet: string; readonly name: string };

export interface PlacedFormula {
  /** The formula as the file holds it, without "=". */
  readonly formula: string;
  readonly at: RefPlace;
  /** A rule's or drop-down's cells ("B2:B11 D2"): its relative references move over them. */
  readonly over?: string;
}

const CELL = /^(\$?)([A-Z]{1,3})?(\$?)(\d{1,7})?$/;

/** "$L2" moved `rows` down and `cols` right where it is relative ("$L11" for 9, 0); unchanged where anchored. */
function moved(cells: string, rows: number, cols: number): string {
  return cells
    .split(':')
    .map((part) => {
      const m = CELL.exec(part);
      if (!m) return part;
      const [, colAnchor = '', col, rowAnchor = '', row] = m;
      const c = col === undefined ? '' : colAnchor ? col : columnLetter(Math.max(1, columnNumber(col) + cols));
      const r = row === undefined ? '' : rowAnchor ? row : String(Math.max(1, Number(row) + rows));
      return `${colAnchor}${c}${rowAnchor}${r}`;
    })
    .join(':');
}

/**
 * The spellings of `cells` (A1, `$` anchors kept) that bound what it reads from every cell of `over`, relative to
 * the top left cell of its first range: itself when there is no `over`, else as read from the first and the last
 * cell (each bound moves the same way with the cell, so the two hold every cell between).
 */
export function readFrom(cells: string, over: string | undefined): string[] {
  const boxes = (over ?? '')
    .trim()
    .split(/\s+/)
    .map((r) => r.replace(/\$/g, '').toUpperCase().split(':'))
    .map(([a = '', b = a]) => [CELL.exec(a), CELL.exec(b)] as const)
    .filter(([a, b]) => a?.[2] && a[4] && b?.[2] && b[4]);
  const first = boxes[0]?.[0];
  if (!first) return [cells];
  const [row0, col0] = [Number(first[4]), columnNumber(first[2] ?? 'A')];
  const rows = boxes.flatMap(([a, b]) => [Number(a?.[4]), Number(b?.[4])]).map((r) => r - row0);
  const cols = boxes
    .flatMap(([a, b]) => [columnNumber(a?.[2] ?? 'A'), columnNumber(b?.[2] ?? 'A')])
    .map((c) => c - col0);
  const from = moved(cells, Math.min(...rows), Math.min(...cols));
  const to = moved(cells, Math.max(...rows), Math.max(...cols));
  return from === to ? [from] : [from, to];
}
