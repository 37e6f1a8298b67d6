/**
 * Fake Excel objects for the recording context: Range, Worksheet, Table. Writes are recorded when queued and
 * take effect at sync(); loaded properties can only be read after a sync() (as in Office.js).
 */
import { parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import { jsonBytes } from '../../../src/workbook/excel/payload';
import { cellsOf, sheetOf, usedRef, type FakeCell, type FakeModel } from './fakeModel';

export { sheetOf };
import { typedCell } from './typedInput';
import { assertSelectable, assertWritable, formatProtection } from './fakeLocks';
import { columnProperties, setColumnWidth } from './fakeViews';
import { rowHiddenOf, setRowHidden } from './fakeRows';

export interface Recorder {
  readonly model: FakeModel;
  /** Records an operation now; `effect` runs at the next sync(). */
  queue(op: string, target: string, value: unknown, effect?: () => void): void;
  /** Marks a load to be resolved at the next sync(); `resolve` returns the bytes of JSON it delivers. */
  requestLoad(target: string, props: string, resolve: () => number): void;
}

type Grid = unknown[][];
type Field = 'address' | 'values' | 'formulas' | 'numberFormat' | 'valueTypes';

/** What a loaded range holds, per field: only the fields asked for are filled (and count as response). */
function loadedFields(sheetName: string, ref: string, cells: (FakeCell | undefined)[][], fields: Field[]) {
  const quoted = /[^A-Za-z0-9_]/.test(sheetName) ? `'${sheetName}'` : sheetName;
  const all: Record<Field, () => unknown> = {
    address: () => `${quoted}!${ref}`,
    values: () => cells.map((row) => row.map((c) => c?.value ?? '')),
    formulas: () => cells.map((row) => row.map((c) => c?.formula ?? c?.value ?? '')),
    numberFormat: () => cells.map((row) => row.map((c) => c?.numberFormat ?? 'General')),
    valueTypes: () =>
      cells.map((row) =>
        row.map((c) =>
          c === undefined ? 'Empty' : c.error ? 'Error' : typeof c.value === 'number' ? 'Double' : 'String',
        ),
      ),
  };
  return Object.fromEntries(fields.map((f) => [f, all[f]()])) as Partial<Record<Field, unknown>>;
}

export class FakeRange {
  private data: Partial<Record<Field, unknown>> | null = null;
  private nullObject = false;
  constructor(
    private readonly rec: Recorder,
    private readonly sheetName: string,
    /** A bounded address, null for the whole sheet, 'used' for the used range; a function is resolved late. */
    private readonly ref: string | null | 'used' | (() => string),
  ) {}

  private target(): string {
    let ref: string | null;
    try {
      ref = typeof this.ref === 'function' ? this.ref() : this.ref;
    } catch {
      ref = '?'; // not resolvable before sync (e.g. a column of a table created in this batch)
    }
    return `${this.sheetName}!${ref ?? '*'}`;
  }
  /** The bounded address (for tables.add / resize in the fake). */
  get boundedRef(): string {
    return this.bounded();
  }
  private bounded(): string {
    const ref = typeof this.ref === 'function' ? this.ref() : this.ref;
    if (ref === null || ref === 'used') throw new Error('fake: range has no bounded address');
    return ref;
  }
  /** Writes a grid as Excel would: null leaves a cell as it is, "" empties it, strings are typed input. */
  private write(op: 'values' | 'formulas' | 'numberFormat', grid: Grid): void {
    this.rec.queue(op, this.target(), grid, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      const rows = cellsOf(this.bounded());
      if (grid.length !== rows.length || grid.some((r, i) => r.length !== rows[i]?.length))
        throw Object.assign(new Error(`InvalidArgument: ${op} grid does not fit ${this.target()}`), {
          code: 'InvalidArgument',
        });
      rows.forEach((row, r) =>
        row.forEach((a1, c) => {
          const v = grid[r]?.[c] as string | number | boolean | null;
          if (v === null) return;
          assertWritable(sheet, a1, op === 'numberFormat');
          const old = sheet.cells.get(a1);
          const format = old?.numberFormat;
          if (op === 'numberFormat') {
            if (old) old.numberFormat = String(v);
            else sheet.cells.set(a1, { value: '', numberFormat: String(v) });
          } else if (v === '') {
            // Excel empties the cell and keeps its format.
            if (format === undefined) sheet.cells.delete(a1);
            else sheet.cells.set(a1, { value: '', numberFormat: format });
          } else if (typeof v === 'string') sheet.cells.set(a1, typedCell(v, format, op === 'formulas'));
          // A number into a cell in the text format is stored as its text, as the domain takes it Excel does
          // (measureEdits/amountFormat.ts): the stricter of the two readings (review r38; unchecked on an Excel).
          else if (format === '@' && typeof v === 'number')
            sheet.cells.set(a1, { value: String(v), numberFormat: '@' });
          else sheet.cells.set(a1, format === undefined ? { value: v } : { value: v, numberFormat: format });
        }),
      );
    });
  }
  set values(grid: Grid) {
    this.write('values', grid);
  }
  set formulas(grid: Grid) {
    this.write('formulas', grid);
  }
  set numberFormat(grid: Grid) {
    if (Array.isArray(grid)) this.write('numberFormat', grid);
    else
      this.rec.queue('numberFormat', this.target(), grid, () => {
        throw Object.assign(new Error('InvalidArgument: numberFormat needs a 2-D array'), { code: 'InvalidArgument' });
      });
  }
  private loaded(key: Field): unknown {
    if (!this.data || !(key in this.data)) throw new Error(`fake: ${key} read before load + sync (${this.target()})`);
    return this.data[key];
  }
  get values(): Grid {
    return this.loaded('values') as Grid;
  }
  get formulas(): Grid {
    return this.loaded('formulas') as Grid;
  }
  get numberFormat(): Grid {
    return this.loaded('numberFormat') as Grid;
  }
  get valueTypes(): Grid {
    return this.loaded('valueTypes') as Grid;
  }
  get address(): string {
    return this.loaded('address') as string;
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  /** Hides or shows the range's rows, whole (fakeRows.ts). */
  set rowHidden(hide: boolean) {
    setRowHidden(this.rec, this.sheetName, () => this.bounded(), this.target(), hide);
  }

  /** Range.rowHidden as loaded: true when every row of it is hidden, false when none is, null when some are. */
  get rowHidden(): boolean | null {
    if (!this.hidden) throw new Error(`fake: rowHidden read before load + sync (${this.target()})`);
    return this.hidden.value;
  }
  private hidden: { value: boolean | null } | null = null;

  /** Loads the named fields at the next sync; the fake counts their JSON as the response. */
  load(props: string): void {
    const all = props.split(',').map((p) => p.trim());
    const fields = all.filter((p) => p !== 'rowHidden') as Field[];
    this.rec.requestLoad(this.target(), props, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      const ref = this.ref === 'used' ? usedRef(sheet, true) : this.bounded();
      if (ref === null) {
        this.nullObject = true;
        return 0;
      }
      const cells = cellsOf(ref).map((row) => row.map((a1) => sheet.cells.get(a1)));
      // Two loads of one range before a sync give both (as Office.js): each counts what it asked for.
      const data = loadedFields(this.sheetName, ref, cells, fields);
      this.data = { ...this.data, ...data };
      if (all.includes('rowHidden')) this.hidden = { value: rowHiddenOf(sheet.hiddenRows, ref) };
      return jsonBytes(data);
    });
  }
  /** Range.getRowsBelow (ExcelApi 1.2): the `count` rows under this range, as wide as it. */
  getRowsBelow(count = 1): FakeRange {
    return new FakeRange(this.rec, this.sheetName, () => {
      const r = parseRange(this.bounded());
      if (!r) throw new Error(`fake: bad range ${this.target()}`);
      return toRange(r.bottom + 1, r.left, r.bottom + count, r.right);
    });
  }
  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9), as the adapter asks it: the formulas, or the constants, that
   * hold an error (errorCells.ts). Only those are modelled.
   */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): FakeRangeAreas {
    if (valueType !== 'Errors' || (cellType !== 'Formulas' && cellType !== 'Constants'))
      throw new Error(`fake: getSpecialCellsOrNullObject(${cellType}, ${valueType}) is not modelled`);
    return new FakeRangeAreas(this.rec, this.sheetName, () => this.bounded(), cellType === 'Formulas');
  }
  getColumnProperties(_options: unknown) {
    return columnProperties(this.rec, this.sheetName, this.bounded());
  }
  get format() {
    const rec = (op: string) => (value: unknown) => this.rec.queue(op, this.target(), value);
    const width = (v: number) => setColumnWidth(this.rec, this.sheetName, this.bounded(), this.target(), v);
    return {
      protection: formatProtection(this.rec, this.sheetName, () => this.bounded()),
      fill: {
        set color(v: string) {
          rec('fill.color')(v);
        },
        clear: () => rec('fill.clear')(null),
      },
      font: {
        set color(v: string) {
          rec('font.color')(v);
        },
        set bold(v: boolean) {
          rec('font.bold')(v);
        },
        set italic(v: boolean) {
          rec('font.italic')(v);
        },
        set size(v: number) {
          rec('font.size')(v);
        },
      },
      set columnWidth(v: number) {
        width(v);
      },
    };
  }
  get dataValidation() {
    const queue = (op: string, v: unknown) => this.rec.queue(op, this.target(), v);
    return {
      clear: () => queue('dataValidation.clear', null),
      set rule(v: unknown) {
        queue('dataValidation.rule', v);
      },
    };
  }
  select(): void {
    this.rec.queue('select', this.target(), null, () =>
      assertSelectable(sheetOf(this.rec, this.sheetName), this.bounded()),
    );
  }
  /**
   * Insert › Shift cells down: in the range's columns, every cell from its top row moves down by its height, and
   * the inserted cells take the number formats of the cells above them (Excel's default, «Formater på samme måte
   * som over»; VBA's Range.Insert documents its default CopyOrigin as xlFormatFromLeftOrAbove).
   */
  insert(shift: string): void {
    this.rec.queue('insert', this.target(), shift, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      const b = parseRange(this.bounded());
      if (!b || shift !== 'Down') throw new Error(`fake: insert ${shift} not modelled`);
      const height = b.bottom - b.top + 1;
      shiftTables(this.rec, this.sheetName, b, height);
      const moving = [...sheet.cells].filter(([a1]) => {
        const at = parseRange(a1);
        return at !== null && at.top >= b.top && at.left >= b.left && at.left <= b.right;
      });
      for (const [a1] of moving) sheet.cells.delete(a1);
      for (const [a1, cell] of moving) {
        const at = parseRange(a1);
        if (at) sheet.cells.set(toA1(at.top + height, at.left), cell);
      }
      for (let col = b.left; col <= b.right; col++) {
        const above = b.top > 1 ? sheet.cells.get(toA1(b.top - 1, col))?.numberFormat : undefined;
        if (above === undefined) continue;
        for (let row = b.top; row <= b.bottom; row++)
          sheet.cells.set(toA1(row, col), { value: '', numberFormat: above });
      }
    });
  }
  clear(applyTo: string): void {
    this.rec.queue('clear', this.target(), applyTo, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      if (this.ref === null) return sheet.cells.clear();
      for (const a1 of cellsOf(this.bounded()).flat()) sheet.cells.delete(a1);
    });
  }
}

