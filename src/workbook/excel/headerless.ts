/**
 * A table whose header row the user turned off (Table Design → Header Row): Excel's range of it starts at its
 * first body row, and what Table.getHeaderRowRange gives then is not documented. Its column names come from
 * Table.columns instead and, as the file adapter reads such a table (xlsx/read/readWorkbook.ts), they are put
 * in the empty row above its body, and the table is reported grown over that row. When that row holds
 * something of the user's (or there is none), the table stays as it is. Pure: no Office calls here.
 */
import { parseA1, toRange, type CellValue, type SheetSnapshot } from '../../domain';
import type { LocatedTable, Rect } from './readPlan';

/** A headerless table as the second sync found it: its body (without a total row) and its column names. */
export interface HeaderlessTable {
  readonly name: string;
  readonly sheet: string;
  readonly body: Rect;
  readonly names: readonly string[];
}

/**
 * The table as the pieces are planned: over the row above its body, with its names as the header (so the
 * calculated and amount columns are found), or null when there is no row above.
 */
export function locateHeaderless(t: HeaderlessTable): LocatedTable | null {
  if (t.body.top < 2 || t.names.length !== t.body.right - t.body.left + 1) return null;
  return { name: t.name, sheet: t.sheet, rect: { ...t.body, top: t.body.top - 1 }, header: t.names, headerless: true };
}

const blank = (v: CellValue | undefined, f: string | null | undefined) => (v === null || v === undefined) && !f;

/**
 * Puts the names of each headerless table in the row above its body when that row is empty (values and
 * formulas) in the table's columns; returns the table's ref as it reads then: grown over that row, or its body.
 */
export function showHiddenHeaders(
  sheets: readonly SheetSnapshot[],
  tables: readonly HeaderlessTable[],
): Map<string, string> {
  const refs = new Map<string, string>();
  for (const t of tables) {
    const b = t.body;
    refs.set(t.name, toRange(b.top, b.left, b.bottom, b.right));
    const sheet = sheets.find((s) => s.sheet === t.sheet);
    const origin = sheet ? parseA1(sheet.origin) : null;
    if (!sheet || !origin || !locateHeaderless(t)) continue;
    const r = b.top - 1 - origin.row;
    const row = sheet.values[r] as CellValue[] | undefined;
    const formulas = sheet.formulas?.[r];
    if (!row) continue;
    const cols = t.names.map((_, i) => b.left + i - origin.col);
    if (!cols.every((c) => blank(row[c], formulas?.[c]))) continue;
    cols.forEach((c, i) => (row[c] = t.names[i] ?? null));
    refs.set(t.name, toRange(b.top - 1, b.left, b.bottom, b.right));
  }
  return refs;
}
