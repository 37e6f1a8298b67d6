/**
 * Table edits: create a table over cells already written (its header cells made text, non-empty and
 * unique, as Excel requires), give one a new ref, and delete a table the product owns with its cells.
 */
import { parseRange, toRange, type Edit } from '../../../domain';
import type { SheetEntry } from '../book';
import { WorkbookError } from '../../port';
import { addOverride, addRel, CONTENT_TYPE, REL } from '../opc';
import { fileCalculatedFormula } from '../structuredRefs';
import type { BookState } from './bookState';
import { cellText, isTextCell, writeCell } from './editCells';
import { settleFilterMode } from './filterMode';
import { dropSheetFilter } from './sheetFilter';
import { unhide } from './rowXml';
import { addTablePart } from './sheetParts';
import { calculatedColumnXml, newTableXml, resizeTableXml } from './tableXml';
import { keepTableLook } from './tableLook';
import { moveTotalsRow } from './totalsRowMove';

type Bounds = NonNullable<ReturnType<typeof parseRange>>;

/** A table's bounds: `ref` with at least one body row under the header. */
function tableBounds(ref: string): Bounds {
  const b = parseRange(ref);
  if (!b) throw new Error(`Not a range: ${ref}`);
  return { ...b, bottom: Math.max(b.bottom, b.top + 1) };
}

