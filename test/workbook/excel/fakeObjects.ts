/**
 * Fake Excel objects for the recording context: Range, Worksheet, Table. Writes are recorded when queued and
 * take effect at sync(); loaded properties can only be read after a sync() (as in Office.js).
 */
import { parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import { cellsOf, usedRef, type FakeModel, type FakeSheet } from './fakeModel';

export interface Recorder {
  readonly model: FakeModel;
  /** Records an operation now; `effect` runs at the next sync(). */
  queue(op: string, target: string, value: unknown, effect?: () => void): void;
  /** Marks `object` to be resolved at the next sync(). */
  requestLoad(target: string, props: string, resolve: () => void): void;
}

export function sheetOf(rec: Recorder, name: string): FakeSheet {
  const sheet = rec.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
  return sheet;
}

type Grid = unknown[][];

export class FakeRange {
  private data: { address: string; values: Grid; formulas: Grid; numberFormat: Grid; valueTypes: Grid } | null = null;
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
  private write(op: 'values' | 'formulas' | 'numberFormat', grid: Grid): void {
    this.rec.queue(op, this.target(), grid, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      cellsOf(this.bounded()).forEach((row, r) =>
        row.forEach((a1, c) => {
          const v = grid[r]?.[c] as string | number | boolean;
          const old = sheet.cells.get(a1);
          if (op === 'numberFormat')
            return void sheet.cells.set(a1, { value: old?.value ?? '', ...old, numberFormat: String(v) });
          if (v === '') return void sheet.cells.delete(a1);
          const formula = op === 'formulas' && typeof v === 'string' && v.startsWith('=') ? v : undefined;
          sheet.cells.set(a1, { value: formula ? 0 : v, formula, numberFormat: old?.numberFormat });
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
    else this.rec.queue('numberFormat', this.target(), grid);
  }
  private loaded<K extends 'address' | 'values' | 'formulas' | 'numberFormat' | 'valueTypes'>(key: K) {
    if (!this.data) throw new Error(`fake: ${key} read before load + sync (${this.target()})`);
    return this.data[key];
  }
  get values(): Grid {
    return this.loaded('values');
  }
  get formulas(): Grid {
    return this.loaded('formulas');
  }
  get numberFormat(): Grid {
    return this.loaded('numberFormat');
  }
  get valueTypes(): Grid {
    return this.loaded('valueTypes');
  }
  get address(): string {
    return this.loaded('address');
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }

  load(props: string): void {
    this.rec.requestLoad(this.target(), props, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      const ref = this.ref === 'used' ? usedRef(sheet) : this.bounded();
      if (ref === null) return void (this.nullObject = true);
      const cells = cellsOf(ref).map((row) => row.map((a1) => sheet.cells.get(a1)));
      const quoted = /[^A-Za-z0-9_]/.test(this.sheetName) ? `'${this.sheetName}'` : this.sheetName;
      this.data = {
        address: `${quoted}!${ref}`,
        values: cells.map((row) => row.map((c) => c?.value ?? '')),
        formulas: cells.map((row) => row.map((c) => c?.formula ?? c?.value ?? '')),
        numberFormat: cells.map((row) => row.map((c) => c?.numberFormat ?? 'General')),
        valueTypes: cells.map((row) =>
          row.map((c) =>
            c === undefined ? 'Empty' : c.error ? 'Error' : typeof c.value === 'number' ? 'Double' : 'String',
          ),
        ),
      };
    });
  }
  get format() {
    const rec = (op: string) => (value: unknown) => this.rec.queue(op, this.target(), value);
    return {
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
        rec('columnWidth')(v);
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
    this.rec.queue('select', this.target(), null);
  }
  /** Insert › Shift cells down: in the range's columns, every cell from its top row moves down by its height. */
  insert(shift: string): void {
    this.rec.queue('insert', this.target(), shift, () => {
      const sheet = sheetOf(this.rec, this.sheetName);
      const b = parseRange(this.bounded());
      if (!b || shift !== 'Down') throw new Error(`fake: insert ${shift} not modelled`);
      const height = b.bottom - b.top + 1;
      const moving = [...sheet.cells].filter(([a1]) => {
        const at = parseRange(a1);
        return at !== null && at.top >= b.top && at.left >= b.left && at.left <= b.right;
      });
      for (const [a1] of moving) sheet.cells.delete(a1);
      for (const [a1, cell] of moving) {
        const at = parseRange(a1);
        if (at) sheet.cells.set(toA1(at.top + height, at.left), cell);
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

/** Bounds of a table column's data body, resolved from the header row in the model. */
export function bodyColumnRef(rec: Recorder, sheet: string, tableRef: string, header: string): string {
  const r = parseRange(tableRef);
  const cells = sheetOf(rec, sheet).cells;
  const headers = cellsOf(tableRef)[0] ?? [];
  const index = headers.findIndex((a1) => String(cells.get(a1)?.value) === header);
  if (!r || index < 0) throw Object.assign(new Error(`ItemNotFound: column ${header}`), { code: 'ItemNotFound' });
  return toRange(r.top + 1, r.left + index, Math.max(r.top + 1, r.bottom), r.left + index);
}
