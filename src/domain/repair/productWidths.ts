/**
 * The widths the product itself gives the columns of its sheets, so that a repair can tell them from widths the
 * user gave (sheets/herView.ts): a sheet made by `new` and saved by Excel has every column of its tables sized
 * (customWidth), and those widths are the product's, not hers. Per sheet (lower case) and column number: the width
 * `new` gives the column (the tables at their canonical place), and the width of the product column standing there
 * before the repair (a table found elsewhere on the sheet), either of which is the product's.
 */
import { columnNumber } from '../model/a1';
import type { ColumnSpec } from '../model/schema';
import type { TableLayout } from '../model/plan';
import { YEARS } from '../model/schema';
import type { Edit } from '../model/edits';

/** Product widths: sheet (lower case) → column number → the widths the product gives it there. */
export type ProductWidths = ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<number>>>;

function add(out: Map<string, Map<number, Set<number>>>, sheet: string, col: number, width: number): void {
  const bySheet = out.get(sheet.toLowerCase()) ?? new Map<number, Set<number>>();
  out.set(sheet.toLowerCase(), bySheet);
  const widths = bySheet.get(col) ?? new Set<number>();
  bySheet.set(col, widths);
  widths.add(width);
}

/** The product's widths from the edits of a canonical workbook and the tables' layouts before the repair. */
export function productWidths(
  canonical: readonly Edit[],
  tables: readonly { readonly layout: TableLayout | null; readonly specs: readonly ColumnSpec[] }[],
): ProductWidths {
  const out = new Map<string, Map<number, Set<number>>>();
  for (const e of canonical) if (e.kind === 'setColumnWidth') add(out, e.sheet, columnNumber(e.column), e.width);
  for (const { layout, specs } of tables) {
    if (!layout) continue;
    for (const [key, letter] of Object.entries(layout.columns)) {
      const spec = specs.find((s) => s.key === key);
      if (spec) add(out, layout.sheet, columnNumber(letter), spec.width);
    }
    for (const letter of Object.values(layout.yearColumns)) add(out, layout.sheet, columnNumber(letter), YEARS.width);
  }
  return out;
}
