/**
 * Planned edits for one table of the canonical workbook, driven by the schema: header and body cells, the
 * Excel table itself, its calculated column, and the decorations (validation, number formats, styles,
 * widths) that make the sheet usable without the add-in.
 */
import { columnLetter, toA1, toRange } from '../model/a1';
import type { CellInput, Edit, ValidationRule } from '../model/edits';
import { sumYearRunsCalculated, sumYearRunsRowFormula, sumYearsCalculated, sumYearsValue } from './formulas';
import { yearRuns } from './yearRuns';
import { canonicalLayout, plannedColumns, type PlannedColumn } from './layout';
import { userCalculatedCells } from './userCalculated';
import { INVESTMENT_FINANCING, type ColumnSpec } from '../model/schema';
import { LISTS } from '../model/settingsSchema';
import type { RowInput } from '../model/content';
import { countDecimals, decimalsAllowed, type Unit } from '../model/money';
import type { TableLayout, Years } from '../model/plan';

/** Validation and number formats reach this many rows below the data, so typed-in rows get them too. */
export const SPARE_ROWS = 200;

/**
 * Number format of amounts per unit. Whole kroner and whole thousands show no decimals (the checker warns
 * about decimals that the format hides: amount-precision); mill kr shows one to three decimals, i.e. down
 * to the thousand.
 */
export const AMOUNT_FORMATS: Readonly<Record<Unit, string>> = {
  kr: '#,##0',
  '1000 kr': '#,##0',
  'mill kr': '#,##0.0##',
};

/**
 * The format of an amount finer than its unit's format shows, down to the krone: a sum of amounts typed with more
 * decimals than the unit allows (amount-precision), or new money of a plan in kr in an economy plan in 1000 kr. The
 * reports show such an amount to the krone (0,4 thousand; 1,6505 mill); the sheets the product writes must too.
 */
export const FINE_AMOUNT_FORMATS: Readonly<Record<Unit, string>> = {
  kr: AMOUNT_FORMATS.kr,
  '1000 kr': '#,##0.0##',
  'mill kr': '#,##0.0#####',
};

/**
 * Whether the unit's own format would round `value` (an amount in the unit) away: AMOUNT_FORMATS shows the
 * decimals the unit allows, the rule amount-precision reads typed amounts by (binary noise ignored).
 */
export const finerThanShown = (value: unknown, unit: Unit): boolean =>
  typeof value === 'number' && countDecimals(value) > decimalsAllowed(unit);

/**
 * Lists whose drop-down the workbook enforces (data validation). Ansvarlig is free text ("one function or one person"), so
 * its list stays a suggestion for the task pane form; Berørte planområder holds several values.
 */
const ENFORCED_LISTS = new Set(['sections', 'frames']);

/** Choices that the schema keeps as text but that have a closed set of values. */
const EXTRA_CHOICES: Readonly<Record<string, readonly string[]>> = {
  source: INVESTMENT_FINANCING.map((f) => f.header),
};

/** The data validation a column gets, or null. */
export function validationRule(spec: ColumnSpec): ValidationRule | null {
  const choices = spec.choices ?? EXTRA_CHOICES[spec.key];
  if (choices) return { type: 'list', source: choices.join(',') };
  if (spec.type === 'list' && spec.list && ENFORCED_LISTS.has(spec.list)) {
    const list = LISTS.find((l) => l.key === spec.list);
    return list ? { type: 'list', source: list.name } : null;
  }
  if (spec.type === 'integer') return { type: 'wholeNumber', min: 1 };
  return null;
}

/** Whether a column holds amounts in Beløpsenhet (years, amounts, the period sum). */
export const isAmountColumn = (spec: ColumnSpec): boolean => spec.type === 'amount' || spec.type === 'formula';

/** The data range of one column from the first data row down to the spare rows. */
export function decoratedRange(layout: TableLayout, column: string): string {
  return `${column}${layout.firstDataRow}:${column}${layout.lastDataRow + SPARE_ROWS}`;
}

