/**
 * Loading the planned pieces in syncs whose estimated response stays under the budget (a fixed number of
 * syncs per block: one), and putting what came back together into one snapshot block per sheet. A sync
 * whose response is larger than the host allows all the same is loaded again, its blocks estimated anew (or a
 * lone block in halves): reads are safe to repeat.
 */
import {
  isDateFormat,
  toA1,
  toRange,
  type CellError,
  type CellValue,
  type SheetSnapshot,
  type VersionIdCells,
} from '../../domain';
import { serialToIso } from '../serialDate';
import { askErrorCells, type MarkErrors } from './errorCells';
import { officeErrorCode } from './errors';
import { BYTES_PER_CELL, HOST_PAYLOAD_LIMIT, isPayloadCode } from './payload';
import type { Piece, Rect } from './readPlan';

/** A piece with what Excel returned for it. */
export interface LoadedPiece {
  readonly piece: Piece;
  readonly grid: readonly (readonly unknown[])[];
}

const rowsOf = (r: Rect) => r.bottom - r.top + 1;
const colsOf = (r: Rect) => r.right - r.left + 1;

/** The estimated JSON bytes of a piece's response. */
export function estimate(p: Piece): number {
  return rowsOf(p.rect) * colsOf(p.rect) * (p.bytesPerCell ?? BYTES_PER_CELL[p.field]) + 64;
}

/** Row blocks of a piece of at most `budget` estimated bytes each (at least one row). */
export function splitPiece<T extends Piece>(p: T, budget: number): T[] {
  const perRow = colsOf(p.rect) * (p.bytesPerCell ?? BYTES_PER_CELL[p.field]);
  const step = Math.max(1, Math.floor((budget - 64) / Math.max(1, perRow)));
  const out: T[] = [];
  for (let top = p.rect.top; top <= p.rect.bottom; top += step) {
    out.push({ ...p, rect: { ...p.rect, top, bottom: Math.min(p.rect.bottom, top + step - 1) } });
  }
  return out;
}

/** Two halves of a piece (by rows, or by columns for one row); null for a single cell. */
function halve<T extends Piece>(p: T): T[] | null {
  const r = p.rect;
  if (rowsOf(r) > 1) {
    const mid = r.top + Math.floor(rowsOf(r) / 2) - 1;
    return [
      { ...p, rect: { ...r, bottom: mid } },
      { ...p, rect: { ...r, top: mid + 1 } },
    ];
  }
  if (colsOf(r) > 1) {
    const mid = r.left + Math.floor(colsOf(r) / 2) - 1;
    return [
      { ...p, rect: { ...r, right: mid } },
      { ...p, rect: { ...r, left: mid + 1 } },
    ];
  }
  return null;
}

/**
 * The blocks of a batch whose response Excel refused as too large, each estimated again at what that means: a
 * response over the host's cap (HOST_PAYLOAD_LIMIT) for what was estimated at their sum, at least twice as much. Cut
 * and packed again by that estimate, they go in a few syncs, not one each (review r38: texts longer than the estimate
 * per cell, a Kommentar of 860 characters on each of 5 000 rows, took a check read from 5 syncs to 37 when each block
 * of the refused batch, the smallest too, went again halved in a sync of its own).
 */
function reestimated(batch: readonly Queued[]): Queued[] {
  const sum = batch.reduce((n, p) => n + estimate(p), 0);
  const factor = Math.max(2, Math.ceil(HOST_PAYLOAD_LIMIT / sum));
  return batch.map((p) => ({ ...p, bytesPerCell: (p.bytesPerCell ?? BYTES_PER_CELL[p.field]) * factor }));
}

/**
 * The one block of a refused batch again in halves, each in a sync of its own; a single cell that fails on its own
 * is too large to read (`error` is thrown).
 */
function alone(batch: readonly Queued[], error: unknown): Queued[] {
  const again: Queued[] = [];
  for (const { alone: single, ...p } of batch) {
    const parts = halve(p) ?? (single ? null : [p]);
    if (!parts) throw error;
    again.push(...parts.map((part) => ({ ...part, alone: true })));
  }
  return again;
}

