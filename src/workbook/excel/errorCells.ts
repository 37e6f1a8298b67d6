/**
 * The cells of a block of values that hold an Excel error (#VALUE!, #NAME?, #N/A …). `range.values` gives an error
 * as its English text ("#VALUE!"), as it gives text she typed: read so, a finding would quote it as typed text, in
 * English, where her Excel shows #VERDI! (i18n/excelValues.ts). The file adapter knows an error cell from the file;
 * here each block's range is asked, in the sync that loads its values, for its error cells: the addresses of its
 * formulas and of its constants that hold one (getSpecialCellsOrNullObject, ExcelApi 1.9 as the manifest asks),
 * nothing but a null object for a block without any, as nearly every block is. Not `valueTypes` for every cell:
 * some 9 bytes more per cell ("Double",), as much again as the values at 10 000 measures. A small block (an
 * Avstemming column of a few rows, a header row) takes its value types instead: VALUE_TYPES_CELLS cells cost less
 * response than the two calls cost request (some 460 bytes each, recordingContext.ts). An error cell's value
 * becomes a CellError, as the file adapter reads it.
 */
import { parseRange, type CellError } from '../../domain';
import type { Rect } from './readPlan';

/** The most cells a block asks the value types of: 9 bytes each, 576 at most, less than two calls' 920. */
export const VALUE_TYPES_CELLS = 64;

/** The grid of values of a block as loaded, its error cells marked once the sync is done. */
export type MarkErrors = (grid: readonly (readonly unknown[])[]) => readonly (readonly unknown[])[];

/**
 * Queues, on the block's range (its values already asked), what tells its error cells; what it returns marks them
 * in the values loaded, after the sync.
 */
export function askErrorCells(range: Excel.Range, rect: Rect): MarkErrors {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) <= VALUE_TYPES_CELLS) {
    range.load('valueTypes');
    return (grid) => {
      const cells = range.valueTypes.flatMap((row, r) =>
        row.flatMap((type, c) => {
          const [row1, col1] = [rect.top + r, rect.left + c];
          return type === 'Error' ? [{ top: row1, left: col1, bottom: row1, right: col1 }] : [];
        }),
      );
      return cells.length === 0 ? grid : markErrors(grid, rect, cells);
    };
  }
  const areas = (['Formulas', 'Constants'] as const).map((type) => {
    const found = range.getSpecialCellsOrNullObject(type, 'Errors');
    found.load('address');
    return found;
  });
  return (grid) => {
    const rects = areas.flatMap((a) => (a.isNullObject ? [] : areaRects(a.address)));
    return rects.length === 0 ? grid : markErrors(grid, rect, rects);
  };
}

/**
 * The blocks of a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1" as Office.js documents it; a quoted sheet name may
 * hold a comma): split at the commas outside quotes, each without its sheet.
 */
export function areaRects(address: string): Rect[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.flatMap((p) => {
    const rect = parseRange(p.trim().replace(/\$/g, ''));
    return rect ? [rect] : [];
  });
}

/**
 * `grid` (loaded over `block`) with each text value inside `errors` as the CellError it is; every other value as
 * loaded. Only the part of an error block inside `block` counts (Excel may answer for more than the range asked).
 */
export function markErrors(
  grid: readonly (readonly unknown[])[],
  block: Rect,
  errors: readonly Rect[],
): (readonly unknown[])[] {
  const out = grid.map((row) => [...row]);
  for (const e of errors) {
    for (let row = Math.max(e.top, block.top); row <= Math.min(e.bottom, block.bottom); row++) {
      const line = out[row - block.top];
      if (!line) continue;
      for (let col = Math.max(e.left, block.left); col <= Math.min(e.right, block.right); col++) {
        const value = line[col - block.left];
        if (typeof value === 'string' && value !== '') line[col - block.left] = { error: value } satisfies CellError;
      }
    }
  }
  return out;
}