/** Validation edits for every column of `layout` whose spec calls for one. */
export function validationEdits(layout: TableLayout, specs: readonly ColumnSpec[]): Edit[] {
  const out: Edit[] = [];
  for (const spec of specs) {
    const column = layout.columns[spec.key];
    const rule = validationRule(spec);
    if (column && rule)
      out.push({ kind: 'setValidation', sheet: layout.sheet, range: decoratedRange(layout, column), rule });
  }
  return out;
}

/** Number-format edits for the amount columns (and year columns) of `layout`. */
export function numberFormatEdits(layout: TableLayout, specs: readonly ColumnSpec[], unit: Unit): Edit[] {
  const format = AMOUNT_FORMATS[unit];
  const columns = [
    ...specs.filter((s) => s.key !== 'years' && isAmountColumn(s)).map((s) => layout.columns[s.key]),
    ...Object.values(layout.yearColumns),
  ].filter((c): c is string => c !== undefined);
  return columns.map((c) => ({
    kind: 'setNumberFormat',
    sheet: layout.sheet,
    range: decoratedRange(layout, c),
    format,
  }));
}

/** The key of the calculated Sum periode column in `specs`, if any. */
export const formulaSpec = (specs: readonly ColumnSpec[]): ColumnSpec | undefined =>
  specs.find((s) => s.formula === 'sumYears');

/**
 * The Sum periode formula of `row`: the table's calculated-column formula (structured, the same in every
 * row) when the measures are an Excel table, else the A1 sum of the row; null without the year columns. It sums
 * exactly the year columns: one span from the first year to the last when they stand side by side in period order
 * (the product's layout), else one term per run of adjacent years (yearRuns.ts).
 */
export function periodSumFormula(layout: TableLayout, years: Years, row: number): string | null {
  const runs = yearRuns(layout, years);
  if (!runs || runs.length === 0) return null;
  if (layout.tableName) return sumYearRunsCalculated(layout.tableName, runs);
  const letters = runs.map((run): [string, string] => [
    layout.yearColumns[String(run[0])] ?? '',
    layout.yearColumns[String(run[run.length - 1])] ?? '',
  ]);
  return sumYearRunsRowFormula(letters, row);
}

/**
 * The cells of one body row in planned column order (null row = an empty row). Sum periode stays empty
 * here: its structured formula can only be written once the table exists.
 */
export function bodyRow(columns: readonly PlannedColumn[], years: Years, row: RowInput | null): CellInput[] {
  return columns.map((c): CellInput => {
    if (c.spec.formula === 'sumYears' || !row) return null;
    if (c.year !== undefined) {
      const i = years.indexOf(c.year);
      return row.yearTexts?.[i] ?? row.years[i] ?? null;
    }
    const v = row.values[c.key] ?? null;
    return v === '' ? null : v; // an empty text is an empty cell, not a cell holding ""
  });
}

export interface TableContent {
  readonly sheet: string;
  readonly table: string;
  readonly specs: readonly ColumnSpec[];
  readonly years: Years;
  readonly rows: readonly RowInput[];
  readonly unit: Unit;
  /** 1-based first column (A = 1, the canonical place). */
  readonly left?: number;
  /** Headers of the user's own columns after the product's (a roll carries them); each row's cells are its `extra`. */
  readonly userHeaders?: readonly string[];
  /** Per user header, the formula of a calculated column of hers the table keeps, else null (userCalculated.ts). */
  readonly userFormulas?: readonly (string | null)[];
}

/** A body row's cells of the user's columns: its `extra`, as many as there are headers. */
const userCells = (row: RowInput | undefined, count: number): CellInput[] =>
  Array.from({ length: count }, (_, i) => row?.extra?.[i] ?? null);

