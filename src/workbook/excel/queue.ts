/**
 * One planned edit → operations that queue Office.js calls on the request context. Nothing here syncs:
 * apply.ts runs the operations in payload-sized batches. Every write targets exactly the cells the edit names.
 */
import { parseRange, toRange, type Edit, type ValidationRule } from '../../domain';
import { TargetGoneError, type RowsShown } from '../port';
import { cellOps, gridBlockBytes, numberFormatOps, OP_OVERHEAD, type Op } from './cells';
import { clearAround } from '../clearAround';
import { jsonBytes } from './payload';
import { queueStyle, widthToPoints } from './styles';

/** What one of the small edits (a style, a validation, a name, a resize …) costs in request bytes: its few calls. */
const SMALL_OP = 5 * OP_OVERHEAD;

/** What the first sync told us, updated as edits create things. Keys are lower-case (Excel ignores case). */
export interface ApplyState {
  readonly sheets: Map<string, string>;
  /** Table name → sheet name. */
  readonly tables: Map<string, string>;
  /** Tables whose total row is shown (Table Design → Total Row). */
  readonly totals: ReadonlySet<string>;
  /** Names that exist or that this batch defines (for telling a list source name from a literal list). */
  readonly names: Set<string>;
  readonly existingNames: Set<string>;
  /** What each table made a range showed, read once its batch is synced (queueDeleteTable); null: nothing. */
  readonly shown: (() => RowsShown | null)[];
  /** Her cells a clear kept (clearOwnedRange `keep`), by lower-case sheet name: a setCells after it leaves them. */
  readonly kept: Map<string, Set<string>>;
  /** Protected sheets (lower case) whose protection does not allow formatting rows: no row shown there (showRows). */
  readonly fixedRows: ReadonlySet<string>;
}

/** The operations of one edit, in order (queued by apply.ts, which syncs between blocks). */
export function editOps(context: Excel.RequestContext, edit: Edit, state: ApplyState, budget: number): Op[] {
  const sheet = (name: string) => () => context.workbook.worksheets.getItem(name);
  // A few calls on one range: a cell style is four property sets (1 212 bytes measured, cells.ts).
  const small = (run: () => void): Op[] => [{ bytes: SMALL_OP, run }];
  switch (edit.kind) {
    case 'ensureSheet':
      if (state.sheets.has(edit.sheet.toLowerCase())) return [];
      state.sheets.set(edit.sheet.toLowerCase(), edit.sheet);
      return small(() => {
        const added = context.workbook.worksheets.add(edit.sheet);
        if (edit.hidden) added.visibility = 'Hidden';
      });
    case 'setCells':
      return cellOps(sheet(edit.sheet), edit.origin, edit.values, budget, state.kept.get(edit.sheet.toLowerCase()));
    case 'createTable':
      state.tables.set(edit.name.toLowerCase(), edit.sheet);
      return [createTableOp(sheet(edit.sheet), edit)];
    case 'setCalculatedColumn':
      // Office.js has no call for it: the setCells that write the column's body whole with one formula make it the
      // calculated column (a column holding cells of hers keeps its definition; Excel does not fill over them).
      return [];
    case 'resizeTable': {
      // Where the table is now, in the order of the edits (a table made or deleted before it), not after all are built.
      const at = resizeTarget(edit.name, edit.ref, state);
      return small(() => queueResizeTable(context, edit.name, at));
    }
    case 'defineName':
      return small(() => queueDefineName(context, edit.name, edit.ref, state));
    case 'setValidation':
      return small(() => queueValidation(sheet(edit.sheet)().getRange(edit.range), edit.rule, state));
    case 'setNumberFormat':
      return numberFormatOps(sheet(edit.sheet), edit.range, edit.format, budget);
    case 'setStyle':
      return small(() => queueStyle(sheet(edit.sheet)().getRange(edit.range), edit.style));
    case 'setColumnWidth':
      return small(() => {
        sheet(edit.sheet)().getRange(`${edit.column}:${edit.column}`).format.columnWidth = widthToPoints(edit.width);
      });
    case 'freezeRows':
      return small(() => sheet(edit.sheet)().freezePanes.freezeRows(edit.rows));
    case 'clearOwnedRange':
      for (const ref of edit.keep ?? []) {
        const kept = state.kept.get(edit.sheet.toLowerCase()) ?? new Set<string>();
        state.kept.set(edit.sheet.toLowerCase(), kept.add(ref.toUpperCase()));
      }
      return small(() => {
        // Her cells inside it (`keep`) stay: cleared around (clearAround.ts).
        for (const ref of clearAround(edit.range, edit.keep ?? [])) {
          const range = sheet(edit.sheet)().getRange(ref);
          range.clear('All');
          range.dataValidation.clear();
        }
      });
    case 'deleteOwnedTable': {
      // Table.delete would take every cell of the table with it; the owned ones go by clearOwnedRange.
      const on = state.tables.get(edit.name.toLowerCase());
      if (!on || !state.tables.delete(edit.name.toLowerCase())) return [];
      const at = { sheet: on, table: edit.name };
      return small(() => state.shown.push(queueDeleteTable(context, at, state.totals.has(edit.name.toLowerCase()))));
    }
    case 'insertCells':
      return small(() => void sheet(edit.sheet)().getRange(edit.range).insert('Down'));
    case 'showRows':
      // Excel refuses rowHidden on a protected sheet that does not allow formatting rows: the row stays as it is,
      // and is named when hidden, so that she knows where the measure is.
      return small(() =>
        state.shown.push(queueShowRows(sheet(edit.sheet)(), edit, !state.fixedRows.has(edit.sheet.toLowerCase()))),
      );
    case 'select':
      return small(() => {
        const ws = sheet(edit.sheet)();
        ws.activate();
        ws.getRange(edit.cell).select();
      });
  }
}