/**
 * A block waiting to be loaded; `alone` after Excel found it (with others) too large: it gets a sync of its own;
 * `probe` when it is (part of) a probe, loaded before anything read on what the probes tell.
 */
type Queued = Piece & { readonly alone?: boolean; readonly probe?: boolean };

/**
 * Probes loaded first, and what to load once they are in (`follow`): those pieces join the queue behind the
 * others, so they share their batches and cost no sync of their own unless the budget asks for one.
 */
export interface Probes {
  readonly pieces: readonly Piece[];
  readonly follow: (loaded: readonly LoadedPiece[]) => readonly Piece[];
}

/**
 * The next batch off the queue: its first block, then every later block that still fits the budget (first
 * fit), so that the last, smaller block of one piece fills the room another piece's blocks left. A block
 * marked `alone` goes in a batch of its own. Probes come first in the queue and stay in the first batch.
 */
function nextBatch(queue: Queued[], budget: number): Queued[] {
  const first = queue.shift() as Queued;
  const batch: Queued[] = [first];
  if (first.alone) return batch;
  let size = estimate(first);
  for (let i = 0; i < queue.length && size < budget;) {
    const next = queue[i] as Queued;
    const bytes = estimate(next);
    if (next.alone || size + bytes > budget) {
      i++;
      continue;
    }
    batch.push(next);
    queue.splice(i, 1);
    size += bytes;
  }
  return batch;
}

/** How many syncs loadPieces takes for `pieces` as planned (not counting what loaded blocks ask for besides). */
export function batchCount(pieces: readonly Piece[], budget: number): number {
  const queue: Queued[] = pieces.flatMap((p) => splitPiece(p, budget / 4));
  let count = 0;
  for (; queue.length > 0; count++) nextBatch(queue, budget);
  return count;
}

/**
 * Loads every piece; one sync per batch of blocks that fits the budget. Pieces are cut in blocks of a quarter
 * of the budget, so that a batch fills up well. The probes are loaded first and are not returned: what they
 * tell is in the pieces `probes.follow` adds. `asks` gives what each loaded block (not a probe) asks for besides:
 * those pieces join the queue behind it (the formulas of amount cells that hold number text, textFormulas.ts).
 * Each block of values (not a probe) learns in its own sync which of its cells hold an Excel error (errorCells.ts),
 * unless `errorsAsked` leaves it out.
 */
export async function loadPieces(
  context: Excel.RequestContext,
  pieces: readonly Piece[],
  budget: number,
  probes: Probes = { pieces: [], follow: () => [] },
  asks: (loaded: LoadedPiece) => readonly Piece[] = () => [],
  errorsAsked: (piece: Piece) => boolean = () => true,
): Promise<LoadedPiece[]> {
  const split = (p: Queued): Queued[] => splitPiece(p, budget / 4);
  const queue: Queued[] = [...probes.pieces.map((p) => ({ ...p, probe: true })), ...pieces].flatMap(split);
  const out: LoadedPiece[] = [];
  const probed: LoadedPiece[] = [];
  let followed = false;
  const follow = () => {
    if (followed || queue.some((q) => q.probe)) return;
    followed = true;
    queue.push(...probes.follow(probed).flatMap(split));
  };
  follow();
  while (queue.length > 0) {
    const batch = nextBatch(queue, budget);
    // A block of values asks in the same sync which of its cells hold an Excel error (errorCells.ts), unless
    // `errorsAsked` says not; a probe, which only tells whether a sheet is a saved version, does not.
    const ranges = batch.map((p): { range: Excel.Range; marks: MarkErrors | null } => {
      const range = context.workbook.worksheets
        .getItem(p.sheet)
        .getRange(toRange(p.rect.top, p.rect.left, p.rect.bottom, p.rect.right));
      range.load(p.field);
      return { range, marks: p.field === 'values' && !p.probe && errorsAsked(p) ? askErrorCells(range, p.rect) : null };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadCode(officeErrorCode(error))) throw error;
      queue.unshift(...(batch.length > 1 ? reestimated(batch).flatMap(split) : alone(batch, error)));
      continue;
    }
    batch.forEach(({ alone: _, probe, ...piece }, i) => {
      const { range, marks } = ranges[i] as (typeof ranges)[number];
      const loaded = range[piece.field] as unknown[][];
      const grid = marks ? marks(loaded) : loaded;
      (probe ? probed : out).push({ piece, grid });
      if (!probe) queue.push(...asks({ piece, grid }).flatMap(split));
    });
    follow();
  }
  return out;
}

