/**
 * Reading the lists behind the drop-downs (SPEC §2: tblSeksjoner, tblPlanomrader, tblRammeomrader,
 * tblAnsvarlige) and the plan items of the optional tblHandlingsplan. An empty or missing list is a
 * warning (list-empty): every value checked against it would fail.
 */
import { toA1 } from '../model/a1';
import { bodyRows, headerColumn, locateTable, type LocatedTable } from './locateTable';
import { makeFinding } from '../model/finding';
import type { HeaderLike } from './matchHeader';
import { SHEETS, TABLES } from '../model/schema';
import { LISTS, PLAN_ITEM_HEADERS, type ListSpec } from '../model/settingsSchema';
import { cellAt, cellText } from './sheetCells';
import type { Finding } from '../model/finding';
import type { Lists } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface ListsRead {
  readonly lists: Lists;
  readonly findings: readonly Finding[];
}

/** The column of a header in the table; for a table found by name, its `fallback`-th column otherwise. */
function columnOf(t: LocatedTable, spec: HeaderLike, fallback: number): number | undefined {
  const found = headerColumn(t, spec);
  if (found !== undefined) return found;
  // A real table keeps its place even when its header was renamed; a sheet search has no such anchor.
  const c = t.left + fallback;
  return t.tableName !== null && c <= t.right ? c : undefined;
}

/** Non-empty texts of the columns, row by row (rows whose first column is empty are skipped). */
function readColumns(t: LocatedTable, cols: readonly (number | undefined)[]): string[][] {
  const rows: string[][] = [];
  for (const row of bodyRows(t)) {
    const texts = cols.map((c) => (c === undefined ? '' : cellText(cellAt(t.sheet, row, c))));
    if ((texts[0] ?? '') !== '') rows.push(texts);
  }
  return rows;
}

/** The longest list value a Sammendrag formula can hold (Excel's limit for a text in a formula). */
export const MAX_LIST_VALUE = 255;

/** list-value-too-long for every value of the table longer than Excel allows in a formula. */
function tooLong(t: LocatedTable, cols: readonly (number | undefined)[], list: string): Finding[] {
  const out: Finding[] = [];
  for (const row of bodyRows(t)) {
    for (const c of cols) {
      if (c === undefined) continue;
      const text = cellText(cellAt(t.sheet, row, c));
      if (text.length <= MAX_LIST_VALUE) continue;
      const params = { list, length: text.length, max: MAX_LIST_VALUE };
      out.push(makeFinding('list-value-too-long', t.sheet.sheet, toA1(row, c), params));
    }
  }
  return out;
}

/**
 * frame-code-missing for every list row with a name but no code (the first column empty or only spaces): the row
 * is no frame a measure can choose or reconciliation can count, so it is left out of the list and named here.
 */
function codeMissing(t: LocatedTable, cols: readonly (number | undefined)[]): Finding[] {
  const [codeCol, nameCol] = cols;
  if (codeCol === undefined || nameCol === undefined) return [];
  const out: Finding[] = [];
  for (const row of bodyRows(t)) {
    const name = cellText(cellAt(t.sheet, row, nameCol));
    if (name === '' || cellText(cellAt(t.sheet, row, codeCol)) !== '') continue;
    out.push(makeFinding('frame-code-missing', t.sheet.sheet, toA1(row, codeCol), { name }));
  }
  return out;
}

const listHeaders = (spec: ListSpec): HeaderLike[] =>
  spec.columns.map((c) => ({ header: c.header, aliases: c.aliases }));

/** Where the reader finds a list (SPEC §2: by its table name, then on Innstillinger by its header), or null. */
export function locateList(wb: WorkbookSnapshot, spec: ListSpec): LocatedTable | null {
  return locateTable(wb, { table: spec.table, sheet: SHEETS.settings, headers: listHeaders(spec) });
}

function readList(
  wb: WorkbookSnapshot,
  spec: ListSpec,
): { rows: string[][]; finding: Finding | null; cellFindings: Finding[] } {
  const headers = listHeaders(spec);
  const t = locateList(wb, spec);
  const cols = t ? headers.map((h, i) => columnOf(t, h, i)) : [];
  const rows = t ? readColumns(t, cols) : [];
  const cellFindings = t ? tooLong(t, cols, spec.table) : [];
  if (t && spec.key === 'frames') cellFindings.push(...codeMissing(t, cols));
  if (rows.length > 0) return { rows, finding: null, cellFindings };
  const sheet = t?.sheet.sheet ?? SHEETS.settings;
  const cell = t ? toA1(t.headerRow, t.left) : 'A1';
  return { rows, finding: makeFinding('list-empty', sheet, cell, { list: spec.table }), cellFindings };
}

/** Reads the four lists; a list that is missing or empty reads as [] with a list-empty warning. */
export function readLists(wb: WorkbookSnapshot): ListsRead {
  const findings: Finding[] = [];
  const byKey = new Map<string, string[][]>();
  for (const spec of LISTS) {
    const read = readList(wb, spec);
    byKey.set(spec.key, read.rows);
    if (read.finding) findings.push(read.finding);
    findings.push(...read.cellFindings);
  }
  const first = (key: string): string[] => (byKey.get(key) ?? []).map((r) => r[0] ?? '');
  const lists: Lists = {
    sections: first('sections'),
    areas: first('areas'),
    frames: (byKey.get('frames') ?? []).map((r) => ({ code: r[0] ?? '', name: r[1] ?? '' })),
    responsibles: first('responsibles'),
  };
  return { lists, findings };
}

const REF: HeaderLike = { header: PLAN_ITEM_HEADERS.ref, aliases: ['Ref.', 'Nr', 'Punkt'] };
const TITLE: HeaderLike = { header: PLAN_ITEM_HEADERS.title, aliases: ['Title', 'Tiltak'] };

/** Where the reader finds tblHandlingsplan (by its name, then on Handlingsplan by its header), or null. */
export function locatePlanItems(wb: WorkbookSnapshot): LocatedTable | null {
  return locateTable(wb, { table: TABLES.planItems, sheet: SHEETS.planItems, headers: [REF, TITLE] });
}

/** The Refs of tblHandlingsplan, or null when the workbook has no such table (it is optional). */
export function readPlanRefs(wb: WorkbookSnapshot): string[] | null {
  const t = locatePlanItems(wb);
  if (!t) return null;
  return readColumns(t, [columnOf(t, REF, 0)]).map((r) => r[0] ?? '');
}
