/**
 * Applies planned edits to a snapshot in memory: what a workbook would read back after an adapter applied
 * them. Used to read a plan from content before any file exists (the template's Sammendrag, the example's
 * tests, the task pane's preview). Cells only: styles, widths and validation are not part of a snapshot.
 * Formulas keep their text; a per-row sum (rowSum.ts) gets its value, any other formula keeps the value it was
 * saved with, and one the edits write reads as null (rowSum.ts formulaValue).
 */
import { parseA1, parseRange, toRange } from '../model/a1';
import { patchSheet, tablesKeepRows, writtenRows, type CellsWrite } from './patchSheet';
import { formulaValue } from './rowSum';
import type { CellInput, Edit } from '../model/edits';
import type { CellValue, NameInfo, SheetSnapshot, TableInfo, WorkbookSnapshot } from '../model/snapshot';

interface Cell {
  value: CellValue;
  formula: string | null;
  format: string | null;
}

type Grid = Map<number, Map<number, Cell>>;

/** A workbook with nothing in it. */
export const EMPTY_WORKBOOK: WorkbookSnapshot = { sheets: [], tables: [], names: [] };

function gridOf(sheet: SheetSnapshot): Grid {
  const grid: Grid = new Map();
  const origin = parseA1(sheet.origin) ?? { row: 1, col: 1 };
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c] || null;
      const format = sheet.numberFormats?.[r]?.[c] ?? null;
      if (value === null && !formula && !format) return;
      setCell(grid, origin.row + r, origin.col + c, { value, formula, format });
    }),
  );
  return grid;
}

function setCell(grid: Grid, row: number, col: number, cell: Cell): void {
  const line = grid.get(row) ?? new Map<number, Cell>();
  grid.set(row, line);
  line.set(col, cell);
}

function writeCell(grid: Grid, row: number, col: number, input: CellInput): void {
  const format = grid.get(row)?.get(col)?.format ?? null;
  if (input !== null && typeof input === 'object')
    setCell(grid, row, col, { value: null, formula: input.formula, format });
  else setCell(grid, row, col, { value: input, formula: null, format });
}

function writeBlock(grid: Grid, w: CellsWrite): void {
  const o = parseA1(w.origin) ?? { row: 1, col: 1 };
  w.values.forEach((row, r) => row.forEach((v, c) => writeCell(grid, o.row + r, o.col + c, v)));
}

const NONE: ReadonlySet<number> = new Set();

/** Sheets whose edits do more than write cells: cleared, inserted into, formatted, or holding a new or deleted table. */
function sheetsToRebuild(wb: WorkbookSnapshot, edits: readonly Edit[]): Set<string> {
  const out = new Set<string>();
  const sheetOf = (name: string) => wb.tables.find((t) => t.name === name)?.sheet;
  for (const e of edits) {
    if (e.kind === 'clearOwnedRange' || e.kind === 'insertCells' || e.kind === 'setNumberFormat') out.add(e.sheet);
    else if (e.kind === 'createTable' || e.kind === 'deleteOwnedTable') {
      out.add(sheetOf(e.name) ?? '');
      if (e.kind === 'createTable') out.add(e.sheet);
    }
  }
  return out;
}

function toSheet(name: string, grid: Grid, formatsKnown: boolean, tables: readonly TableInfo[]): SheetSnapshot {
  let rows = 0;
  let cols = 0;
  for (const [r, line] of grid) {
    for (const c of line.keys()) {
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
  }
  const at = (r: number, c: number): Cell | undefined => grid.get(r)?.get(c);
  const matrix = <T>(f: (cell: Cell | undefined, row: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(at(r + 1, c + 1), r + 1)));
  const own = tables.filter((t) => t.sheet === name);
  const value = (r: number, c: number): CellValue => at(r, c)?.value ?? null;
  return {
    sheet: name,
    origin: 'A1',
    values: matrix((cell, r) =>
      cell?.formula ? formulaValue(cell.formula, r, own, value, cell.value) : (cell?.value ?? null),
    ),
    formulas: matrix((cell) => cell?.formula ?? null),
    ...(formatsKnown ? { numberFormats: matrix((cell) => cell?.format ?? null) } : {}),
  };
}

function applyFormat(grid: Grid, range: string, format: string): void {
  const b = parseRange(range);
  if (!b) return;
  // Only cells that exist get the format: a snapshot's used range does not grow with formatted spare rows.
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) {
      const cell = grid.get(r)?.get(c);
      if (cell) cell.format = format;
    }
}

/** Empties the cells of a block (clearOwnedRange) but those it keeps: everything outside it stays. */
function clearBlock(grid: Grid, range: string, keep: readonly string[] = []): void {
  const b = parseRange(range);
  if (!b) return;
  const kept = new Set(keep.flatMap((ref) => parseA1(ref) ?? []).map((a) => `${a.row}:${a.col}`));
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) if (!kept.has(`${r}:${c}`)) grid.get(r)?.delete(c);
}

/**
 * Inserts empty cells at a block (insertCells): in its columns, every cell from its top row down moves
 * down by its height, and so does a table that lies wholly below it in those columns, as in Excel.
 */
