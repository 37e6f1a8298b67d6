/**
 * Repair of the Innstillinger sheet: the settings table, the four list tables and their workbook names.
 * Missing tables are created at their canonical place when it is free, else right of the sheet's content.
 */
import { columnLetter, parseRange } from '../model/a1';
import type { Edit } from '../model/edits';
import { tableColumnRef } from '../sheets/formulas';
import { findSheet } from '../read/locateTable';
import { cellAt, cellText } from '../read/sheetCells';
import { freeLeft, NO_STEP, type RepairStep, type StructureChange } from './place';
import { blockOverCells, blockRange, headerColumns } from './overCells';
import { settingsColumns } from '../read/settings';
import { locateList } from '../read/lists';
import type { LocatedTable } from '../read/locateTable';
import { sameName } from '../model/names';
import { SHEETS, TABLES } from '../model/schema';
import { SETTINGS, type ListSpec } from '../model/settingsSchema';
import { applyEdits } from '../sheets/snapshotEdits';
import { listPlacements, listRows, listTableEdits, settingsTableEdits } from '../sheets/settingsEdits';
import type { SettingsInput } from '../model/content';
import type { Lists } from '../model/plan';
import type { TableInfo, WorkbookSnapshot } from '../model/snapshot';

const hasTable = (wb: WorkbookSnapshot, name: string) =>
  wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
const hasName = (wb: WorkbookSnapshot, name: string) =>
  (wb.names ?? []).some((n) => n.name.toLowerCase() === name.toLowerCase());

/** Moves the edits of a block planned at column `from` to column `to` (same rows). */
function shiftEdits(edits: readonly Edit[], from: number, to: number): Edit[] {
  if (from === to) return [...edits];
  const shift = (a1: string) =>
    a1.replace(/(\$?)([A-Z]{1,3})(\$?\d+)/g, (_, d: string, letters: string, rest: string) => {
      let n = 0;
      for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
      return `${d}${columnLetter(n - from + to)}${rest}`;
    });
  return edits.map((e): Edit => {
    if (e.kind === 'setCells') return { ...e, origin: shift(e.origin) };
    if (e.kind === 'createTable') return { ...e, ref: shift(e.ref) };
    if (e.kind === 'setStyle' || e.kind === 'setValidation') return { ...e, range: shift(e.range) };
    if (e.kind === 'setColumnWidth') return { ...e, column: shift(`${e.column}1`).replace(/\d+$/, '') };
    return e; // a list's name refers to its table's column, which moves with the table
  });
}

/** A table of the product's made over the cells the reader found it on (overCells.ts), or null where it cannot be. */
function tableOver(
  wb: WorkbookSnapshot,
  t: LocatedTable,
  cols: readonly number[] | null,
  name: string,
): RepairStep | null {
  const block = cols ? blockOverCells(wb, t, cols) : null;
  if (!block) return null;
  const ref = blockRange(block);
  return {
    changes: [{ kind: 'add-table', sheet: t.sheet.sheet, target: name, detail: ref }],
    edits: [{ kind: 'createTable', sheet: t.sheet.sheet, name, ref }],
  };
}

/**
 * The settings table, when tblInnstillinger is missing: made over the settings the reader finds by their header (a
 * table she renamed stays hers), else with these `settings` where there is room.
 */
export function repairSettingsTable(wb: WorkbookSnapshot, settings: SettingsInput): RepairStep {
  if (hasTable(wb, TABLES.settings)) return { changes: [], edits: [] };
  const found = settingsColumns(wb);
  if (found)
    return found.t.tableName !== null
      ? NO_STEP
      : (tableOver(wb, found.t, [found.nameCol, found.valueCol], TABLES.settings) ?? NO_STEP);
  const left = freeLeft(wb, SHEETS.settings, 1, 2, 1 + SETTINGS.length);
  const edits = shiftEdits(settingsTableEdits(settings), 1, left);
  return {
    changes: [{ kind: 'add-table', sheet: SHEETS.settings, target: TABLES.settings, detail: columnLetter(left) + '1' }],
    edits,
  };
}

/** The workbook name of an existing list table: its first column (by the header the table has). */
function nameOfExisting(wb: WorkbookSnapshot, spec: ListSpec, table: TableInfo): Edit | null {
  const b = parseRange(table.ref);
  const sheet = findSheet(wb, table.sheet);
  if (!b) return null;
  const header = sheet ? cellText(cellAt(sheet, b.top, b.left)) : '';
  return {
    kind: 'defineName',
    name: spec.name,
    ref: tableColumnRef(table.name, header || (spec.columns[0]?.header ?? '')),
  };
}

/** The list's workbook name, when missing, on the list table `table` (hers, or the one made over her cells). */
function listName(wb: WorkbookSnapshot, spec: ListSpec, table: string): RepairStep {
  const info = wb.tables.find((t) => sameName(t.name, table));
  const name = hasName(wb, spec.name) || !info ? null : nameOfExisting(wb, spec, info);
  if (!name || name.kind !== 'defineName') return NO_STEP;
  return {
    changes: [{ kind: 'add-name', sheet: SHEETS.settings, target: spec.name, detail: name.ref }],
    edits: [name],
  };
}

/** The list table made over the list's cells the reader found by header, and its name when missing. */
function listOver(wb: WorkbookSnapshot, t: LocatedTable, spec: ListSpec): RepairStep {
  const made = tableOver(wb, t, headerColumns(t, spec.columns), spec.table);
  if (!made) return NO_STEP;
  const name = listName(applyEdits(wb, made.edits), spec, spec.table);
  return { changes: [...made.changes, ...name.changes], edits: [...made.edits, ...name.edits] };
}

/** Each missing list table (with the default values) and each missing list name. */
export function repairLists(wb: WorkbookSnapshot, defaults: Lists): RepairStep {
  const changes: StructureChange[] = [];
  const edits: Edit[] = [];
  let work = wb;
  for (const placement of listPlacements()) {
    const { spec } = placement;
    const table = hasTable(work, spec.table);
    if (table) {
      const name = hasName(work, spec.name) ? null : nameOfExisting(work, spec, table);
      if (name) {
        edits.push(name);
        changes.push({
          kind: 'add-name',
          sheet: SHEETS.settings,
          target: spec.name,
          detail: name.kind === 'defineName' ? name.ref : '',
        });
      }
      continue;
    }
    // A list the reader finds on Innstillinger by its header (or in a table she renamed) is hers: never a second one.
    const found = locateList(work, spec);
    if (found) {
      const step = found.tableName === null ? listOver(work, found, spec) : listName(work, spec, found.tableName);
      changes.push(...step.changes);
      edits.push(...step.edits);
      work = applyEdits(work, step.edits);
      continue;
    }
    const rows = listRows(defaults, spec);
    const width = placement.right - placement.left + 1;
    const left = freeLeft(work, SHEETS.settings, placement.left, width, 1 + Math.max(1, rows.length));
    const planned = shiftEdits(listTableEdits(placement, rows), placement.left, left);
    const block = hasName(work, spec.name) ? planned.filter((e) => e.kind !== 'defineName') : planned;
    edits.push(...block);
    changes.push({ kind: 'add-table', sheet: SHEETS.settings, target: spec.table, detail: `${columnLetter(left)}1` });
    if (!hasName(work, spec.name))
      changes.push({ kind: 'add-name', sheet: SHEETS.settings, target: spec.name, detail: spec.table });
    // Later lists must see this one's cells as taken.
    work = applyEdits(work, block);
  }
  return { changes, edits };
}
