/**
 * Cell blocks as operations: the values (or formulas) of a setCells edit and the grid of a number format,
 * split into row blocks under the payload budget. Strings that Excel would read as something else get the
 * text format "@" in the same block, queued before the values (textInput.ts), so text stays text.
 */
import { parseA1, parseRange, toA1, toRange, type CellInput } from '../../domain';
import { jsonBytes } from './payload';
import { mightParse } from './textInput';

/** One unit of queued work: its estimated request bytes and the Office calls that queue it (no sync). */
export interface Op {
  readonly bytes: number;
  readonly run: () => void;
}

/**
 * What a queued write costs besides its data: Office's actions and object paths. Measured with the request
 * builder of office.js 1.1.110: worksheets.getItem("Tiltak drift").getRange("H1002").values = [[1500]], as this
 * adapter queues one cell, is 467 bytes of request JSON (a number format and values on one range 580); a longer
 * sheet name or address adds its own length. At 200, a batch of 15 000 such cells estimated at 3 MB sent about
 * 7 MB, over Excel on the web's 5 MB cap (converting amounts typed as text writes cell by cell).
 */
export const OP_OVERHEAD = 500;

export const TEXT_FORMAT = '@';

/**
 * office.js itself cuts a grid of more than GRID_BLOCK_CELLS cells written to `values`, `formulas` or `numberFormat`
 * into row blocks of about that many cells (Math.round(1 500 / columns) rows), each with calls of its own: some 680
 * bytes of request a block, measured with its request builder (5 000 × 21 numbers: 48 608 bytes over the data in 71
 * blocks). On a grid of one-digit cells that is a fifth more than the data (review r38); counted at 700.
 */
const GRID_BLOCK_CELLS = 1500;
const GRID_BLOCK_OVERHEAD = 700;

/** What office.js adds to a grid of `rows` × `cols` written in one call (see GRID_BLOCK_CELLS); 0 up to 1 500 cells. */
export function gridBlockBytes(rows: number, cols: number): number {
  if (cols === 0 || rows * cols <= GRID_BLOCK_CELLS) return 0;
  return Math.ceil(rows / Math.max(1, Math.round(GRID_BLOCK_CELLS / cols))) * GRID_BLOCK_OVERHEAD;
}

/** A formula object → its text with a leading "="; null → "" (an empty cell). */
export function toOfficeInput(cell: CellInput): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  return cell;
}

const isFormula = (c: CellInput): boolean => c !== null && typeof c === 'object';

/** Whether writing `c` sets the cell's number format to text first ("@"): a string Excel might parse. */
export const getsTextFormat = (c: CellInput): boolean => typeof c === 'string' && mightParse(c);

/** One row as Excel gets it: its inputs, and "@" for each string Excel might parse (null: leave the format). */
interface Line {
  readonly row: number;
  /** null: a cell of hers a clear kept, left as it is (Office leaves a cell whose entry is null). */
  readonly data: (string | number | boolean | null)[];
  readonly formats: (string | null)[] | null;
  readonly formula: boolean;
  /** Bytes of its inputs. */
  readonly bytes: number;
  /** Bytes of its formats in a block that sends formats: its marks, or a null per cell when it has none. */
  readonly formatBytes: number;
}

function toLine(cells: readonly CellInput[], row: number, kept: (j: number) => boolean): Line {
  const data = cells.map((c, j) => (kept(j) ? null : toOfficeInput(c)));
  const marks = cells.map((c, j) => (getsTextFormat(c) && !kept(j) ? TEXT_FORMAT : null));
  const formats = marks.some((m) => m !== null) ? marks : null;
  return {
    row,
    data,
    formats,
    formula: cells.some(isFormula),
    bytes: jsonBytes(data),
    formatBytes: jsonBytes(formats ?? marks),
  };
}

/**
 * Row blocks of `lines` whose request stays within `budget`. A block with one marked row sends a format grid
 * for all its rows (Office takes a grid the size of the range), nulls for the unmarked ones, in a call of its
 * own; all of it counts:
 * [null ×25] is 126 bytes, more than a row of amounts, so a block of mostly unmarked rows would otherwise
 * go out at twice its estimate (a saved version of 10 000 measures sent 4.6 MB against a 3 MB budget).
 */
