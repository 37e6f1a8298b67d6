/**
 * A generated sheet drafted as rows of cells that know their style, whether they hold an amount, and — for
 * formulas — the value the core expects them to compute. Turned into edits (one block of cells, then
 * styles and number formats by runs of cells). The expected values are what a recalculation is checked by.
 */
import { toRange } from '../model/a1';
import type { CellInput, CellStyle, Edit } from '../model/edits';
import type { Unit } from '../model/money';
import { AMOUNT_FORMATS, FINE_AMOUNT_FORMATS, finerThanShown } from './tableEdits';

export interface DraftCell {
  readonly input: CellInput;
  readonly style?: CellStyle;
  /** Holds an amount in Beløpsenhet: gets the unit's number format. */
  readonly amount?: boolean;
  /** For a formula: the value the core computed, in Beløpsenhet. */
  readonly expected?: number;
}

export type DraftRow = readonly (DraftCell | null)[];

/** A formula cell with its expected value. */
export const formulaCell = (formula: string, expected: number, amount = true): DraftCell => ({
  input: { formula: formula.startsWith('=') ? formula : `=${formula}`, value: expected },
  expected,
  amount,
});

/** A value the core computed (no live formula can express it). */
export const computedCell = (value: number, amount = true): DraftCell => ({ input: value, style: 'computed', amount });

/** Plain text cells, optionally styled. */
export const textRow = (texts: readonly (string | number)[], style?: CellStyle): DraftRow =>
  texts.map((t) => ({ input: t, ...(style ? { style } : {}) }));

/**
 * A block's title with a caption beside it, in the next column: the block is values from the check, not formulas.
 * Beside, not under: the sheet keeps its rows, so the block written last time still covers the new one.
 */
export const captionedTitle = (title: string, caption: string): DraftRow => [
  { input: title, style: 'title' },
  { input: caption, style: 'note' },
];

/** Runs of consecutive cells in one row that share a property, as ranges. */
function runs(
  rows: readonly DraftRow[],
  top: number,
  key: (cell: DraftCell | null) => string | null,
): { range: string; value: string }[] {
  const out: { range: string; value: string }[] = [];
  rows.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const prev = key(row[c - 1] ?? null);
      if (c < row.length && key(row[c] ?? null) === prev) continue;
      if (prev !== null) out.push({ range: toRange(top + r, start + 1, top + r, c), value: prev });
      start = c;
    }
  });
  return out;
}

/** The value an amount cell shows: a formula's expected result, or the number written. */
const shownValue = (cell: DraftCell): unknown => cell.expected ?? cell.input;

/**
 * The edits that write a draft at A1 of `sheet`, with styles and the amount format of `unit` — finer on an amount
 * that format would round (1,6505 mill; 1 650,5 thousand), so the sheet shows the report's figure.
 */
export function draftEdits(sheet: string, rows: readonly DraftRow[], unit: Unit): Edit[] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.input ?? null));
  const edits: Edit[] = [{ kind: 'setCells', sheet, origin: 'A1', values }];
  for (const run of runs(rows, 1, (cell) => cell?.style ?? null)) {
    edits.push({ kind: 'setStyle', sheet, range: run.range, style: run.value as CellStyle });
  }
  const format = (cell: DraftCell | null): string | null => {
    if (!cell?.amount) return null;
    return finerThanShown(shownValue(cell), unit) ? FINE_AMOUNT_FORMATS[unit] : AMOUNT_FORMATS[unit];
  };
  for (const run of runs(rows, 1, format)) {
    edits.push({ kind: 'setNumberFormat', sheet, range: run.range, format: run.value });
  }
  return edits;
}
