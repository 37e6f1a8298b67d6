/**
 * Excel Tables in exceljs: create over cells already written, resize, delete (owned tables only), list.
 * exceljs's own table model is only trusted for name and ref; headers always come from the sheet cells.
 */
import type ExcelJS from 'exceljs';
import { columnLetter, parseRange, toA1, toRange, type TableInfo } from '../../domain';
import { plainValue } from './readSheet';
import { clearValidation } from './validation';
import { bareFormula, fileCalculatedFormula, rowFormula } from './structuredRefs';
import type { CalculatedColumns } from './zipParts';

/** What exceljs keeps of a table: the loader fills `tableRef`, addTable fills `ref` (top-left) and `tableRef`. */
interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
  rows?: unknown[];
}

type Bounds = NonNullable<ReturnType<typeof parseRange>>;

const modelOf = (t: unknown): TableModel => (t as { model: TableModel }).model;

const mustRange = (ref: string): Bounds => {
  const b = parseRange(ref);
  if (!b) throw new Error(`Not a range: ${ref}`);
  return b;
};

/** Every table of the workbook with its sheet and full ref. */
export function listTables(wb: ExcelJS.Workbook): TableInfo[] {
  return wb.worksheets.flatMap((ws) =>
    Object.values((ws as unknown as { tables: Record<string, unknown> }).tables).map((t) => {
      const m = modelOf(t);
      return { name: m.name, sheet: ws.name, ref: m.tableRef ?? m.ref ?? '' };
    }),
  );
}

/** The sheet holding a table (names compare case-insensitively, as in Excel). */
export function findTable(
  wb: ExcelJS.Workbook,
  name: string,
): { ws: ExcelJS.Worksheet; model: TableModel; key: string } | null {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    for (const [key, t] of Object.entries(tables)) {
      if (key.toLowerCase() === name.toLowerCase()) return { ws, model: modelOf(t), key };
    }
  }
  return null;
}

/** Header texts of a table's first row, made non-empty and unique as Excel requires (written back if changed). */
function headerNames(ws: ExcelJS.Worksheet, b: Bounds): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const cell = ws.getCell(b.top, c);
    const v = plainValue(cell.value);
    let name = v === null || typeof v === 'object' ? '' : String(v).trim();
    if (name === '') name = `Kolonne${c - b.left + 1}`;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${name}${i}`;
    seen.add(name.toLowerCase());
    if (v === null || String(v).trim() !== name) cell.value = name;
    names.push(name);
  }
  return names;
}

/** Fill every empty cell of the calculated columns with its per-row formula (Excel does the same). */
function fillCalculated(
  ws: ExcelJS.Worksheet,
  table: string,
  b: Bounds,
  names: string[],
  calculated: CalculatedColumns,
): void {
  const formulas = calculated.get(table);
  if (!formulas) return;
  const letters = new Map(names.map((n, i) => [n, columnLetter(b.left + i)]));
  for (const [column, formula] of formulas) {
    const index = names.indexOf(column);
    if (index < 0) continue;
    for (let r = b.top + 1; r <= b.bottom; r++) {
      const cell = ws.getCell(r, b.left + index);
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') continue;
      cell.value = {
        formula: rowFormula(formula, table, r, letters) ?? bareFormula(formula),
      } as ExcelJS.CellFormulaValue;
    }
  }
}

/** Create a table over `ref`, keeping the cells as written; a header-only ref gets one empty data row. */
export function createTable(
  ws: ExcelJS.Worksheet,
  name: string,
  ref: string,
  calculated: Readonly<Record<string, string>> | undefined,
  registry: CalculatedColumns,
): void {
  const given = mustRange(ref);
  const b = { ...given, bottom: Math.max(given.bottom, given.top + 1) };
  const names = headerNames(ws, b);
  if (calculated) {
    registry.set(name, new Map(Object.entries(calculated).map(([col, f]) => [col, fileCalculatedFormula(f, name)])));
  }
  fillCalculated(ws, name, b, names, registry);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    rows.push(names.map((_n, i) => ws.getCell(r, b.left + i).value));
  }
  ws.addTable({
    name,
    ref: toA1(b.top, b.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: names.map((n) => ({ name: n, filterButton: true })),
    rows,
  });
  // Later edits own the cells; exceljs must not write its copy of the rows again.
  modelOf(ws.getTable(name)).rows = [];
}

/** Give an existing table a new ref (header row included); new calculated-column cells get their formulas. */
export function resizeTable(wb: ExcelJS.Workbook, name: string, ref: string, registry: CalculatedColumns): void {
  const found = findTable(wb, name);
  if (!found) throw new Error(`No table named ${name}`);
  const given = mustRange(ref);
  const b = { ...given, bottom: Math.max(given.bottom, given.top + 1) };
  const names = headerNames(found.ws, b);
  const old = new Map(found.model.columns.map((c) => [c.name, c]));
  found.model.columns = names.map((n) => old.get(n) ?? { name: n, filterButton: true });
  const full = toRange(b.top, b.left, b.bottom, b.right);
  found.model.ref = toA1(b.top, b.left);
  found.model.tableRef = full;
  found.model.autoFilterRef = full;
  fillCalculated(found.ws, found.model.name, b, names, registry);
}

/** Delete a table the product owns, with its cells (as Excel's Table.delete does). */
export function deleteTable(wb: ExcelJS.Workbook, name: string, registry: CalculatedColumns): void {
  const found = findTable(wb, name);
  if (!found) return;
  const b = parseRange(found.model.tableRef ?? found.model.ref ?? '');
  if (b) {
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const cell = found.ws.getCell(r, c);
        cell.value = null;
        cell.style = {};
      }
    }
    clearValidation(found.ws, toRange(b.top, b.left, b.bottom, b.right));
  }
  found.ws.removeTable(found.key);
  registry.delete(found.model.name);
}