function lineBlocks(lines: readonly Line[], budget: number): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  let data = 0;
  let formats = 0;
  let marked = false;
  for (const line of lines) {
    const grids = (marked || line.formats ? 2 : 1) * gridBlockBytes(current.length + 1, line.data.length);
    const withLine =
      data + line.bytes + 1 + grids + (marked || line.formats ? OP_OVERHEAD + formats + line.formatBytes + 1 : 0);
    if (current.length > 0 && withLine > budget) {
      blocks.push(current);
      [current, data, formats, marked] = [[], 0, 0, false];
    }
    current.push(line);
    data += line.bytes + 1;
    formats += line.formatBytes + 1;
    marked ||= line.formats !== null;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Writes `rows` at `origin` of a sheet: one range per row block (one per row when the rows are ragged). A cell in
 * `kept` (A1, a cell of hers a clear kept) is left as it is, whatever `rows` carry for it.
 */
export function cellOps(
  sheet: () => Excel.Worksheet,
  origin: string,
  rows: readonly (readonly CellInput[])[],
  budget: number,
  kept?: ReadonlySet<string>,
): Op[] {
  const at = parseA1(origin);
  if (!at || rows.length === 0) return [];
  const width = rows[0]?.length ?? 0;
  const keeps = (row: number) => (j: number) => kept?.has(toA1(row, at.col + j)) === true;
  const lines = rows.map((r, i) => toLine(r, at.row + i, keeps(at.row + i))).filter((l) => l.data.length > 0);
  const rectangular = rows.every((r) => r.length === width);
  const blocks = rectangular ? lineBlocks(lines, budget - OP_OVERHEAD) : lines.map((l) => [l]);
  return blocks.map((block) => {
    const first = block[0] as Line;
    const cols = first.data.length;
    const ref = toRange(first.row, at.col, first.row + block.length - 1, at.col + cols - 1);
    const formats = block.some((l) => l.formats) ? block.map((l) => l.formats ?? l.data.map(() => null)) : null;
    const data = block.map((l) => l.data);
    // `formulas` takes constants too, but only blocks with a formula need it.
    const asFormulas = block.some((l) => l.formula);
    return {
      bytes:
        (formats ? 2 : 1) * (OP_OVERHEAD + gridBlockBytes(block.length, cols)) +
        block.reduce((n, l) => n + l.bytes + 1 + (formats ? l.formatBytes + 1 : 0), 0),
      run: () => {
        const range = sheet().getRange(ref);
        if (formats) range.numberFormat = formats;
        if (asFormulas) range.formulas = data;
        else range.values = data;
      },
    };
  });
}

/** A number format over a bounded range, as row blocks of its 2-D grid (Office takes no single value). */
export function numberFormatOps(sheet: () => Excel.Worksheet, ref: string, format: string, budget: number): Op[] {
  const r = parseRange(ref);
  if (!r) throw new Error(`setNumberFormat needs a bounded range, got "${ref}"`);
  const cols = r.right - r.left + 1;
  const line = Array.from({ length: cols }, () => format);
  const rowBytes = jsonBytes(line) + 1;
  // office.js's own row blocks (gridBlockBytes): their overhead shared by their rows, one more for a part block.
  const perRow = rowBytes + GRID_BLOCK_OVERHEAD / Math.max(1, Math.round(GRID_BLOCK_CELLS / cols));
  const step = Math.max(1, Math.floor((budget - OP_OVERHEAD - GRID_BLOCK_OVERHEAD) / perRow));
  const ops: Op[] = [];
  for (let top = r.top; top <= r.bottom; top += step) {
    const bottom = Math.min(r.bottom, top + step - 1);
    const grid = Array.from({ length: bottom - top + 1 }, () => line);
    ops.push({
      bytes: OP_OVERHEAD + rowBytes * grid.length + gridBlockBytes(grid.length, cols),
      run: () => {
        sheet().getRange(toRange(top, r.left, bottom, r.right)).numberFormat = grid;
      },
    });
  }
  return ops;
}