/**
 * The whole table at row 1 (column A unless `left` says otherwise): header cells and body rows (before the
 * table is created, as the adapters need), the table with its calculated column, the Sum periode cells with
 * the same structured formula, styles, validation, number formats, column widths and a frozen header row.
 * An empty table keeps one empty body row.
 */
export function planTableEdits(t: TableContent): Edit[] {
  const left = t.left ?? 1;
  const columns = plannedColumns(t.specs, t.years, left);
  const bodyCount = Math.max(1, t.rows.length);
  const user = t.userHeaders ?? [];
  const body = Array.from({ length: bodyCount }, (_, i) => [
    ...bodyRow(columns, t.years, t.rows[i] ?? null),
    ...userCells(t.rows[i], user.length),
  ]);
  const right = left + columns.length + user.length - 1;
  const lastRow = 1 + bodyCount;
  const sumSpec = formulaSpec(t.specs);
  const sumColumn = columns.find((c) => c.spec === sumSpec);
  const layout = canonicalLayout(t.sheet, t.table, t.specs, t.years, t.rows.length, left);
  const sumFormula = sumYearsCalculated(t.table, t.years);
  // Her calculated columns, each cell's value read from what its row writes under a header (Sum periode computed).
  const headers = [...columns.map((c) => c.header), ...user];
  const cellOf = (i: number, header: string): CellInput => {
    const k = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    return sumColumn !== undefined && k === sumColumn.index - left
      ? sumYearsValue(t.rows[i]?.years ?? [])
      : (body[i]?.[k] ?? null);
  };
  const at = { left: right - user.length + 1, bodyCount };
  const hers = userCalculatedCells(t, user, t.userFormulas ?? [], at, cellOf);
  const calculated = { ...(sumColumn && sumSpec ? { [sumSpec.header]: sumFormula } : {}), ...hers.calculated };
  const edits: Edit[] = [
    { kind: 'setCells', sheet: t.sheet, origin: toA1(1, left), values: [[...columns.map((c) => c.header), ...user]] },
    { kind: 'setCells', sheet: t.sheet, origin: toA1(2, left), values: body },
    {
      kind: 'createTable',
      sheet: t.sheet,
      name: t.table,
      ref: toRange(1, left, lastRow, right),
      ...(Object.keys(calculated).length > 0 ? { calculated } : {}),
    },
    { kind: 'setStyle', sheet: t.sheet, range: toRange(1, left, 1, right), style: 'header' },
  ];
  if (sumColumn) {
    // Written as cells too, so that every adapter stores the very text of the calculated column.
    const values = Array.from({ length: bodyCount }, (_, i) => [
      { formula: sumFormula, value: sumYearsValue(t.rows[i]?.years ?? []) },
    ]);
    edits.push(
      { kind: 'setCells', sheet: t.sheet, origin: toA1(2, sumColumn.index), values },
      { kind: 'setStyle', sheet: t.sheet, range: decoratedRange(layout, sumColumn.column), style: 'computed' },
    );
  }
  edits.push(...hers.edits, ...validationEdits(layout, t.specs), ...numberFormatEdits(layout, t.specs, t.unit));
  // The number formats of the user's cells (a date carried as its day number is shown as a date).
  t.rows.forEach((row, i) =>
    row.extraFormats?.forEach((format, j) => {
      const range = toA1(2 + i, right - user.length + 1 + j);
      if (format !== null && j < user.length) edits.push({ kind: 'setNumberFormat', sheet: t.sheet, range, format });
    }),
  );
  edits.push(
    ...columns.map((c): Edit => ({ kind: 'setColumnWidth', sheet: t.sheet, column: c.column, width: c.spec.width })),
    ...user.map((_, i): Edit => ({
      kind: 'setColumnWidth',
      sheet: t.sheet,
      column: columnLetter(left + columns.length + i),
      width: 20,
    })),
  );
  edits.push({ kind: 'freezeRows', sheet: t.sheet, rows: 1 });
  return edits;
}