function insertBlock(grid: Grid, sheet: string, range: string, tables: TableInfo[]): TableInfo[] {
  const b = parseRange(range);
  if (!b) return tables;
  const height = b.bottom - b.top + 1;
  const rows = [...grid.keys()].filter((r) => r >= b.top).sort((x, y) => y - x);
  for (const r of rows)
    for (let c = b.left; c <= b.right; c++) {
      const cell = grid.get(r)?.get(c);
      if (!cell) continue;
      grid.get(r)?.delete(c);
      setCell(grid, r + height, c, cell);
    }
  return tables.map((t) => {
    const tb = parseRange(t.ref);
    if (t.sheet !== sheet || !tb || tb.top < b.top || tb.left < b.left || tb.right > b.right) return t;
    return { ...t, ref: toRange(tb.top + height, tb.left, tb.bottom + height, tb.right) };
  });
}

/**
 * The snapshot a workbook would read back after `edits` were applied to `wb`. A sheet that no edit touches, and
 * that holds no table an edit creates, resizes or deletes, is passed on as it was, formula values included: the
 * task pane's live check applies one row's edits to a plan of thousands, and rebuilding every sheet was half of it.
 */
export function applyEdits(wb: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const source = new Map(wb.sheets.map((s) => [s.sheet, s]));
  // Sheets that only get cells written are patched row by row (patchSheet.ts) unless a table on them changes
  // rows they do not write; the others are rebuilt from a grid.
  const rebuild = sheetsToRebuild(wb, edits);
  const writes = new Map<string, CellsWrite[]>();
  const grids = new Map<string, Grid>();
  let tables: TableInfo[] = [...wb.tables];
  const names = new Map<string, NameInfo>((wb.names ?? []).map((n) => [n.name, n]));
  const grid = (sheet: string): Grid => {
    const known = source.get(sheet);
    const g = grids.get(sheet) ?? (known ? gridOf(known) : new Map());
    grids.set(sheet, g);
    return g;
  };
  const patched = (sheet: string) => source.has(sheet) && !rebuild.has(sheet);
  // A table that changes changes the per-row sums on its sheet.
  const tableSheet = (name: string) => {
    const t = tables.find((x) => x.name === name);
    if (t && !patched(t.sheet)) grid(t.sheet);
  };
  for (const e of edits) {
    // A snapshot has no visibility: a hidden sheet (ensureSheet hidden) reads back like any other.
    if (e.kind === 'ensureSheet') {
      if (!patched(e.sheet)) grid(e.sheet);
    } else if (e.kind === 'setCells') {
      if (patched(e.sheet)) writes.set(e.sheet, [...(writes.get(e.sheet) ?? []), e]);
      else writeBlock(grid(e.sheet), e);
    } else if (e.kind === 'createTable') {
      tableSheet(e.name);
      grid(e.sheet);
      const made: TableInfo = { name: e.name, sheet: e.sheet, ref: e.ref, ...(e.totalsRow ? { totalsRow: true } : {}) };
      tables = [...tables.filter((t) => t.name !== e.name), made];
    } else if (e.kind === 'resizeTable') {
      tableSheet(e.name);
      tables = tables.map((t) => (t.name === e.name ? { ...t, ref: e.ref } : t));
    } else if (e.kind === 'deleteOwnedTable') {
      tableSheet(e.name);
      tables = tables.filter((t) => t.name !== e.name);
    } else if (e.kind === 'defineName') names.set(e.name, { name: e.name, ref: e.ref });
    else if (e.kind === 'clearOwnedRange') clearBlock(grid(e.sheet), e.range, e.keep);
    else if (e.kind === 'insertCells') tables = insertBlock(grid(e.sheet), e.sheet, e.range, tables);
    else if (e.kind === 'setNumberFormat') applyFormat(grid(e.sheet), e.range, e.format);
  }
  // A source that reported no number formats for a sheet still reports none: absent is not "General".
  const formatsKnown = (name: string) => source.get(name)?.numberFormats !== undefined || !source.has(name);
  const rebuilt = ([name, g]: [string, Grid]) => toSheet(name, g, formatsKnown(name), tables);
  const written = (s: SheetSnapshot, w: readonly CellsWrite[]): SheetSnapshot => {
    const rows = writtenRows(s, w);
    if (rows && tablesKeepRows(s.sheet, wb.tables, tables, rows)) return patchSheet(s, w, tables);
    const g = gridOf(s);
    w.forEach((x) => writeBlock(g, x));
    return rebuilt([s.sheet, g]);
  };
  const sheets = [
    ...wb.sheets.map((s) => {
      const g = grids.get(s.sheet);
      const w = writes.get(s.sheet);
      return g
        ? rebuilt([s.sheet, g])
        : w
          ? written(s, w)
          : tablesKeepRows(s.sheet, wb.tables, tables, NONE)
            ? s
            : rebuilt([s.sheet, gridOf(s)]);
    }),
    ...[...grids].filter(([name]) => !source.has(name)).map(rebuilt),
  ];
  return { sheets, tables, names: [...names.values()] };
}
