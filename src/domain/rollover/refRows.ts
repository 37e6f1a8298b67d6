/**
 * What a reference of the user's reads (userRefs.ts): the bounds of an A1 reference, over every cell of a rule's or
 * drop-down's range when given, and whether the measures' rows it reads moved (userRowRefs.ts). A rule's relative
 * reference is judged cell by cell, as her formula cells are: a rule on Oversikt!A2:A6 reading `'Tiltak drift'!$G2`
 * reads G2 from A2 … G6 from A6, one measure each, not a sum over G2:G6. The cells are walked in row order with
 * what each reads as a window moving down both lists of measures once, so a rule over 10 000 rows beside 10 000
 * measures costs some 20 000 steps, not their product.
 */
import { columnNumber, MAX_ROW, parseRange } from '../model/a1';
import type { TableLayout } from '../model/plan';
import { boundsAround } from '../read/sheetCells';
import { readFrom } from './userRefPlaces';
import { keyOf, measuresMoved, measuresOn, meetsTable, type MeasureRow, type MeasureRows } from './userRowRefs';

export type Box = { top: number; left: number; bottom: number; right: number };

/** The bounds of "H2:K12", "$H$2", "H:K" (whole columns); null when not one of them. */
export function boundsOfOne(cells: string): Box | null {
  const [a = '', b = a] = cells.replace(/\$/g, '').toUpperCase().split(':');
  const cols = /^([A-Z]{1,3})$/;
  if (cols.test(a) && cols.test(b)) {
    const [l, r] = [columnNumber(a), columnNumber(b)];
    return { top: 1, left: Math.min(l, r), bottom: MAX_ROW, right: Math.max(l, r) };
  }
  return parseRange(`${a}:${b}`);
}

/** The bounds of what `cells` reads, from every cell of a rule's or drop-down's range `over` when given. */
export function boundsOf(cells: string, over?: string): Box | null {
  const boxes = readFrom(cells, over).map(boundsOfOne);
  if (boxes.length === 0 || boxes.some((b) => b === null)) return null;
  return boundsAround(boxes as Box[]);
}

/** The rows of `over` ("A2:A6 C9"), ascending, each once; none for whole columns. */
function rowsOf(over: string): number[] {
  const rows = new Set<number>();
  for (const box of over.trim().split(/\s+/).map(boundsOfOne))
    if (box && box.bottom < MAX_ROW) for (let r = box.top; r <= box.bottom; r++) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** A window of rows moving down a list of measures in row order: the keys it holds, counted. */
class Window {
  private lo = 0;
  private hi = 0;
  constructor(
    private readonly list: readonly MeasureRow[],
    private readonly add: (key: string) => void,
    private readonly drop: (key: string) => void,
  ) {}
  /** The window moved to rows `top`–`bottom` (neither below where it was). */
  moveTo(top: number, bottom: number): void {
    while (this.hi < this.list.length && (this.list[this.hi]?.row ?? 0) <= bottom) this.add(keyOf(this.at(this.hi++)));
    while (this.lo < this.hi && (this.list[this.lo]?.row ?? 0) < top) this.drop(keyOf(this.at(this.lo++)));
  }
  keys(): string[] {
    return this.list.slice(this.lo, this.hi).map(keyOf);
  }
  private at(i: number): MeasureRow {
    return this.list[i] as MeasureRow;
  }
}

/**
 * The measures the first cell of `over` whose reading moved read, and what its rows hold after the roll, as
 * measuresMoved judges one reference; null when no cell's did. `first` and `last`: what the first and the last row
 * of `over` read; a bound that moves between them moves one row with each row of `over`.
 */
function movedPerRow(
  before: TableLayout,
  sheet: string,
  [first, last]: [Box, Box],
  over: readonly number[],
  rows: MeasureRows,
): { before: string[]; after: string[] } | null {
  const r0 = over[0] ?? 0;
  const span = (over[over.length - 1] ?? r0) - r0;
  const [topMoves, bottomMoves] = [last.top - first.top === span, last.bottom - first.bottom === span];
  const was = new Map<string, number>();
  const now = new Map<string, number>();
  let [size, common, foreign] = [0, 0, 0];
  const onWas = (k: string, by: number): void => {
    const c = (was.get(k) ?? 0) + by;
    was.set(k, c);
    size += by;
    const n = now.get(k) ?? 0;
    if (c === by && by > 0) [common, foreign] = [common + n, foreign - n];
    if (c === 0) [common, foreign] = [common - n, foreign + n];
  };
  const onNow = (k: string, by: number): void => {
    now.set(k, (now.get(k) ?? 0) + by);
    if ((was.get(k) ?? 0) > 0) common += by;
    else foreign += by;
  };
  const b = new Window(
    measuresOn(rows.before, sheet),
    (k) => onWas(k, 1),
    (k) => onWas(k, -1),
  );
  const a = new Window(
    measuresOn(rows.after, sheet),
    (k) => onNow(k, 1),
    (k) => onNow(k, -1),
  );
  for (const r of over) {
    const top = first.top + (topMoves ? r - r0 : 0);
    const bottom = first.bottom + (bottomMoves ? r - r0 : 0);
    b.moveTo(top, bottom);
    a.moveTo(top, bottom);
    const meets = bottom >= before.firstDataRow && top <= before.lastDataRow;
    if (meets && size > 0 && (foreign > 0 || common === 0)) return { before: b.keys(), after: a.keys() };
  }
  return null;
}

/**
 * The measures a reference `cells` on `sheet` into the table `before` read and those its rows hold after the roll,
 * when they differ (measuresMoved); for a rule's or drop-down's relative reference, judged from each of its cells.
 */
export function movedRows(
  before: TableLayout,
  sheet: string,
  cells: string,
  over: string | undefined,
  rows: MeasureRows,
): { before: string[]; after: string[] } | null {
  const box = boundsOf(cells, over);
  if (!box || !meetsTable(before, sheet, box)) return null;
  const ends = readFrom(cells, over).map(boundsOfOne);
  const [first, last] = ends;
  const per = over !== undefined && ends.length === 2 && first && last ? rowsOf(over) : [];
  return per.length > 1 && first && last
    ? movedPerRow(before, sheet, [first, last], per, rows)
    : measuresMoved(before, sheet, box, rows);
}
