/**
 * Amounts typed as text (SPEC §7 `amount-text`): "1 500" or "2,4" that the check counts but Excel's own SUM and
 * SUMIFS skip. The product offers to convert them to real numbers: each such cell gets the number its text
 * reads as, in the workbook's unit, and the amount format when its own format would keep it text ("@") or show
 * it as a date (amountFormat.ts); a Toleranse (SPEC §3, the finding's reason 'setting') gets the format its Verdi
 * cell has in the template instead, General, which shows the decimals typed: the amount format of 1000 kr would
 * show a Toleranse of 0,5 (500 kr, what the check uses) as 1. Only those cells are written: they sit in the
 * product's tables (or are the Toleranse), and the user asks for the conversion after seeing the list. A cell holding a formula whose result is such text is left
 * out: its text was not typed, and writing the number would put a value over the user's formula. The snapshot
 * must hold the formula of every amount cell whose value is number text: a file's holds every formula, and the
 * Excel adapter's check read loads those.
 */
import { parseA1, toA1, toRange } from '../model/a1';
import type { Edit } from '../model/edits';
import type { Finding } from '../model/finding';
import { fromKr, kr, type Unit } from '../model/money';
import { parseNorwegianNumber } from '../model/norwegianNumber';
import type { WorkbookSnapshot } from '../model/snapshot';
import { amountFormatEdits } from './amountFormat';
import { findSheet } from '../read/locateTable';
import { formulaAt } from '../read/sheetCells';

/** An amount cell whose text reads as `number` (in the workbook unit). */
export interface TextAmount {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly number: number;
}

/**
 * The number format a setting's Verdi cell has in the template (settingsEdits.ts gives it none): General shows a
 * Toleranse as typed, decimals and all.
 */
const SETTING_FORMAT = 'General';

/** Whether `cell` (A1) on `sheet` of `wb` holds a formula. */
function holdsFormula(wb: WorkbookSnapshot, sheet: string, cell: string): boolean {
  const s = findSheet(wb, sheet);
  const at = parseA1(cell);
  return s !== undefined && at !== null && (formulaAt(s, at.row, at.col) ?? '') !== '';
}

/**
 * The number a text amount is: the one it shows, in the workbook `unit` — but a Toleranse whose text names kroner
 * in a plan of another unit was read in kroner (toleranceText.ts), so it becomes what was read, in `unit` («500
 * kroner» in 1000 kr: 0,5, never 500).
 */
function numberOf(f: Finding, text: string, unit: Unit): number | null {
  const read = f.params.read;
  return f.params.reason === 'setting-kroner' && typeof read === 'number'
    ? fromKr(kr(read), unit)
    : parseNorwegianNumber(text);
}

/**
 * The amount cells of `wb` typed as text (`findings` read from it, in the workbook `unit`), in the order of the
 * findings, each cell once.
 */
export function textAmounts(wb: WorkbookSnapshot, findings: readonly Finding[], unit: Unit): TextAmount[] {
  const seen = new Set<string>();
  const out: TextAmount[] = [];
  for (const f of findings) {
    const text = f.params.value;
    if (f.code !== 'amount-text' || typeof text !== 'string') continue;
    const number = numberOf(f, text, unit);
    const key = `${f.sheet}!${f.cell}`;
    if (number === null || seen.has(key) || holdsFormula(wb, f.sheet, f.cell)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, cell: f.cell, text, number });
  }
  return out;
}

/** A cell to write on one sheet: its row, column and what goes there. */
interface Placed<T> {
  readonly row: number;
  readonly col: number;
  readonly value: T;
}

/** A run of cells next to each other down a column: its first cell and what goes in each. */
interface Run<T> {
  readonly top: number;
  readonly col: number;
  readonly values: T[];
}

/** The runs of `cells` (by column, then row); `joins` says whether a value may join the run of the one above. */
function columnRuns<T>(cells: readonly Placed<T>[], joins: (above: T, value: T) => boolean = () => true): Run<T>[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run<T>[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const above = last?.values[last.values.length - 1];
    if (last && last.col === c.col && last.top + last.values.length === c.row && joins(above as T, c.value))
      last.values.push(c.value);
    else runs.push({ top: c.row, col: c.col, values: [c.value] });
  }
  return runs;
}

const runRange = (r: Run<unknown>): string =>
  r.values.length === 1 ? toA1(r.top, r.col) : toRange(r.top, r.col, r.top + r.values.length - 1, r.col);

/**
 * The edits that make each amount of `findings` typed as text a number: first the amount format where the
 * cell's format (as `wb`, the snapshot the findings were read from, reports it) is text or a date, so that
 * Excel takes the number as a number (General for the Toleranse), then the number. Cells next to each other down a column go in one edit
 * (a column pasted as text: one block, not one Office.js call per cell, some 500 bytes of request each).
 */
export function planTextAmounts(wb: WorkbookSnapshot, findings: readonly Finding[], unit: Unit): Edit[] {
  const amounts = textAmounts(wb, findings, unit);
  const settings = new Set(
    findings
      .filter((f) => f.code === 'amount-text' && String(f.params.reason).startsWith('setting'))
      .map((f) => `${f.sheet}!${f.cell}`),
  );
  const sheets = [...new Set(amounts.map((a) => a.sheet))];
  const formats = sheets.flatMap((sheet) => {
    const mine = amounts.filter((a) => a.sheet === sheet);
    const cellsOf = (setting: boolean) =>
      mine.filter((a) => settings.has(`${a.sheet}!${a.cell}`) === setting).map((a) => a.cell);
    const cells: Placed<string>[] = [];
    const edits = [
      ...amountFormatEdits(wb, sheet, cellsOf(false), unit),
      ...amountFormatEdits(wb, sheet, cellsOf(true), unit, SETTING_FORMAT),
    ];
    for (const e of edits) {
      const at = e.kind === 'setNumberFormat' ? parseA1(e.range) : null;
      if (at && e.kind === 'setNumberFormat') cells.push({ ...at, value: e.format });
    }
    return columnRuns(cells, (a, b) => a === b).map((r): Edit => ({
      kind: 'setNumberFormat',
      sheet,
      range: runRange(r),
      format: r.values[0] as string,
    }));
  });
  const values = sheets.flatMap((sheet) => {
    const cells = amounts.flatMap((a): Placed<number>[] => {
      const at = a.sheet === sheet ? parseA1(a.cell) : null;
      return at ? [{ ...at, value: a.number }] : [];
    });
    return columnRuns(cells).map((r): Edit => ({
      kind: 'setCells',
      sheet,
      origin: toA1(r.top, r.col),
      values: r.values.map((v) => [v]),
    }));
  });
  return [...formats, ...values];
}
