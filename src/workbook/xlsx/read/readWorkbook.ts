/**
 * The snapshot of a workbook package (WorkbookPort.read): sheets in tab order, tables, workbook-scoped
 * names. With a scope (domain model/readScope.ts), only the sheets it needs are parsed, and a sheet that holds the tables it
 * reads only down to their last row; the other sheets are listed with no cells, except a saved version found by
 * its header (versionProbe.ts), which a versions or roll read reads whole, and of which a check or structure read
 * takes the ID columns alone, beside the sheets (versionIdCells.ts).
 */
import {
  parseRange,
  toRange,
  sheetScopeOf,
  rowsReadBelow,
  sameName,
  type ReadScope,
  type SheetScope,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../../domain';
import { readStructure, readTables, refWithoutTotals, type SheetEntry, type TableEntry } from '../book';
import { MAX_CELLS } from '../limits';
import type { OpcPackage } from '../package';
import { UnreadableWorkbookError } from '../unreadable';
import { readCellFormats } from './numberFormats';
import { rowPast } from './rowPast';
import { readSharedStrings } from './sharedStrings';
import { readSheetCells, type CellBudget, type ReadCell, type SheetCells } from './sheetCells';
import { toSheetSnapshot, type FormatBlock } from './sheetSnapshot';
import { readVersionIdCells } from './versionIdCells';
import { probeVersion } from './versionProbe';

/** The last row to read of each sheet a scope needs (Infinity: the whole sheet). */
function rowsNeeded(
  sheets: readonly SheetEntry[],
  tables: readonly TableEntry[],
  scope: SheetScope,
): Map<SheetEntry, number> {
  const needs = new Map<SheetEntry, number>();
  const need = (sheet: SheetEntry | undefined, lastRow: number): void => {
    if (sheet) needs.set(sheet, Math.max(needs.get(sheet) ?? 0, lastRow));
  };
  const byName = (name: string): SheetEntry | undefined => sheets.find((s) => sameName(s.name, name));
  for (const q of scope.tables) {
    const found = tables.find((t) => sameName(t.name, q.table));
    // A table whose own sheet is read whole is read whole where it stands: tblAvstemming on a sheet she renamed is
    // written there, and may grow down onto a note of hers (review r22).
    const whole = scope.wholeSheets.some((w) => sameName(w, q.sheet));
    if (found)
      need(found.sheet, whole ? Infinity : (parseRange(found.ref)?.bottom ?? Infinity) + rowsReadBelow(q.table));
    else need(byName(q.sheet), Infinity);
  }
  for (const name of scope.wholeSheets) need(byName(name), Infinity);
  for (const sheet of sheets) {
    const name = sheet.name.trim().toLowerCase();
    if (scope.wholeSheetPrefixes.some((p) => name.startsWith(`${p.toLowerCase()} `))) need(sheet, Infinity);
  }
  return needs;
}

/**
 * The body of each table, and the row under a measure table where a new measure goes, by sheet: their number
 * formats are read even where a cell holds nothing, as the Excel adapter reads them, so that repair sees the
 * formats an empty table already has, and adding a measure sees a date format left where it writes amounts.
 */
function formatBlocksOf(tables: readonly TableEntry[]): Map<SheetEntry, FormatBlock[]> {
  const out = new Map<SheetEntry, FormatBlock[]>();
  for (const t of tables) {
    const b = parseRange(refWithoutTotals(t));
    const body = b ? b.top + (t.headerRowCount > 0 ? 1 : 0) : 0;
    if (!b) continue;
    const bottom = b.bottom + rowsReadBelow(t.name);
    if (body > bottom) continue;
    const blocks = out.get(t.sheet) ?? [];
    blocks.push({ top: body, bottom, left: b.left, right: b.right });
    out.set(t.sheet, blocks);
  }
  return out;
}

/**
 * A table whose header row is turned off (Table Design → Header Row, headerRowCount="0") keeps its column
 * names in its part only: they are read into the empty row above its body, and its ref grows over that row,
 * so that the table reads as Excel means it. When that row holds something (or there is none), it stays as it is.
 * Returns the grown refs.
 */
function showHiddenHeaders(cells: SheetCells, tables: readonly TableEntry[]): Map<TableEntry, string> {
  const refs = new Map<TableEntry, string>();
  for (const t of tables) {
    const b = parseRange(refWithoutTotals(t));
    if (!b || b.top < 2 || t.hiddenHeaders.length !== b.right - b.left + 1) continue;
    const row = cells.rows.get(b.top - 1) ?? [];
    const inside = (c: ReadCell) => c.col >= b.left && c.col <= b.right;
    if (row.some((c) => inside(c) && (c.value !== null || c.formula !== null))) continue;
    const names = t.hiddenHeaders.map((value, i): ReadCell => {
      const style = row.find((c) => c.col === b.left + i)?.style ?? 0;
      return { col: b.left + i, value, formula: null, style };
    });
    cells.rows.set(
      b.top - 1,
      [...row.filter((c) => !inside(c)), ...names].sort((x, y) => x.col - y.col),
    );
    refs.set(t, toRange(b.top - 1, b.left, b.bottom, b.right));
  }
  return refs;
}

/**
 * `read` of one sheet, its refusals naming the sheet: the one past the read's cell budget where the limit was
 * reached, and a cell outside the sheet with its sheet (a full read and the version probe alike).
 */
function namingSheet<T>(s: SheetEntry, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnreadableWorkbookError && (e.reason === 'too-many-cells' || e.cell !== undefined))
      throw new UnreadableWorkbookError(e.reason, e.message, s.name, e.cell);
    throw e;
  }
}

