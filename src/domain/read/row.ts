/**
 * Reading the cells of table rows by schema key, recording the keys of invalid amounts and the amount
 * findings (SPEC §7) as it goes. What every row of a table shares is worked out once per table (TableRows):
 * the sheet's origin, the plan years' keys and headers, the calculated columns; each row gets a small
 * RowReader. Cell addresses are made only for findings: the row shares its table's column map
 * (MappedTable.cellColumns).
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
import { cellAt, cellText, cellValueType, formulaAt, isBlank, originOf, type Origin } from './sheetCells';
import type { Finding } from '../model/finding';
import type { Kr, Unit } from '../model/money';
import type { Years } from '../model/plan';
import type { CellValue } from '../model/snapshot';

// Shared by every row with nothing to say: most rows have no invalid amount and no finding.
const NO_KEYS: readonly string[] = Object.freeze([]);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** One table's body as rows to read: what its rows share, worked out once. */
export class TableRows {
  /** Where the sheet snapshot starts (parsed once: every cell read needs it). */
  readonly origin: Origin;
  /** Per plan year: its cell key ("year:<yyyy>"), its header text and its sheet column (if found). */
  readonly yearKeys: readonly string[];
  readonly yearHeaders: readonly string[];
  readonly yearColumns: readonly (number | undefined)[];
  /** The calculated columns: Excel fills them in blank rows, so they do not make a row non-empty. */
  private readonly calculated: ReadonlySet<number | undefined>;

  constructor(
    readonly t: LocatedTable,
    readonly m: MappedTable,
    readonly unit: Unit,
    years: Years,
    specs: readonly ColumnSpec[],
  ) {
    this.origin = originOf(t.sheet);
    this.yearKeys = years.map(yearKey);
    this.yearHeaders = years.map(String);
    this.yearColumns = years.map((y) => m.yearColumns.get(y));
    this.calculated = new Set(specs.filter((s) => s.type === 'formula').map((s) => m.columns.get(s.key)));
  }

  /** The value at a sheet row and column of this table's sheet. */
  cell(row: number, col: number): CellValue {
    return cellAt(this.t.sheet, row, col, this.origin);
  }

  /** Whether a row is empty in every column except calculated ones. Hot: asked for every body row. */
  isEmpty(row: number): boolean {
    const { left, right } = this.t;
    for (let c = left; c <= right; c++) {
      if (!this.calculated.has(c) && !isBlank(this.cell(row, c))) return false;
    }
    return true;
  }

  /** The sheet columns of a row that hold something, calculated columns aside (asked once per table). */
  filledColumns(row: number): number[] {
    const out: number[] = [];
    for (let c = this.t.left; c <= this.t.right; c++) {
      if (!this.calculated.has(c) && !isBlank(this.cell(row, c))) out.push(c);
    }
    return out;
  }

  /**
   * The one sheet column of a row that holds something, calculated columns aside; undefined when none or more
   * than one does (read/noteRow.ts: a note typed alone). Stops at the second filled cell: asked of every body row.
   */
  soleFilledColumn(row: number): number | undefined {
    let found: number | undefined;
    for (let c = this.t.left; c <= this.t.right; c++) {
      if (this.calculated.has(c) || isBlank(this.cell(row, c))) continue;
      if (found !== undefined) return undefined;
      found = c;
    }
    return found;
  }

  /** A reader of one sheet row, its findings carrying the measure ID of `idKey`'s cell when given. */
  reader(row: number, idKey?: string): RowReader {
    return new RowReader(this, row, idKey);
  }
}

/** Reads the cells of one row, collecting its invalid amount keys and amount findings. */
export class RowReader {
  private invalidKeys: string[] | null = null;
  private found: Finding[] | null = null;
  private types: Record<string, 'logical' | 'error'> | null = null;
  private readonly measureId: string | undefined;

  constructor(
    private readonly table: TableRows,
    readonly row: number,
    idKey?: string,
  ) {
    const id = idKey === undefined ? '' : this.text(idKey);
    this.measureId = id === '' ? undefined : id;
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
    return this.table.m.cellColumns;
  }

  private cell(col: number | undefined): CellValue {
    return col === undefined ? null : this.table.cell(this.row, col);
  }

  private formula(col: number): string | undefined {
    return formulaAt(this.table.t.sheet, this.row, col, this.table.origin);
  }