function rangeSize(ref: string): { rows: number; cols: number } | null {
  const r = parseRange(ref);
  return r ? { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 } : null;
}

function fill<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** The table over its header row and body, named, with its calculated columns written whole (one write each). */
function createTableOp(sheet: () => Excel.Worksheet, edit: Extract<Edit, { kind: 'createTable' }>): Op {
  const bodyRows = Math.max(1, (rangeSize(edit.ref)?.rows ?? 2) - 1);
  // The same formula in every body cell of a table column, in one write, makes it a calculated column.
  const calculated = Object.entries(edit.calculated ?? {}).map(([header, formula]) => ({
    header,
    grid: fill(bodyRows, 1, formula.startsWith('=') ? formula : `=${formula}`),
  }));
  return {
    bytes: OP_OVERHEAD + calculated.reduce((n, c) => n + jsonBytes(c.grid) + gridBlockBytes(bodyRows, 1), 0),
    run: () => {
      const ws = sheet();
      const table = ws.tables.add(ws.getRange(edit.ref), true);
      table.name = edit.name;
      // Her Total Row, made again under the new body; the setCells after this edit writes its cells.
      if (edit.totalsRow === true) table.showTotals = true;
      for (const c of calculated) table.columns.getItem(c.header).getDataBodyRange().formulas = c.grid;
    },
  };
}

/**
 * Table.resize (ExcelApi 1.13). Without it there is no way to grow a table that keeps its calculated column
 * and the structured references to it, so apply.ts refuses such edits before writing anything. The domain's
 * refs end at the last body row (read.ts reports a table without its total row); Excel's range of a table
 * with its total row shown ends at that row, so it is one row longer: else the resize would make the last
 * body row (a new measure) the total row and leave the old total row outside the table.
 */
function resizeTarget(name: string, ref: string, state: ApplyState): { sheet: string; range: string } {
  const sheet = state.tables.get(name.toLowerCase());
  if (!sheet) throw new TargetGoneError({ table: name });
  const r = parseRange(ref);
  const range = r && state.totals.has(name.toLowerCase()) ? toRange(r.top, r.left, r.bottom + 1, r.right) : ref;
  return { sheet, range };
}

/**
 * The table becomes a plain range, its rows shown first: they get other items, and a row its filter or the user hid
 * would hide one of those, with no filter left to say so (as the file adapter shows them, editTables.ts: a table's
 * ref in the file takes its Total Row in). Her Total Row (`totals`, Table Design → Total Row) is shown too: an item
 * may come to its row, and the Total Row made again under the items is hers to see. Excel keeps a row hidden through
 * a conversion to a range and a table made again over it. Table.clearFilters and Range.rowHidden are ExcelApi 1.2,
 * Table.getTotalRowRange 1.1 (the manifest asks for 1.9), asked only of a table showing a Total Row.
 */