/** The header texts of a table, made non-empty and unique; header cells that differ are written as text. */
function headerNames(state: BookState, sheet: SheetEntry, b: Bounds): string[] {
  const doc = state.doc(sheet);
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const xml = doc.cell(b.top, c);
    const text = cellText(state, xml);
    let name = text?.trim() ?? '';
    if (name === '') name = `Kolonne${c - b.left + 1}`;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${name}${i}`;
    seen.add(name.toLowerCase());
    if (!isTextCell(xml) || text !== name) writeCell(state, sheet, b.top, c, name);
    names.push(name);
  }
  return names;
}

/** The first free part name xl/tables/tableN.xml. */
function freeTablePart(state: BookState): string {
  for (let n = 1; ; n++) if (!state.pkg.has(`xl/tables/table${n}.xml`)) return `xl/tables/table${n}.xml`;
}

/** createTable: a new table part over `ref`, with calculated columns (header → formula). */
export function createTable(
  state: BookState,
  sheetName: string,
  name: string,
  ref: string,
  calculated: Readonly<Record<string, string>> = {},
  /** The table shows a Total Row right under `ref` (Edit createTable.totalsRow). */
  totals = false,
): void {
  const sheet = state.sheet(sheetName);
  const b = tableBounds(ref);
  const names = headerNames(state, sheet, b);
  const formulas = new Map(
    Object.entries(calculated).map(([col, f]) => [col.toLowerCase(), fileCalculatedFormula(f, name)]),
  );
  const columns = names.map((n) => {
    const formula = formulas.get(n.toLowerCase());
    return formula === undefined ? { name: n } : { name: n, formula };
  });
  const range = toRange(b.top, b.left, b.bottom, b.right);
  // A table deleted in this session and made again on its sheet keeps its part, id and relationship.
  const again = state.deletedTables.get(name.toLowerCase());
  if (again && again.sheet.part === sheet.part) {
    state.deletedTables.delete(name.toLowerCase());
    // The user's look of the table stays, her Total Row's too when it is made again; a filter, sort or totals row of
    // its old rows otherwise goes, named (tableLook.ts).
    const look = keepTableLook(state.pkg.text(again.part), newTableXml(again.id, name, range, columns, totals));
    const dropped = (extra: 'tableFilter' | 'tableTotals') =>
      state.dropped.push({ sheet: sheet.name, extra, where: [name] });
    if (look.filterDropped) dropped('tableFilter');
    if (look.totalsDropped) dropped('tableTotals');
    state.pkg.setText(again.part, look.xml);
    state.invalidate();
    if (look.filterDropped) settleFilterMode(state, sheet);
    return;
  }
  // Her filter or sort of the sheet's own, where the cells of a table converted to a range stood, goes (sheetFilter.ts).
  dropSheetFilter(state, sheet, b, name);
  const id = Math.max(0, ...state.tables.map((t) => t.id)) + 1;
  const part = freeTablePart(state);
  state.pkg.setText(part, newTableXml(id, name, range, columns, totals));
  addOverride(state.pkg, part, CONTENT_TYPE.table);
  const rid = addRel(state.pkg, sheet.part, REL.table, part);
  const doc = state.doc(sheet);
  doc.skeleton = addTablePart(doc.skeleton, rid);
  state.invalidate();
}

/**
 * Throws header-row-off when `edits` would resize a table whose header row is turned off: read with its names
 * in the row above (read/readWorkbook.ts), that row is no part of the table in the file. Asked before a batch
 * is applied, so that a refused batch leaves nothing of itself (repair writes a new column's header first).
 */
export function refuseHeaderRowOff(state: BookState, edits: readonly Edit[]): void {
  for (const e of edits) {
    if (e.kind === 'resizeTable' && state.findTable(e.name)?.headerRowCount === 0)
      throw new WorkbookError('header-row-off', `${e.name} has its header row turned off: it is not resized here`);
  }
}

/**
 * resizeTable: an existing table grown (or shrunk) to `ref` (header and body); new columns take their header cells'
 * text. A Total Row goes under the grown body with its cells (totalsRowMove.ts); a table that shows one is not shrunk.
 */
export function resizeTable(state: BookState, name: string, ref: string): void {
  const table = state.findTable(name);
  if (!table) throw new Error(`No table named ${name}`);
  refuseHeaderRowOff(state, [{ kind: 'resizeTable', name, ref }]);
  const b = tableBounds(ref);
  const names = headerNames(state, table.sheet, b);
  // A Total Row moves down under the grown body (the table part keeps it below the new ref: resizeTableXml).
  const old = parseRange(table.ref);
  if (table.totalsRowCount > 0 && old && b.bottom > old.bottom - table.totalsRowCount)
    moveTotalsRow(state.doc(table.sheet), old.bottom, b.bottom + 1, old.left, old.right);
  state.pkg.setText(
    table.part,
    resizeTableXml(state.pkg.text(table.part), toRange(b.top, b.left, b.bottom, b.right), names),
  );
  state.invalidate();
}

/**
 * deleteOwnedTable: the table's part, relationship and reference go when the edits are flushed (bookState.ts), unless a table of the same name is made again on the sheet before (then
 * it keeps them).
 */
export function deleteOwnedTable(state: BookState, name: string): void {
  const table = state.findTable(name);
  if (!table || state.deletedTables.has(name.toLowerCase())) return;
  // Only the table goes: its cells stay until a clearOwnedRange empties the product's part of them.
  state.deletedTables.set(name.toLowerCase(), table);
  // Its rows get other items: rows its filter (or the user) hid would hide those, with no filter left to say so.
  const b = parseRange(table.ref);
  const hidden = b
    ? state.doc(table.sheet).editRows(b.top + (table.headerRowCount > 0 ? 1 : 0), b.bottom, unhide)
    : false;
  // Her filter goes with the table (the table made again has none: tableLook.ts): named with the rows shown.
  // A filterColumn with criteria in it (one with none, self-closed, only hides or shows its button).
  const part = state.pkg.text(table.part);
  const filtered = /<(?:[\w.-]+:)?filterColumn\b[^>]*[^/]>/.test(part);
  // Her sort (a sortState with a condition, in the part or its autoFilter) goes too: named as well (review r41).
  const sorted = /<(?:[\w.-]+:)?sortCondition\b/.test(part);
  if (hidden || filtered || sorted)
    state.shown.push({
      sheet: table.sheet.name,
      table: table.name,
      filtered,
      ...(sorted ? { sorted: true as const } : {}),
      ...(hidden || filtered ? {} : { noneHidden: true as const }),
    });
}

/**
 * setCalculatedColumn: the table part's calculated-column formula of `column` made `formula` (its cells are written by
 * the setCells edits beside it). A table or column the part does not name so (a header cell whose text differs from
 * the column's name in the part) keeps its part as it is: the cells still get the formula, and a part left as it was
 * is better than a repair refused whole.
 */
export function setCalculatedColumn(state: BookState, name: string, column: string, formula: string): void {
  const table = state.findTable(name);
  if (!table) return;
  const xml = calculatedColumnXml(state.pkg.text(table.part), column, fileCalculatedFormula(formula, table.name));
  if (xml === null) return;
  state.pkg.setText(table.part, xml);
  state.invalidate();
}
