/**
 * The cells a write owns hold what was planned: on each named sheet, every cell that differs between the
 * workbook before and after is a cell the edits wrote (or, inside a block the product clears and writes
 * anew, every cell is the last value an edit wrote there or empty), read back through the adapter. A user's
 * cell beside such a block stays as it was.
 */
import {
  parseA1,
  parseRange,
  type CellInput,
  type CellValue,
  type Edit,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../../../src/domain';
import { cellAt, formulaAt, sheetBounds } from '../../../../src/domain/read/sheetCells';
import { evaluateRowSum, isRowSum } from '../../../../src/domain/sheets/rowSum';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';

const key = (r: number, c: number): string => `${r}:${c}`;

/** What reading back a written input gives: a formula's cached value, an empty text as empty. */
function expectedValue(input: CellInput): CellValue {
  if (input !== null && typeof input === 'object') return input.value ?? null;
  return input === '' ? null : input;
}

/** The last value each setCells edit writes, by sheet and cell. */
function planned(edits: readonly Edit[]): Map<string, Map<string, CellValue>> {
  const out = new Map<string, Map<string, CellValue>>();
  for (const e of edits) {
    if (e.kind !== 'setCells') continue;
    const at = parseA1(e.origin);
    if (!at) continue;
    const cells = out.get(e.sheet) ?? new Map<string, CellValue>();
    out.set(e.sheet, cells);
    e.values.forEach((row, i) => row.forEach((v, j) => cells.set(key(at.row + i, at.col + j), expectedValue(v))));
  }
  return out;
}

/** Whether (r, c) of `sheet` lies in a block a clearOwnedRange edit empties. */
function cleared(edits: readonly Edit[], sheet: string, r: number, c: number): boolean {
  return edits.some((e) => {
    if (e.kind !== 'clearOwnedRange' || e.sheet !== sheet) return false;
    const b = parseRange(e.range);
    return b !== null && r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
  });
}

/**
 * Whether (r, c) holds, before and after, the same per-row sum in a row an edit wrote, now showing the row's sum:
 * its result brought up to date as Excel's recalculation would (write/rowSums.ts), not a write of the cell.
 */
function recalculated(
  old: SheetSnapshot | undefined,
  now: SheetSnapshot,
  tables: WorkbookSnapshot['tables'],
  cells: ReadonlyMap<string, CellValue>,
  r: number,
  c: number,
): boolean {
  const formula = formulaAt(now, r, c);
  if (!old || !formula || !isRowSum(formula) || formulaAt(old, r, c) !== formula) return false;
  if (![...cells.keys()].some((k) => k.startsWith(`${r}:`))) return false;
  const own = tables.filter((t) => t.sheet === now.sheet);
  return evaluateRowSum(formula, r, own, (rr, cc) => cellAt(now, rr, cc)) === cellAt(now, r, c);
}

const sheetOf = (sheets: readonly SheetSnapshot[], name: string): SheetSnapshot | undefined =>
  sheets.find((s) => s.sheet === name);

/**
 * Problems: a cell of `sheets` that holds something else than the last edit wrote there, or that changed
 * without an edit naming it. On a sheet the product writes (`generated`: Sammendrag, Avstemming) a cell
 * no edit names must be empty inside the blocks it clears, and unchanged outside them.
 */
export async function ownedCellProblems(
  before: Uint8Array,
  after: Uint8Array,
  sheets: readonly string[],
  edits: readonly Edit[],
  generated = false,
): Promise<string[]> {
  const a = await (await XlsxWorkbook.fromBuffer(before)).read();
  const b = await (await XlsxWorkbook.fromBuffer(after)).read();
  const plan = planned(edits);
  const problems: string[] = [];
  for (const name of sheets) {
    const old = sheetOf(a.sheets, name);
    const now = sheetOf(b.sheets, name);
    if (!now) {
      problems.push(`${name}: missing after the write`);
      continue;
    }
    const cells = plan.get(name) ?? new Map<string, CellValue>();
    const ba = old ? sheetBounds(old) : { top: 1, left: 1, bottom: 0, right: 0 };
    const bb = sheetBounds(now);
    for (let r = Math.min(ba.top, bb.top); r <= Math.max(ba.bottom, bb.bottom); r++) {
      for (let c = Math.min(ba.left, bb.left); c <= Math.max(ba.right, bb.right); c++) {
        const was = old && !(generated && cleared(edits, name, r, c)) ? cellAt(old, r, c) : null;
        const is = cellAt(now, r, c);
        const want = cells.get(key(r, c));
        if (want !== undefined && JSON.stringify(is) !== JSON.stringify(want))
          problems.push(`${name} ${key(r, c)}: ${JSON.stringify(is)} ≠ planned ${JSON.stringify(want)}`);
        if (
          want === undefined &&
          JSON.stringify(is) !== JSON.stringify(was) &&
          !recalculated(old, now, b.tables, cells, r, c)
        )
          problems.push(`${name} ${key(r, c)}: changed without an edit`);
      }
    }
  }
  return problems;
}
