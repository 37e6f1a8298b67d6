/**
 * Amount cells of Sammendrag: a live SUMIFS over the columns of a measure table (formulas.ts columnRefs;
 * status Beregnet plus the row's criteria) when the table has every column the formula needs, else the core's value styled as
 * computed. Each formula carries the value the core computed for it, for the recalculation cross-check.
 */
import { toA1 } from '../model/a1';
import { columnRefs, isLiteralTooLong, sumifs, stringLiteral, type Condition } from './formulas';
import { isCoercedCriterion } from './criterionCoercion';
import { fromKr } from '../model/money';
import { COSTED } from '../model/choices';
import { computedCell, formulaCell, type DraftCell } from './summarySheet';
import type { Kr } from '../model/money';
import type { Plan, TableLayout } from '../model/plan';

/** A column of a table to sum: a schema key or a plan year. */
export type Source = { readonly key: string } | { readonly year: number };

/** Makes the amount cells of one table: a live SUMIFS when the layout has the columns, else the core's value. */
export interface SumCells {
  (source: Source, criteria: readonly { key: string; criterion: string }[], expected: Kr): DraftCell;
}

/**
 * The SumCells of one table of `plan`: the column references are worked out once per table, each cell then only
 * picks its columns (a formula when the layout has them all, else the core's value in the plan's unit).
 */
export function sumCells(plan: Plan, layout: TableLayout | null): SumCells {
  const unit = plan.settings.unit;
  const refOf = layout ? columnRefs(layout) : null;
  const ref = (column: string | undefined): string | null => (refOf && column ? refOf(column) : null);
  return (source, criteria, expected) => {
    const value = fromKr(expected, unit);
    const sum = ref('year' in source ? layout?.yearColumns[String(source.year)] : layout?.columns[source.key]);
    const conditions = [{ key: 'costStatus', criterion: stringLiteral(COSTED) }, ...criteria].map(
      (c): Condition | null => {
        const r = ref(layout?.columns[c.key]);
        return r ? { range: r, criterion: c.criterion } : null;
      },
    );
    // A criterion Excel cannot hold (over 255 characters, list-value-too-long) would never match, one it reads as a
    // logical, number or date («SANN», «2027») would match other cells (criterionCoercion.ts): the value.
    const unsafe = criteria.some((c) => isLiteralTooLong(c.criterion) || isCoercedCriterion(c.criterion));
    if (sum === null || unsafe || conditions.some((c) => c === null)) return computedCell(value);
    return formulaCell(sumifs(sum, conditions as Condition[]), value);
  };
}

/** The core's value for every amount cell, no formula: a row whose formulas would miss rows (summaryMisses.ts). */
export function valueCells(plan: Plan): SumCells {
  return (_source, _criteria, expected) => computedCell(fromKr(expected, plan.settings.unit));
}

/** Like sumCells, but the criteria on `key` may match any of several patterns (added up). */
export function anyOfCells(cells: SumCells, key: string, criteria: readonly string[]): (s: Source, e: Kr) => DraftCell {
  return (source, expected) => {
    const parts = criteria.map((criterion) => cells(source, [{ key, criterion }], expected));
    const first = parts[0];
    if (!first || parts.some((p) => typeof p.input !== 'object' || p.input === null)) return first ?? computedCell(0);
    const formula = parts.map((p) => (p.input as { formula: string }).formula.slice(1)).join('+');
    return formulaCell(formula, first.expected ?? 0);
  };
}

/**
 * Σ of the year cells of the same Sammendrag row: the period is the sum of its years. When a year cell is a value
 * (grey), the period is the core's value, grey too: a sum over values would not follow the tables either, and the
 * note on top (A7) promises that every figure that is not grey does.
 */
export function periodCell(row: number, firstCol: number, years: readonly DraftCell[], expected: number): DraftCell {
  if (years.some((c) => c.style === 'computed')) return computedCell(expected);
  return formulaCell(`SUM(${toA1(row, firstCol)}:${toA1(row, firstCol + years.length - 1)})`, expected);
}
