/**
 * Test helper: evaluates the small formula language the product writes (SUM over a range or over a
 * table's this-row span, SUMIFS and COUNTIFS over whole columns or table columns with "="-prefixed or wildcard criteria, "+"
 * between terms) against a workbook snapshot, as Excel would. Lets domain tests check formulas against the core's numbers without
 * a spreadsheet program.
 */
import { columnLetter, columnNumber, parseRange } from '../../src/domain/model/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/model/snapshot';

function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function valueAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = sheetOf(wb, sheet);
  const f = s.formulas?.[row - 1]?.[col - 1];
  if (f) return evalFormula(wb, sheet, f, row);
  return s.values[row - 1]?.[col - 1] ?? null;
}

/** Matches a SUMIFS criterion: "=text" is equality, otherwise * ? wildcards; ~ escapes; case-insensitive. */
export function criterionMatches(criterion: string, value: CellValue): boolean {
  const text = typeof value === 'string' ? value : value === null ? '' : String(value);
  const pattern = criterion.startsWith('=') ? criterion.slice(1) : criterion;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '~' && i + 1 < pattern.length) re += escape(pattern[++i] ?? '');
    else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += escape(ch);
  }
  if (criterion.startsWith('=') && pattern === '') return value === null || value === '';
  return new RegExp(`^${re}$`, 'is').test(text) && value !== null;
}

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits on a separator outside quotes and parentheses. */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === sep) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A range SUMIFS and COUNTIFS see: a column of a sheet, from row `top` to row `bottom`. */
interface ColumnRange {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * 'Sheet'!$H:$H (the whole column), or Table[Column] or Table[[Column]] (the column's body rows, as Excel names a table's column:
 * its header cell as typed, case aside; ' escapes [ ] # and ').
 */
function columnRef(wb: WorkbookSnapshot, ref: string): ColumnRange {
  const structured = /^(\w+)\[(?:\[((?:[^\]']|'.)+)\]|((?:[^\]']|'.)+))\]$/.exec(ref.trim());
  if (structured) {
    const name = (structured[1] ?? '').toLowerCase();
    const table = wb.tables.find((t) => t.name.toLowerCase() === name);
    const b = table ? parseRange(table.ref) : null;
    if (!table || !b) throw new Error(`#REF!: no table ${ref}`);
    const wanted = (structured[2] ?? structured[3] ?? '').replace(/'(.)/g, '$1').toLowerCase();
    for (let c = b.left; c <= b.right; c++) {
      if (String(valueAt(wb, table.sheet, b.top, c)).toLowerCase() === wanted)
        return { sheet: table.sheet, col: c, top: b.top + 1, bottom: b.bottom };
    }
    throw new Error(`#REF!: no column ${wanted} in ${table.name}`);
  }
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$([A-Z]+):\$[A-Z]+$/.exec(ref.trim());
  if (!m) throw new Error(`not a whole column or a table column: ${ref}`);
  const sheet = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
  return { sheet, col: columnNumber(m[3] ?? ''), top: 1, bottom: sheetOf(wb, sheet).values.length };
}

const literal = (s: string): string => {
  const t = s.trim();
  if (!t.startsWith('"')) throw new Error(`not a string literal: ${s}`);
  return t.slice(1, -1).replace(/""/g, '"');
};

function conditional(wb: WorkbookSnapshot, sumRef: string | null, args: string[]): number {
  const conds = [];
  for (let i = 0; i < args.length; i += 2)
    conds.push({ ...columnRef(wb, args[i] ?? ''), criterion: literal(args[i + 1] ?? '') });
  const sum = sumRef ? columnRef(wb, sumRef) : null;
  const first = conds[0];
  if (!first) throw new Error('no condition');
  // Excel pairs the ranges cell by cell: a whole column (1 048 576 rows) beside a table column is #VALUE!.
  const ranges = [...conds, ...(sum ? [sum] : [])];
  const whole = (c: ColumnRange) => c.top === 1 && c.bottom === sheetOf(wb, c.sheet).values.length;
  if (ranges.some((c) => whole(c) !== whole(first) || (!whole(c) && c.bottom - c.top !== first.bottom - first.top)))
    throw new Error('#VALUE!: SUMIFS ranges of different sizes');
  let total = 0;
  for (let i = 0; first.top + i <= first.bottom; i++) {
    if (!conds.every((c) => criterionMatches(c.criterion, valueAt(wb, c.sheet, c.top + i, c.col)))) continue;
    if (!sum) total += 1;
    else {
      const v = valueAt(wb, sum.sheet, sum.top + i, sum.col);
      if (typeof v === 'number') total += v;
    }
  }
  return total;
}

/**
 * The value of a formula on `sheet`, written in sheet row `row` (needed by "this row" references): a number;
 * throws on anything it does not understand.
 */
export function evalFormula(wb: WorkbookSnapshot, sheet: string, formula: string, row = 0): number {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return splitTop(body, '+').reduce((acc, term) => acc + evalTerm(wb, sheet, term.trim(), row), 0);
}

/** Table[[#This Row],[A]:[B]] at `row` as an A1 range of that row; throws outside the table's body. */
function thisRowRange(wb: WorkbookSnapshot, sheet: string, ref: string, row: number): string | null {
  const m = /^(\w+)\[\[#This Row\],\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]$/i.exec(ref.trim());
  if (!m) return null;
  const table = wb.tables.find((t) => t.name.toLowerCase() === (m[1] ?? '').toLowerCase() && t.sheet === sheet);
  const b = table ? parseRange(table.ref) : null;
  if (!b || row <= b.top || row > b.bottom) throw new Error(`#VALUE!: ${ref} in row ${row}`);
  const col = (name: string): number => {
    const wanted = name.replace(/'(.)/g, '$1');
    for (let c = b.left; c <= b.right; c++) if (String(valueAt(wb, sheet, b.top, c)) === wanted) return c;
    throw new Error(`#REF!: no column ${wanted} in ${table?.name}`);
  };
  return `${columnLetter(col(m[2] ?? ''))}${row}:${columnLetter(col(m[3] ?? ''))}${row}`;
}

function evalTerm(wb: WorkbookSnapshot, sheet: string, term: string, row: number): number {
  const m = /^([A-Z]+)\((.*)\)$/s.exec(term);
  if (!m) throw new Error(`cannot evaluate ${term}`);
  const args = splitTop(m[2] ?? '', ',');
  if (m[1] === 'SUMIFS') return conditional(wb, args[0] ?? '', args.slice(1));
  if (m[1] === 'COUNTIFS') return conditional(wb, null, args);
  if (m[1] === 'SUM') {
    const b = parseRange(thisRowRange(wb, sheet, args[0] ?? '', row) ?? args[0] ?? '');
    if (!b) throw new Error(`bad range ${args[0]}`);
    let total = 0;
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const v = valueAt(wb, sheet, r, c);
        total += typeof v === 'number' ? v : 0;
      }
    return total;
  }
  throw new Error(`unknown function ${m[1]}`);
}
