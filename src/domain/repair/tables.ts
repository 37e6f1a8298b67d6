/**
 * Repair of the measure tables and the economy plan table: a missing table is created; a table found only
 * by its sheet gets an Excel table over its cells; missing columns are added at the end (header + resize);
 * empty Sum periode cells get their formula; amount columns without a number format get one. Nothing here
 * writes a cell that holds a user's value: columns that would land on one are not added, and the cell is
 * named (blocked); a column whose values a column of hers holds under another header is not added either, and her
 * header is named (held: she renames it, repair does not write over it).
 */
import { columnLetter, columnNumber, toA1, toRange } from '../model/a1';
import type { Edit } from '../model/edits';
import { yearKey } from '../read/rowCells';
import { findSheet } from '../read/locateTable';
import { freeLeft, NO_STEP, type HeldColumn, type RepairStep, type StructureChange } from './place';
import { userCellsIn } from '../sheets/userCells';
import { columnSpec, OPERATING_COLUMNS, type ColumnSpec } from '../model/schema';
import { cellAt, formulaAt, isBlank, numberFormatAt } from '../read/sheetCells';
import {
  formulaSpec,
  isAmountColumn,
  numberFormatEdits,
  periodSumFormula,
  planTableEdits,
  validationEdits,
  AMOUNT_FORMATS,
  decoratedRange,
} from '../sheets/tableEdits';
import type { Plan, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface TableTarget {
  readonly sheet: string;
  readonly table: string;
  readonly specs: readonly ColumnSpec[];
}

/** A column repair adds: its key ("year:<yyyy>" for a plan year), header text and spec. */
interface Added {
  readonly key: string;
  readonly header: string;
  readonly spec: ColumnSpec;
}

/** Schema columns (and plan years) the layout lacks, as [key, header, spec]. */
function missingColumns(layout: TableLayout, t: TableTarget, years: readonly number[]): Added[] {
  return t.specs.flatMap((spec) => {
    if (spec.key === 'years') {
      return years
        .filter((y) => !layout.yearColumns[String(y)])
        .map((y) => ({ key: yearKey(y), header: String(y), spec }));
    }
    return layout.columns[spec.key] ? [] : [{ key: spec.key, header: spec.header, spec }];
  });
}

/** The layout with columns added at `firstNew`, in the order given. */
function extendLayout(
  layout: TableLayout,
  added: readonly { key: string; header: string }[],
  firstNew: number,
): TableLayout {
  const columns: Record<string, string> = { ...layout.columns };
  const yearColumns: Record<string, string> = { ...layout.yearColumns };
  added.forEach((a, i) => {
    const letter = columnLetter(firstNew + i);
    if (a.key.startsWith('year:')) yearColumns[a.key.slice(5)] = letter;
    else columns[a.key] = letter;
  });
  const headers = [
    ...layout.headers,
    ...added.map((a, i) => ({ text: a.header, name: a.header, column: columnLetter(firstNew + i) })),
  ];
  return { ...layout, columns, yearColumns, headers };
}

/** Sum periode formulas for body rows whose cell is empty (a typed constant is the user's: kept). */
function formulaSteps(wb: WorkbookSnapshot, layout: TableLayout, plan: Plan): RepairStep {
  const column = layout.columns['periodSum'];
  const sheet = findSheet(wb, layout.sheet);
  if (!column || !sheet) return NO_STEP;
  const col = columnNumber(column);
  const edits: Edit[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const formula = periodSumFormula(layout, plan.years, r);
    if (!formula || !isBlank(cellAt(sheet, r, col)) || (formulaAt(sheet, r, col) ?? '') !== '') continue;
    edits.push({ kind: 'setCells', sheet: layout.sheet, origin: toA1(r, col), values: [[{ formula }]] });
  }
  const change: StructureChange = {
    kind: 'set-formula',
    sheet: layout.sheet,
    target: columnSpec(OPERATING_COLUMNS, 'periodSum').header,
    detail: `${edits.length}`,
  };
  return edits.length > 0 ? { changes: [change], edits } : NO_STEP;
}

/** Number formats for existing amount columns whose first body cell has none (when the source reports formats). */
function formatSteps(wb: WorkbookSnapshot, layout: TableLayout, t: TableTarget, plan: Plan): RepairStep {
  const sheet = findSheet(wb, layout.sheet);
  if (!sheet?.numberFormats || layout.lastDataRow < layout.firstDataRow) return NO_STEP;
  const unformatted = (column: string) => {
    const f = numberFormatAt(sheet, layout.firstDataRow, columnNumber(column));
    return f === null || f === '' || f.toLowerCase() === 'general';
  };
  const columns = [
    ...t.specs.filter((s) => s.key !== 'years' && isAmountColumn(s)).map((s) => layout.columns[s.key]),
    ...Object.values(layout.yearColumns),
  ].filter((c): c is string => c !== undefined && unformatted(c));
  const format = AMOUNT_FORMATS[plan.settings.unit];
  const edits = columns.map((c): Edit => ({
    kind: 'setNumberFormat',
    sheet: layout.sheet,
    range: decoratedRange(layout, c),
    format,
  }));
  const changes = columns.map((c): StructureChange => ({
    kind: 'set-format',
    sheet: layout.sheet,
    target: c,
    detail: format,
  }));
  return { changes, edits };
}

/** The layout restricted to the added columns: their decorations are the only ones repair can know missing. */
function onlyAdded(full: TableLayout, added: readonly { key: string }[]): TableLayout {
  const columns: Record<string, string> = {};
  const yearColumns: Record<string, string> = {};
  for (const a of added) {
    const year = a.key.startsWith('year:') ? a.key.slice(5) : null;
    const letter = year ? full.yearColumns[year] : full.columns[a.key];
    if (letter && year) yearColumns[year] = letter;
    else if (letter) columns[a.key] = letter;
  }
  return { ...full, columns, yearColumns };
}

/** A table that is missing altogether: created empty at A1, or right of the sheet's content. */
function createMissing(wb: WorkbookSnapshot, t: TableTarget, plan: Plan): RepairStep {
  const width = t.specs.length - 1 + plan.years.length;
  const left = freeLeft(wb, t.sheet, 1, width, 2);
  const edits = planTableEdits({ ...t, years: plan.years, rows: [], unit: plan.settings.unit, left });
  return { changes: [{ kind: 'add-table', sheet: t.sheet, target: t.table, detail: toA1(1, left) }], edits };
}

/** Header cells of the added columns at `first`, and one add-column change each. */
function headerStep(layout: TableLayout, full: TableLayout, added: readonly Added[], first: number): RepairStep {
  if (added.length === 0) return { changes: [], edits: [] };
  const origin = toA1(layout.headerRow, first);
  return {
    edits: [{ kind: 'setCells', sheet: layout.sheet, origin, values: [added.map((a) => a.header)] }],
    changes: added.map((a): StructureChange => ({
      kind: 'add-column',
      sheet: layout.sheet,
      target: a.header,
      detail: full.columns[a.key] ?? full.yearColumns[a.key.slice(5)] ?? '',
    })),
  };
}

/**
 * The header written back over a column that lost it (layout.unnamed), when repair would otherwise add that
 * column at the end: the user's data stay where they are and the column is theirs again.
 */
function renameStep(
  layout: TableLayout,
  added: readonly Added[],
): { step: RepairStep; key: string; column: string } | null {
  const u = layout.unnamed;
  const a = u && added.find((x) => x.key === u.key);
  if (!u || !a) return null;
  const origin = toA1(layout.headerRow, columnNumber(u.column));
  return {
    key: a.key,
    column: u.column,
    step: {
      edits: [{ kind: 'setCells', sheet: layout.sheet, origin, values: [[a.header]] }],
      changes: [{ kind: 'fix-header', sheet: layout.sheet, target: a.header, detail: origin }],
    },
  };
}

/** Repairs one measure or economy plan table (see the file comment). */
export function repairTable(wb: WorkbookSnapshot, plan: Plan, layout: TableLayout | null, t: TableTarget): RepairStep {
  if (!layout) return createMissing(wb, t, plan);
  const cols = [...layout.headers, ...(layout.unnamed ? [layout.unnamed] : [])].map((h) => columnNumber(h.column));
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const bottom = Math.max(layout.lastDataRow, layout.headerRow + 1);
  const likes = heldColumns(layout, t);
  const missing = missingColumns(layout, t, plan.years).filter((a) => !likes.some((l) => l.key === a.key));
  const held = likes.map((l) => l.held);
  const renamed = renameStep(layout, missing);
  let added = missing.filter((a) => a.key !== renamed?.key);
  const room = { top: layout.headerRow, left: right + 1, bottom, right: right + added.length };
  // Columns go at the end of the table or not at all: a user's cell there keeps them out, and is named.
  const blocked = added.length > 0 ? userCellsIn(wb, layout.sheet, room) : [];
  if (blocked.length > 0) added = [];
  const named = renamed ? { ...layout, columns: { ...layout.columns, [renamed.key]: renamed.column } } : layout;
  const full = extendLayout(named, added, right + 1);
  const newRight = right + added.length;
  const header = headerStep(layout, full, added, right + 1);
  const changes = [...(renamed?.step.changes ?? []), ...header.changes];
  const edits = [...(renamed?.step.edits ?? []), ...header.edits];
  const ref = toRange(layout.headerRow, left, bottom, newRight);
  if (layout.tableName === null) {
    const sum = formulaSpec(t.specs);
    // Excel writes a calculated column into every body cell: only where none holds a typed value.
    // The year columns as they stand: a span, or one term per run of adjacent years (tableEdits.periodSumFormula).
    const formula = periodSumFormula({ ...full, tableName: t.table }, plan.years, layout.firstDataRow);
    const calculated =
      sum && formula && full.columns[sum.key] && !holdsConstants(wb, full, sum.key)
        ? { calculated: { [sum.header]: formula } }
        : {};
    edits.push({ kind: 'createTable', sheet: layout.sheet, name: t.table, ref, ...calculated });
    changes.push({ kind: 'add-table', sheet: layout.sheet, target: t.table, detail: ref });
  } else if (added.length > 0 || renamed) {
    // A header written back keeps the table's ref; the file path takes the column's name from the header cell.
    const own = wb.tables.find((x) => x.name === layout.tableName)?.ref;
    edits.push({ kind: 'resizeTable', name: layout.tableName, ref: added.length === 0 && own ? own : ref });
  }
  const addedSpecs = added.filter((a) => !a.key.startsWith('year:')).map((a) => a.spec);
  const addedOnly = onlyAdded(full, added);
  edits.push(
    ...validationEdits(addedOnly, addedSpecs),
    ...numberFormatEdits(addedOnly, addedSpecs, plan.settings.unit),
  );
  // The table exists by now (created above when it was only found by its sheet): structured formulas.
  const steps = [
    formulaSteps(wb, { ...full, tableName: layout.tableName ?? t.table }, plan),
    formatSteps(wb, layout, t, plan),
  ];
  return {
    changes: [...changes, ...steps.flatMap((s) => s.changes)],
    edits: [...edits, ...steps.flatMap((s) => s.edits)],
    blocked,
    held,
  };
}

/** The missing columns a column of hers holds the values of (layout.lookalikes): held back, her header named. */
function heldColumns(layout: TableLayout, t: TableTarget): { key: string; held: HeldColumn }[] {
  return (layout.lookalikes ?? []).map((l) => {
    const cell = toA1(layout.headerRow, columnNumber(l.column));
    const header = columnSpec(t.specs, l.key).header;
    return { key: l.key, held: { sheet: layout.sheet, cell, header, found: l.found } };
  });
}

/** Whether a column's body holds a typed value (not a formula) in some row. */
function holdsConstants(wb: WorkbookSnapshot, layout: TableLayout, key: string): boolean {
  const sheet = findSheet(wb, layout.sheet);
  const column = layout.columns[key];
  if (!sheet || !column) return false;
  const col = columnNumber(column);
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++)
    if (!isBlank(cellAt(sheet, r, col)) && (formulaAt(sheet, r, col) ?? '') === '') return true;
  return false;
}