/** Reads the snapshot; `scope` limits what is parsed (see the file comment). */
export function readWorkbookSnapshot(pkg: OpcPackage, scope?: ReadScope): WorkbookSnapshot {
  const structure = readStructure(pkg);
  const worksheets = structure.sheets.filter((s) => s.isWorksheet);
  const tables = readTables(pkg, structure);
  const sheetScope = scope ? sheetScopeOf(scope) : null;
  const needs = sheetScope ? rowsNeeded(worksheets, tables, sheetScope) : null;
  const named = worksheets.filter((s) => s.part !== '' && (needs === null || needs.has(s)));
  const unread = worksheets.filter((s) => s.part !== '' && !named.includes(s));
  const probed = sheetScope?.versionsByHeader ? unread : [];
  const idsOf = sheetScope?.versionIdColumns ? unread : [];
  const formats = readCellFormats(pkg, structure.stylesPart);
  const ctx = {
    sharedStrings:
      named.length + probed.length + idsOf.length > 0 ? readSharedStrings(pkg, structure.sharedStringsPart) : [],
    isDate: formats.isDate,
    date1904: structure.date1904,
  };
  // A saved version a user renamed is read whole when the top of its sheet shows its header; other sheets stay unread.
  const wanted = [...named, ...probed.filter((s) => namingSheet(s, () => probeVersion(pkg, s, ctx, formats)))];
  const budget: CellBudget = { left: MAX_CELLS, limit: MAX_CELLS };
  const formatBlocks = formatBlocksOf(tables);
  const grown = new Map<TableEntry, string>();
  const sheets = worksheets.map((s): SheetSnapshot => {
    if (!wanted.includes(s)) return { sheet: s.name, origin: 'A1', values: [] };
    const lastRow = needs?.get(s) ?? Infinity;
    const xml = lastRow === Infinity ? pkg.text(s.part) : pkg.textUntil(s.part, rowPast(lastRow));
    const cells = namingSheet(s, () => readSheetCells(s.part, xml, ctx, budget, lastRow));
    const headerless = tables.filter((t) => t.sheet === s && t.hiddenHeaders.length > 0);
    for (const [t, ref] of showHiddenHeaders(cells, headerless)) grown.set(t, ref);
    return toSheetSnapshot(s.name, cells, formats, formatBlocks.get(s));
  });
  // Of the versions the scope leaves unread, their ID columns (versionIdCells.ts); refusals name the sheet.
  const versionIdCells = idsOf.flatMap(
    (s) => namingSheet(s, () => readVersionIdCells(pkg, s, ctx, formats, budget)) ?? [],
  );
  return {
    sheets,
    tables: tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      ref: grown.get(t) ?? refWithoutTotals(t),
      ...(t.totalsRowCount > 0 ? { totalsRow: true } : {}),
    })),
    names: structure.names.filter((n) => !n.local).map((n) => ({ name: n.name, ref: n.ref })),
    ...(versionIdCells.length > 0 ? { versionIdCells } : {}),
  };
}
