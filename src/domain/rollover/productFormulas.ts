/**
 * The user's formulas in the product's columns of the tables a roll rebuilds: an amount typed as `=H4*2`, an
 * economy plan line `=G6*2`, an Ansvarlig `=Innstillinger!K3`. The roll writes the tables anew with the years and
 * rows moved, so each such cell goes in as the value it showed, as a formula of her own columns does
 * (sheets/userColumns.ts); like those, each is named (docs/spec.md §11: nothing she typed is lost unsaid). Not
 * named: the calculated column Sum periode (the product's own formula, written anew), Tidligere bevilget (the roll
 * writes it anew: the old value plus the year that leaves), the year that leaves the period and the rows of the
 * Engangs measures that leave the tables (those stay on the archive sheet only, which holds values). Named: the
 * years that stay and the other product columns, which the roll writes as the value shown.
 */
import { columnNumber } from '../model/a1';
import { isUncalculated, plainValue, type WorkbookSnapshot } from '../model/snapshot';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, type ColumnSpec } from '../model/schema';
import type { Plan, TableLayout } from '../model/plan';
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, originOf } from '../read/sheetCells';

/** Product columns the roll computes anew (Tidligere bevilget + the year that leaves): named in their own words. */
const RECOMPUTED: ReadonlySet<string> = new Set(['before']);

/** A formula cell of a product column, carried as the value it showed: "Tiltak drift!I4", its header «2028». */
export interface ProductFormula {
  readonly cell: string;
  readonly column: string;
  readonly formula: string;
  /** The table it stands in, for showing `[#This Row]` references as Excel does (`[@2027]`). */
  readonly table: string | null;
  /** Tidligere bevilget: the roll writes it anew (its value plus the year that leaves), not the value shown. */
  readonly recomputed?: true;
  /** The value it showed; null when the file holds no result for it. */
  readonly value: string | number | boolean | null;
}

/**
 * The formula cells of one table's product columns the roll writes as the value shown, row by row: not those of
 * `skipRows`, calculated or recomputed columns, or the year `leaving` the period.
 */
function tableFormulas(
  snapshot: WorkbookSnapshot,
  layout: TableLayout | null,
  specs: readonly ColumnSpec[],
  skipRows: ReadonlySet<number>,
  leaving: number,
): ProductFormula[] {
  const sheet = layout ? findSheet(snapshot, layout.sheet) : undefined;
  if (!layout || !sheet) return [];
  const calculated = new Set(specs.filter((s) => s.type === 'formula').map((s) => s.key));
  const recomputed = new Set(
    Object.entries(layout.columns)
      .filter(([key]) => RECOMPUTED.has(key))
      .map(([, letter]) => letter),
  );
  const letters = [
    ...Object.entries(layout.columns)
      .filter(([key]) => !calculated.has(key))
      .map(([, letter]) => letter),
    ...Object.entries(layout.yearColumns)
      .filter(([year]) => year !== String(leaving))
      .map(([, letter]) => letter),
  ].sort((a, b) => columnNumber(a) - columnNumber(b));
  const o = originOf(sheet);
  const out: ProductFormula[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (skipRows.has(r)) continue;
    for (const letter of letters) {
      const c = columnNumber(letter);
      const formula = formulaAt(sheet, r, c, o) ?? '';
      if (formula === '') continue;
      const read = cellAt(sheet, r, c, o);
      const column = layout.headers.find((h) => h.column === letter)?.name ?? letter;
      out.push({
        cell: `${layout.sheet}!${letter}${r}`,
        column,
        formula,
        table: layout.tableName,
        value: isUncalculated(read) ? null : plainValue(read),
        ...(recomputed.has(letter) ? { recomputed: true as const } : {}),
      });
    }
  }
  return out;
}

/** The user's formulas in the product columns of the operating, investment and economy plan tables of `plan`. */
export function productFormulas(snapshot: WorkbookSnapshot, plan: Plan, finished: readonly string[]): ProductFormula[] {
  const leaving = new Set(finished);
  const rowsOf = (measures: Plan['operating'] | Plan['investment']) =>
    new Set(measures.filter((m) => leaving.has(m.id)).map((m) => m.row));
  const first = plan.years[0] ?? plan.settings.startYear;
  return [
    ...tableFormulas(snapshot, plan.layouts.operating, OPERATING_TABLE.columns, rowsOf(plan.operating), first),
    ...tableFormulas(snapshot, plan.layouts.investment, INVESTMENT_TABLE.columns, rowsOf(plan.investment), first),
    ...tableFormulas(snapshot, plan.layouts.economyPlan, ECONOMY_PLAN_COLUMNS, new Set(), first),
  ];
}
