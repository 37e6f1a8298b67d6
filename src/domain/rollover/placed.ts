/**
 * A rolled measure or economy plan table written where the user's table stood (intoSource.ts): planStructure plans
 * each table at A1 of its sheet, as for a new workbook, but a municipality's workbook often has a title above the
 * table (A1) and the table at A4 or B3. The roll writes the table anew with its header row and first column as
 * found, so the title and whatever else the user keeps above or left of it stays untouched, and the frozen rows
 * end at the header row. Only the table's own sheet moves; its formulas are structured references to the table
 * (Sum periode, Sammendrag's), which follow the table wherever it stands.
 */
import { columnLetter, columnNumber, parseA1, parseRange, toA1, toRange } from '../model/a1';
import type { Edit } from '../model/edits';
import type { Plan, TableLayout } from '../model/plan';

/** How far a sheet's planned edits move: rows down and columns right of A1. */
interface Offset {
  readonly rows: number;
  readonly cols: number;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The offset of a table read at `layout` from A1: its header row and first column as found. */
function offsetOf(layout: TableLayout): Offset {
  const left = Math.min(...layout.headers.map((h) => columnNumber(h.column)));
  return { rows: layout.headerRow - 1, cols: Number.isFinite(left) ? left - 1 : 0 };
}

const cell = (a1: string, o: Offset): string => {
  const at = parseA1(a1);
  return at ? toA1(at.row + o.rows, at.col + o.cols) : a1;
};

const range = (ref: string, o: Offset): string => {
  const b = parseRange(ref);
  if (!b) return ref;
  if (!ref.includes(':')) return cell(ref, o);
  return toRange(b.top + o.rows, b.left + o.cols, b.bottom + o.rows, b.right + o.cols);
};

/** One edit of a moved sheet at its new place; the others as they are. */
function moved(e: Edit, o: Offset): Edit {
  switch (e.kind) {
    case 'setCells':
      return { ...e, origin: cell(e.origin, o) };
    case 'createTable':
      return { ...e, ref: range(e.ref, o) };
    case 'setStyle':
    case 'setNumberFormat':
    case 'setValidation':
      return { ...e, range: range(e.range, o) };
    case 'setColumnWidth':
      return { ...e, column: columnLetter(columnNumber(e.column) + o.cols) };
    case 'freezeRows':
      return { ...e, rows: e.rows + o.rows };
    default:
      return e;
  }
}

/**
 * `edits` (the rolled tables, on the source's sheets) with each measure and economy plan table moved to where
 * its table stood in `plan`: the edits on its sheet, when the roll writes it on that same sheet and that sheet holds
 * none of the other two (a table written elsewhere, or beside another, stays at A1 as before).
 */
export function whereTheyStood(edits: readonly Edit[], plan: Plan): Edit[] {
  const { operating, investment, economyPlan } = plan.layouts;
  const layouts = [operating, investment, economyPlan].filter((l): l is TableLayout => l !== null);
  const alone = layouts.filter((l) => layouts.filter((m) => same(m.sheet, l.sheet)).length === 1);
  const offsets = alone
    .map((l): [string, Offset] => [l.sheet, offsetOf(l)])
    .filter(([, o]) => o.rows > 0 || o.cols > 0);
  if (offsets.length === 0) return [...edits];
  return edits.map((e) => {
    const o = 'sheet' in e ? offsets.find(([s]) => same(s, e.sheet))?.[1] : undefined;
    return o ? moved(e, o) : e;
  });
}