  /** The raw value of a schema column (null when the column is absent). */
  value(key: string): CellValue {
    return this.cell(this.table.m.columns.get(key));
  }

  /** Trimmed text of a column; a logical or an error value (TRUE, #N/A) is its English name, noted in valueTypes. */
  text(key: string): string {
    const v = this.value(key);
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') this.noteValueType(key, v);
    return cellText(v);
  }

  /** Notes the key of a cell holding a logical or an error value (cellValueType). */
  noteValueType(key: string, v: CellValue): void {
    const type = cellValueType(v);
    if (type !== undefined) (this.types ??= {})[key] = type;
  }

  /** The cells read as text so far that held a logical or an error value, by key; undefined when none (nearly always). */
  get valueTypes(): Readonly<Record<string, 'logical' | 'error'>> | undefined {
    return this.types ?? undefined;
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

  /**
   * Prioritet: a number or number text, else null; text that reads as a valid priority (a whole number ≥ 1) is
   * priority-text (Excel sorts text after every number), other text is the validator's priority-invalid.
   */
  priority(): number | null {
    const p = this.number('priority');
    const col = this.table.m.columns.get('priority');
    const v = this.cell(col);
    if (col !== undefined && typeof v === 'string' && p !== null && Number.isInteger(p) && p >= 1) {
      const cell = toA1(this.row, col);
      const params = { value: v.trim(), priority: p };
      this.report(makeFinding('priority-text', this.table.t.sheet.sheet, cell, params, this.measureId));
    }
    return p;
  }

  /** The text of a number column that holds something else than a number (text, TRUE, an error); else undefined. */
  notNumber(key: string): string | undefined {
    const v = this.value(key);
    if (isBlank(v) || this.number(key) !== null) return undefined;
    const text = cellText(v);
    return text === '' ? undefined : text;
  }

  private readAmountAt(key: string, header: string, col: number | undefined): Kr | null {
    const v = this.cell(col);
    const plain = plainAmount(v, this.table.unit);
    if (plain !== undefined) return plain;
    const read = readAmount(v, this.table.unit);
    if (read.invalid) (this.invalidKeys ??= []).push(key);
    const cell = col === undefined ? '' : toA1(this.row, col);
    const sheet = this.table.t.sheet.sheet;
    for (const issue of read.issues) {
      this.report(makeFinding(issue.code, sheet, cell, { column: header, ...issue.params }, this.measureId));
    }
    return read.value;
  }

  /** An amount column in kroner (null when empty or absent). */
  amount(spec: ColumnSpec): Kr | null {
    return this.readAmountAt(spec.key, spec.header, this.table.m.columns.get(spec.key));
  }

  /**
   * A calculated column (Sum periode): a live formula's result is read quietly, since any problem is
   * reported on the cells it sums; a constant typed over it is read like any amount.
   */
  calculated(spec: ColumnSpec): Kr | null {
    const col = this.table.m.columns.get(spec.key);
    if (col === undefined || this.formula(col) === '') return this.readAmountAt(spec.key, spec.header, col);
    const v = this.cell(col);
    const plain = plainAmount(v, this.table.unit);
    if (plain !== undefined) return plain;
    const quiet = readAmount(v, this.table.unit);
    return quiet.invalid ? null : quiet.value;
  }

  /** The plan-year amounts in plan order (null for an empty cell or a missing year column). Hot: every row. */
  years(): (Kr | null)[] {
    const { yearKeys, yearHeaders, yearColumns } = this.table;
    // Made at its size (the plan keeps one per row; pushing four values into [] leaves room for 17).
    const amounts = new Array<Kr | null>(yearKeys.length);
    for (let i = 0; i < yearKeys.length; i++) {
      amounts[i] = this.readAmountAt(yearKeys[i] ?? '', yearHeaders[i] ?? '', yearColumns[i]);
    }
    return amounts;
  }

  /** The formula-overwritten finding when the calculated column holds a typed constant. */
  checkCalculated(spec: ColumnSpec): void {
    const col = this.table.m.columns.get(spec.key);
    if (col === undefined) return;
    const v = this.cell(col);
    if (this.formula(col) === '' && !isBlank(v)) {
      const valueType = cellValueType(v);
      const params = { column: spec.header, value: cellText(v), ...(valueType && { valueType }) };
      const sheet = this.table.t.sheet.sheet;
      this.report(makeFinding('formula-overwritten', sheet, toA1(this.row, col), params, this.measureId));
    }
  }
}