/**
 * What Excel does to the tables of a sheet when cells are inserted (shift down) over `b`: a table in exactly
 * those columns at or below the insert moves down; one the insert lands inside (below its header row, up to
 * and including its total row) grows by the inserted rows; a table that would be cut (its columns only partly
 * in the shifted block) makes Excel refuse the whole insert.
 */
function shiftTables(
  rec: Recorder,
  sheet: string,
  b: { top: number; left: number; bottom: number; right: number },
  height: number,
): void {
  for (const t of rec.model.tables) {
    const r = t.sheet.toLowerCase() === sheet.toLowerCase() ? parseRange(t.ref) : null;
    if (!r || r.bottom < b.top || r.right < b.left || r.left > b.right) continue;
    if (r.left < b.left || r.right > b.right)
      throw Object.assign(new Error('InvalidOperation: the insert would shift cells in a table'), {
        code: 'InvalidOperation',
      });
    if (r.top >= b.top) t.ref = toRange(r.top + height, r.left, r.bottom + height, r.right);
    else t.ref = toRange(r.top, r.left, r.bottom + height, r.right);
  }
}

/** Bounds of a table column's data body, resolved from the header row in the model. */
export function bodyColumnRef(rec: Recorder, sheet: string, tableRef: string, header: string): string {
  const r = parseRange(tableRef);
  const cells = sheetOf(rec, sheet).cells;
  const headers = cellsOf(tableRef)[0] ?? [];
  const index = headers.findIndex((a1) => String(cells.get(a1)?.value) === header);
  if (!r || index < 0) throw Object.assign(new Error(`ItemNotFound: column ${header}`), { code: 'ItemNotFound' });
  return toRange(r.top + 1, r.left + index, Math.max(r.top + 1, r.bottom), r.left + index);
}