function queueDeleteTable(
  context: Excel.RequestContext,
  at: { readonly sheet: string; readonly table: string },
  totals: boolean,
): () => RowsShown | null {
  const table = context.workbook.tables.getItem(at.table);
  // What she will be told (SPEC §10 as built), loaded before the rows are shown, in the same sync: whether a filter
  // had criteria (AutoFilter.isDataFiltered, ExcelApi 1.9) and whether any row of it was hidden (Range.rowHidden:
  // false when none is, true or null when all or some are). Loaded on proxies of their own: a proxy whose rowHidden
  // is set below holds the value set, not the one loaded.
  const rows = () => (totals ? [table.getDataBodyRange(), table.getTotalRowRange()] : [table.getDataBodyRange()]);
  const filter = table.autoFilter;
  filter.load('isDataFiltered');
  // Her sort goes with the table too (review r41): TableSort.fields (ExcelApi 1.2), the conditions she last sorted by.
  const sort = table.sort;
  sort.load('fields');
  const probes = rows();
  for (const r of probes) r.load('rowHidden');
  table.clearFilters();
  for (const r of rows()) r.rowHidden = false;
  table.convertToRange();
  return () => {
    const filtered = filter.isDataFiltered;
    const hidden = filtered || probes.some((r) => r.rowHidden !== false);
    const sorted = sort.fields.length > 0;
    if (!hidden && !sorted) return null;
    return {
      ...at,
      filtered,
      ...(sorted ? { sorted: true as const } : {}),
      ...(hidden ? {} : { noneHidden: true as const }),
    };
  };
}

/**
 * Shows the rows of `edit.range` (Range.rowHidden = false, ExcelApi 1.2: whole rows), her filter left as it is, as
 * Excel leaves it when she types a row into her filtered table: the new measure is hers to see (review r30). Whether a
 * row was hidden is loaded first, in the same sync, on a proxy of its own (as queueDeleteTable does), for the words.
 */
function queueShowRows(
  ws: Excel.Worksheet,
  edit: Extract<Edit, { kind: 'showRows' }>,
  show: boolean,
): () => RowsShown | null {
  const probe = ws.getRange(edit.range);
  probe.load('rowHidden');
  if (show) ws.getRange(edit.range).rowHidden = false;
  const row = parseRange(edit.range)?.top;
  const kept = show ? {} : { kept: true as const };
  return () => (probe.rowHidden !== false && row !== undefined ? { ...at(edit), filtered: false, row, ...kept } : null);
}

const at = (edit: { readonly sheet: string; readonly table: string }) => ({ sheet: edit.sheet, table: edit.table });

function queueResizeTable(context: Excel.RequestContext, name: string, at: { sheet: string; range: string }): void {
  const ws = context.workbook.worksheets.getItem(at.sheet);
  context.workbook.tables.getItem(name).resize(ws.getRange(at.range));
}

function queueDefineName(context: Excel.RequestContext, name: string, ref: string, state: ApplyState): void {
  const names = context.workbook.names;
  if (state.existingNames.delete(name.toLowerCase())) names.getItem(name).delete();
  names.add(name, ref.startsWith('=') ? ref : `=${ref}`);
  state.existingNames.add(name.toLowerCase());
}

/** Builds the Office rule; a list source that is a workbook name becomes "=name", anything else a literal list. */
export function toValidationRule(rule: ValidationRule, names: ReadonlySet<string>): Excel.DataValidationRule {
  if (rule.type === 'wholeNumber') {
    return rule.max === undefined
      ? { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } }
      : { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
  }
  const isName = !rule.source.startsWith('=') && names.has(rule.source.toLowerCase());
  return { list: { inCellDropDown: true, source: isName ? `=${rule.source}` : rule.source } };
}

function queueValidation(range: Excel.Range, rule: ValidationRule, state: ApplyState): void {
  range.dataValidation.clear();
  range.dataValidation.rule = toValidationRule(rule, state.names);
}
