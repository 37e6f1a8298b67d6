/**
 * Reading the cells of one table row by schema key, recording each cell's A1 address, the keys of invalid
 * amounts and the amount findings (SPEC §7) as it goes.
 */
import { toA1 } from './a1';
import { makeFinding } from './makeFinding';
import type { LocatedTable } from './locateTable';
import { parseNorwegianNumber } from './norwegianNumber';
import { plainAmount, readAmount } from './readAmount';
import type { MappedTable } from './readTable';
import type { ColumnSpec } from './schema';
import { cellAt, cellText, formulaAt, isBlank } from './sheetCells';
import type { CellValue, Finding, Kr, Unit, Years } from './types';

/**
 * The cells objects of one table have the same keys in the same order (every row is read by the same code),
 * so each is copied from the table's first one and filled in: a plain object that gets some 25 computed
 * keys one by one falls into V8's dictionary mode, which made a read plan half as big again and slower.
 */
const cellTemplates = new WeakMap<MappedTable, { keys: readonly string[]; template: Record<string, string> }>();

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

// The cell keys ("year:<yyyy>") and headers of the last plan years read: every row needs them.
let lastYears: { years: Years; keys: readonly string[]; headers: readonly string[] } | null = null;

function yearNames(years: Years): { keys: readonly string[]; headers: readonly string[] } {
  if (lastYears?.years !== years) {
    lastYears = { years, keys: years.map((y) => `year:${y}`), headers: years.map(String) };
  }
  return lastYears;
}

export class RowReader {
  private readonly cellKeys: string[] = [];
  private readonly cellValues: string[] = [];
  readonly invalid: string[] = [];
  readonly findings: Finding[] = [];
  private measureId: string | undefined;

  constructor(
    private readonly t: LocatedTable,
    private readonly m: MappedTable,
    readonly row: number,
    private readonly unit: Unit,
  ) {}

  /**
   * The A1 address of every cell read so far, by schema key (or "year:<yyyy>"), in the order first read.
   * A new object on every call: ask once the row is read.
   */
  get cells(): Record<string, string> {
    const known = cellTemplates.get(this.m);
    if (known && sameKeys(known.keys, this.cellKeys)) {
      const cells = { ...known.template };
      for (let i = 0; i < this.cellKeys.length; i++) cells[this.cellKeys[i] ?? ''] = this.cellValues[i] ?? '';
      return cells;
    }
    const cells = Object.fromEntries(this.cellKeys.map((key, i) => [key, this.cellValues[i] ?? '']));
    cellTemplates.set(this.m, { keys: [...this.cellKeys], template: cells });
    return { ...cells };
  }

  private cellAddress(key: string): string | undefined {
    const i = this.cellKeys.indexOf(key);
    return i < 0 ? undefined : this.cellValues[i];
  }

  /** Findings from now on carry this measure ID. */
  setMeasureId(id: string): void {
    this.measureId = id === '' ? undefined : id;
  }

  private cell(key: string, col: number | undefined): CellValue {
    if (col === undefined) return null;
    const a1 = toA1(this.row, col);
    const i = this.cellKeys.indexOf(key);
    if (i >= 0) this.cellValues[i] = a1;
    else {
      this.cellKeys.push(key);
      this.cellValues.push(a1);
    }
    return cellAt(this.t.sheet, this.row, col);
  }

  /** The raw value of a schema column (null when the column is absent). */
  value(key: string): CellValue {
    return this.cell(key, this.m.columns.get(key));
  }

  /** Trimmed text of a column. */
  text(key: string): string {
    return cellText(this.value(key));
  }

  /** A choice column, spelled canonically when it matches a choice ignoring case; else as typed. */
  choice(key: string, choices: readonly string[]): string {
    const text = this.text(key);
    // Exact spelling first: the common case, and no lower-case copies of the text and every choice per row.
    if (choices.includes(text)) return text;
    const lower = text.toLowerCase();
    return choices.find((c) => c.toLowerCase() === lower) ?? text;
  }

  /** A number column (priority): a number or number text as is, else null. */
  number(key: string): number | null {
    const v = this.value(key);
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    return typeof v === 'string' ? parseNorwegianNumber(v) : null;
  }

  private readAmountAt(key: string, header: string, v: CellValue): Kr | null {
    const plain = plainAmount(v, this.unit);
    if (plain !== undefined) return plain;
    const read = readAmount(v, this.unit);
    if (read.invalid) this.invalid.push(key);
    const cell = this.cellAddress(key) ?? '';
    for (const issue of read.issues) {
      this.findings.push(
        makeFinding(issue.code, this.t.sheet.sheet, cell, { column: header, ...issue.params }, this.measureId),
      );
    }
    return read.value;
  }

  /** An amount column in kroner (null when empty or absent). */
  amount(spec: ColumnSpec): Kr | null {
    return this.readAmountAt(spec.key, spec.header, this.value(spec.key));
  }

  /**
   * A calculated column (Sum periode): a live formula's result is read quietly, since any problem is
   * reported on the cells it sums; a constant typed over it is read like any amount.
   */
  calculated(spec: ColumnSpec): Kr | null {
    const col = this.m.columns.get(spec.key);
    const v = this.value(spec.key);
    if (col === undefined || formulaAt(this.t.sheet, this.row, col) === '')
      return this.readAmountAt(spec.key, spec.header, v);
    const quiet = readAmount(v, this.unit);
    return quiet.invalid ? null : quiet.value;
  }

  /** The plan-year amounts in plan order (null for an empty cell or a missing year column). */
  years(years: Years): (Kr | null)[] {
    const { keys, headers } = yearNames(years);
    const amounts: (Kr | null)[] = [];
    for (let i = 0; i < years.length; i++) {
      const key = keys[i] ?? '';
      const y = years[i] ?? 0;
      amounts.push(this.readAmountAt(key, headers[i] ?? '', this.cell(key, this.m.yearColumns.get(y))));
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
      this.findings.push(
        makeFinding('formula-overwritten', this.t.sheet.sheet, toA1(this.row, col), params, this.measureId),
      );
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
