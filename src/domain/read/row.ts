/**
 * Reading the cells of one table row by schema key, recording the keys of invalid amounts and the amount
 * findings (SPEC §7) as it goes. Cell addresses are made only for findings: the row shares its table's
 * column map (MappedTable.cellColumns).
 */
import { toA1 } from '../model/a1';
import { makeFinding } from '../model/finding';
import type { LocatedTable } from './locateTable';
import { parseNorwegianNumber } from '../model/norwegianNumber';
import { plainAmount, readAmount } from './amount';
import type { MappedTable } from './table';
import { yearKey } from './rowCells';
import type { ColumnSpec } from '../model/schema';
import { parseChoice, type Choice } from '../model/choices';
import { cellAt, cellText, formulaAt, isBlank } from './sheetCells';
import type { Finding } from '../model/finding';
import type { Kr, Unit } from '../model/money';
import type { Years } from '../model/plan';
import type { CellValue } from '../model/snapshot';

// The cell keys ("year:<yyyy>") and headers of the last plan years read: every row needs them.
let lastYears: { years: Years; keys: readonly string[]; headers: readonly string[] } | null = null;

function yearNames(years: Years): { keys: readonly string[]; headers: readonly string[] } {
  if (lastYears?.years !== years) {
    lastYears = { years, keys: years.map(yearKey), headers: years.map(String) };
  }
  return lastYears;
}

// Shared by every row with nothing to say: most rows have no invalid amount and no finding.
const NO_KEYS: readonly string[] = Object.freeze([]);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Reads one row at a time: a table's reader makes one and moves it from row to row (`at`). */
export class RowReader {
  private invalidKeys: string[] | null = null;
  private found: Finding[] | null = null;
  private measureId: string | undefined;
  private current: number;

  constructor(
    private readonly t: LocatedTable,
    private readonly m: MappedTable,
    row: number,
    private readonly unit: Unit,
  ) {
    this.current = row;
  }

  /** The sheet row being read. */
  get row(): number {
    return this.current;
  }

  /**
   * Moves to another row, forgetting the last one's invalid keys, findings and measure ID (the lists handed
   * out stay with whoever took them).
   */
  at(row: number): this {
    this.current = row;
    this.invalidKeys = null;
    this.found = null;
    this.measureId = undefined;
    return this;
  }

  /** Keys of the cells read so far that held an invalid amount (counted as 0). */
  get invalid(): readonly string[] {
    return this.invalidKeys ?? NO_KEYS;
  }

  /** The amount findings of the cells read so far. */
  get findings(): readonly Finding[] {
    return this.found ?? NO_FINDINGS;
  }

  private report(f: Finding): void {
    (this.found ??= []).push(f);
  }

  /** Column letter per key read (schema keys and "year:<yyyy>"), shared by every row of the table. */
  get cellColumns(): Readonly<Record<string, string>> {
    return this.m.cellColumns;
  }

  /** Findings from now on carry this measure ID. */
  setMeasureId(id: string): void {
    this.measureId = id === '' ? undefined : id;
  }

  private cell(col: number | undefined): CellValue {
    return col === undefined ? null : cellAt(this.t.sheet, this.row, col);
  }

  /** The raw value of a schema column (null when the column is absent). */
  value(key: string): CellValue {
    return this.cell(this.m.columns.get(key));
  }

  /** Trimmed text of a column. */
  text(key: string): string {
    return cellText(this.value(key));
  }

  /** A choice column, spelled canonically when it matches a choice ignoring case; else as typed (parseChoice). */
  choice<C extends string>(key: string, choices: readonly C[]): Choice<C> {
    return parseChoice(this.text(key), choices);
  }

  /** A number column (priority): a number or number text as is, else null. */
  number(key: string): number | null {
    const v = this.value(key);
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    return typeof v === 'string' ? parseNorwegianNumber(v) : null;
  }

  private readAmountAt(key: string, header: string, col: number | undefined): Kr | null {
    const v = this.cell(col);
    const plain = plainAmount(v, this.unit);
    if (plain !== undefined) return plain;
    const read = readAmount(v, this.unit);
    if (read.invalid) (this.invalidKeys ??= []).push(key);
    const cell = col === undefined ? '' : toA1(this.row, col);
    for (const issue of read.issues) {
      this.report(
        makeFinding(issue.code, this.t.sheet.sheet, cell, { column: header, ...issue.params }, this.measureId),
      );
    }
    return read.value;
  }

  /** An amount column in kroner (null when empty or absent). */
  amount(spec: ColumnSpec): Kr | null {
    return this.readAmountAt(spec.key, spec.header, this.m.columns.get(spec.key));
  }

  /**
   * A calculated column (Sum periode): a live formula's result is read quietly, since any problem is
   * reported on the cells it sums; a constant typed over it is read like any amount.
   */
  calculated(spec: ColumnSpec): Kr | null {
    const col = this.m.columns.get(spec.key);
    if (col === undefined || formulaAt(this.t.sheet, this.row, col) === '')
      return this.readAmountAt(spec.key, spec.header, col);
    const v = this.cell(col);
    const plain = plainAmount(v, this.unit);
    if (plain !== undefined) return plain;
    const quiet = readAmount(v, this.unit);
    return quiet.invalid ? null : quiet.value;
  }

  /** The plan-year amounts in plan order (null for an empty cell or a missing year column). */
  years(years: Years): (Kr | null)[] {
    const { keys, headers } = yearNames(years);
    // Made at its size (the plan keeps one per row; pushing four values into [] leaves room for 17).
    const amounts = new Array<Kr | null>(years.length);
    for (let i = 0; i < years.length; i++) {
      amounts[i] = this.readAmountAt(keys[i] ?? '', headers[i] ?? '', this.m.yearColumns.get(years[i] ?? 0));
    }
    return amounts;
  }

  /** The formula-overwritten finding when the calculated column holds a typed constant. */
  checkCalculated(spec: ColumnSpec): void {
    const col = this.m.columns.get(spec.key);
    if (col === undefined) return;
    const v = cellAt(this.t.sheet, this.row, col);
    if (formulaAt(this.t.sheet, this.row, col) === '' && !isBlank(v)) {
      const params = { column: spec.header, value: cellText(v) };
      this.report(makeFinding('formula-overwritten', this.t.sheet.sheet, toA1(this.row, col), params, this.measureId));
    }
  }
}

// The calculated columns of a table, per table and specs: isEmptyRow runs once per body row. Weak, so that
// a read does not keep its snapshot alive.
const calculated = new WeakMap<
  MappedTable,
  { specs: readonly ColumnSpec[]; columns: ReadonlySet<number | undefined> }
>();

function calculatedColumns(m: MappedTable, specs: readonly ColumnSpec[]): ReadonlySet<number | undefined> {
  const known = calculated.get(m);
  if (known?.specs === specs) return known.columns;
  const columns = new Set(specs.filter((s) => s.type === 'formula').map((s) => m.columns.get(s.key)));
  calculated.set(m, { specs, columns });
  return columns;
}

/** Whether a row is empty in every column except calculated ones (Excel fills those in blank rows). */
export function isEmptyRow(t: LocatedTable, m: MappedTable, row: number, specs: readonly ColumnSpec[]): boolean {
  const skip = calculatedColumns(m, specs);
  for (let c = t.left; c <= t.right; c++) {
    if (!skip.has(c) && !isBlank(cellAt(t.sheet, row, c))) return false;
  }
  return true;
}