/**
 * The RangeAreas of a range's error cells (FakeRange.getSpecialCellsOrNullObject): its address, as Office.js gives it
 * ("Sheet1!A1:B4, Sheet1!D1:D4", the sheet quoted as in a range's address), one block per run of such cells down a
 * column; a null object when there is none.
 */
export class FakeRangeAreas {
  private found: string | null = null;
  private nullObject = false;
  constructor(
    private readonly rec: Recorder,
    private readonly sheetName: string,
    private readonly ref: () => string,
    private readonly formulas: boolean,
  ) {}
  load(props: string): void {
    if (props !== 'address') throw new Error(`fake: RangeAreas.load(${props}) is not modelled`);
    const target = `${this.sheetName}!${this.ref()} ${this.formulas ? 'Formulas' : 'Constants'}`;
    this.rec.requestLoad(target, `errors ${props}`, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      const r = parseRange(this.ref());
      const blocks: string[] = [];
      for (let col = r?.left ?? 1; r && col <= r.right; col++) {
        let start = 0;
        for (let row = r.top; row <= r.bottom + 1; row++) {
          const c = row <= r.bottom ? sheet.cells.get(toA1(row, col)) : undefined;
          const isError = c?.error === true && (c.formula !== undefined) === this.formulas;
          if (isError && start === 0) start = row;
          if (!isError && start > 0) {
            blocks.push(start === row - 1 ? toA1(start, col) : `${toA1(start, col)}:${toA1(row - 1, col)}`);
            start = 0;
          }
        }
      }
      const quoted = /[^A-Za-z0-9_]/.test(this.sheetName) ? `'${this.sheetName.replace(/'/g, "''")}'` : this.sheetName;
      this.nullObject = blocks.length === 0;
      this.found = blocks.map((b) => `${quoted}!${b}`).join(', ');
      return jsonBytes(this.nullObject ? { isNullObject: true } : { address: this.found });
    });
  }
  get isNullObject(): boolean {
    if (this.found === null) throw new Error('fake: RangeAreas read before load + sync');
    return this.nullObject;
  }
  get address(): string {
    if (this.found === null || this.nullObject) throw new Error('fake: address of a null or unloaded RangeAreas');
    return this.found;
  }
}