/** A loaded value as the domain's CellValue; an error cell comes marked (errorCells.ts) as a CellError. */
function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isCellError(value)) return value;
  return String(value);
}

const isCellError = (value: unknown): value is CellError =>
  typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';

const toFormula = (f: unknown): string | null => (typeof f === 'string' && f.startsWith('=') ? f : null);
const toFormat = (f: unknown): string | null => (typeof f === 'string' && f !== '' ? f : null);

const CONVERT = { values: toCellValue, formulas: toFormula, numberFormat: toFormat } as const;

function union(rects: readonly Rect[]): Rect {
  return rects.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
}

/** One field's grid over `box`, null where nothing was loaded; undefined when no piece loaded that field. */
function fieldGrid<T>(box: Rect, loaded: readonly LoadedPiece[], field: Piece['field']): T[][] | undefined {
  const mine = loaded.filter((l) => l.piece.field === field);
  if (mine.length === 0) return undefined;
  const grid: T[][] = Array.from({ length: rowsOf(box) }, () => new Array<T>(colsOf(box)).fill(null as T));
  const convert = CONVERT[field] as (v: unknown) => T;
  for (const { piece, grid: data } of mine) {
    data.forEach((row, r) => {
      const line = grid[piece.rect.top - box.top + r];
      if (line) row.forEach((v, c) => (line[piece.rect.left - box.left + c] = convert(v)));
    });
  }
  return grid;
}

/**
 * A number in a cell whose number format shows a date becomes its date (an ISO string), as the file adapter
 * reads it: `values` gives a date as its serial (a "1.5" that Norwegian Excel made the 1st of May reads 46143),
 * which must not pass for an amount. The 1900 date system is assumed (which one the workbook uses needs
 * ExcelApi 1.16); it only changes which date the message names.
 */
function datesAsDates(values: CellValue[][], formats: readonly (readonly (string | null)[])[]): void {
  const known = new Map<string, boolean>();
  formats.forEach((row, r) =>
    row.forEach((format, c) => {
      const line = values[r];
      const value = line?.[c];
      if (format === null || typeof value !== 'number' || !line) return;
      let isDate = known.get(format);
      if (isDate === undefined) known.set(format, (isDate = isDateFormat(format)));
      if (isDate) line[c] = serialToIso(value, false);
    }),
  );
}

/** The values of version ID columns loaded (excel/versionIds.ts), per sheet in the order loaded. */
export function versionIdCellsOf(loaded: readonly LoadedPiece[]): VersionIdCells[] {
  const bySheet = new Map<string, CellValue[]>();
  for (const { piece, grid } of loaded) {
    const values = bySheet.get(piece.sheet) ?? [];
    for (const row of grid) for (const v of row) values.push(toCellValue(v));
    bySheet.set(piece.sheet, values);
  }
  return [...bySheet].map(([sheet, values]) => ({ sheet, values }));
}

/** One snapshot block per sheet in workbook order (a sheet nothing was read of is empty). */
export function assembleSheets(sheets: readonly string[], loaded: readonly LoadedPiece[]): SheetSnapshot[] {
  return sheets.map((sheet) => {
    const mine = loaded.filter((l) => l.piece.sheet === sheet);
    if (mine.length === 0) return { sheet, origin: 'A1', values: [] };
    const box = union(mine.map((l) => l.piece.rect));
    const values = fieldGrid<CellValue>(box, mine, 'values') ?? [];
    const formulas = fieldGrid<string | null>(box, mine, 'formulas');
    const numberFormats = fieldGrid<string | null>(box, mine, 'numberFormat');
    if (numberFormats) datesAsDates(values, numberFormats);
    return {
      sheet,
      origin: toA1(box.top, box.left),
      values: values.length > 0 ? values : Array.from({ length: rowsOf(box) }, () => new Array(colsOf(box)).fill(null)),
      ...(formulas ? { formulas } : {}),
      ...(numberFormats ? { numberFormats } : {}),
    };
  });
}
