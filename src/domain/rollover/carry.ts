/**
 * What a roll forward takes from the old workbook besides the plan itself: the titles of
 * tblHandlingsplan, earlier archive sheets and saved versions (copied as values), and a list of what it leaves behind
 * (other sheets, cells beside the tables) so the user is told rather than surprised.
 */
import type { Edit } from '../model/edits';
import { bodyRows, findSheet, headerColumn, tablesOf } from '../read/locateTable';
import type { HeaderLike } from '../read/matchHeader';
import { SHEETS, TABLES } from '../model/schema';
import { PLAN_ITEM_HEADERS } from '../model/settingsSchema';
import { boundsAround, cellAt, cellText, sheetBounds, type Bounds } from '../read/sheetCells';
import { columnNumber, parseRange, toRange } from '../model/a1';
import { isOccupied } from '../sheets/userCells';
import { isVersionSheet } from '../read/versionHeader';
import type { Plan, TableLayout } from '../model/plan';
import { plainValue, type WorkbookSnapshot } from '../model/snapshot';
import { sameName } from '../model/names';
import { userSettingRows } from './settingRows';
import { leftInPlace } from './inPlace';
import { locatePlanItems } from '../read/lists';

const REF: HeaderLike = { header: PLAN_ITEM_HEADERS.ref, aliases: ['Ref.'] };
const TITLE: HeaderLike = { header: PLAN_ITEM_HEADERS.title, aliases: ['Title'] };

/** The items of tblHandlingsplan with their titles, or null when there is no such table. */
export function readPlanItems(wb: WorkbookSnapshot): { ref: string; title: string }[] | null {
  // Where the reader finds it (its Refs are the plan's), so that the titles come with the same rows.
  const t = locatePlanItems(wb);
  if (!t) return null;
  const columnOf = (spec: HeaderLike, fallback: number): number => headerColumn(t, spec) ?? t.left + fallback;
  const refCol = columnOf(REF, 0);
  const titleCol = columnOf(TITLE, 1);
  return bodyRows(t)
    .map((r) => ({ ref: cellText(cellAt(t.sheet, r, refCol)), title: cellText(cellAt(t.sheet, r, titleCol)) }))
    .filter((i) => i.ref !== '');
}

const isArchive = (name: string): boolean => name.startsWith(`${SHEETS.archive} `);

/**
 * Whether two archive names are one sheet: "Arkiv 2027-2030" (as earlier versions named it) is "Arkiv 2027–2030",
 * and so is "ARKIV 2027–2030", since Excel knows a sheet by its name whatever its case (a sheet so named, carried,
 * would be written over the new archive).
 */
const samePeriod = (a: string, b: string): boolean => {
  const key = (name: string) => name.trim().replace(/–/g, '-').toLowerCase();
  return key(a) === key(b);
};

/**
 * Earlier archive sheets and saved versions (found by their header, SPEC §14) of the old workbook, rewritten as
 * values on sheets of the same name; a saved version is hidden again, an archive stays in view.
 */
export function carryArchives(wb: WorkbookSnapshot, newArchive: string): Edit[] {
  return wb.sheets
    .filter(
      (s) =>
        !samePeriod(s.sheet, newArchive) &&
        s.values.length > 0 &&
        (isArchive(s.sheet) || isVersionSheet(s, tablesOf(wb))),
    )
    .flatMap((s): Edit[] => [
      { kind: 'ensureSheet', sheet: s.sheet, ...(isArchive(s.sheet) ? {} : { hidden: true }) },
      { kind: 'setCells', sheet: s.sheet, origin: s.origin, values: s.values.map((row) => row.map(plainValue)) },
    ]);
}

/** Something of the old workbook that the rolled workbook does not carry: a sheet, a repeated setting, cells. */
export type NotCarried =
  | { readonly kind: 'sheet'; readonly sheet: string }
  /** A second row of one of the product's settings in tblInnstillinger (the rolled table has one, with the new value). */
  | { readonly kind: 'setting'; readonly setting: string; readonly value: string; readonly cell: string }
  /** Cells beside or below a table on a sheet the roll builds anew (a note, a table of the user's): `range` holds them all. */
  | { readonly kind: 'cells'; readonly sheet: string; readonly range: string };

/** The block a table was read from: its header row to its last body row, its first to its last header. */
function blockOf(layout: TableLayout): Bounds {
  const cols = layout.headers.map((h) => columnNumber(h.column));
  return { top: layout.headerRow, left: Math.min(...cols), bottom: layout.lastDataRow, right: Math.max(...cols) };
}

/** Which side of `around` a cell outside it lies on: above and below first, then left or right. */
function sideOf(r: number, c: number, around: Bounds): 'above' | 'below' | 'left' | 'right' {
  if (r < around.top) return 'above';
  if (r > around.bottom) return 'below';
  return c < around.left ? 'left' : 'right';
}

/** The blocks of the tables the workbook lists on `sheet` (Innstillinger: the settings and the lists beside them). */
function tableBlocks(wb: WorkbookSnapshot, sheet: string): Bounds[] {
  return wb.tables.filter((t) => sameName(t.sheet, sheet)).flatMap((t) => parseRange(t.ref) ?? []);
}

/**
 * What the user keeps outside the tables on the sheets the rolled workbook builds from its tables alone: those of
 * the measure and economy plan tables, Innstillinger (settings and lists) and Handlingsplan (plan items). Each
 * such sheet is named with the range its other cells span on each side of its tables (one range around all of
 * them would cover the tables too). A sheet whose tables are not known (none listed) is not looked at.
 */
function cellsBesideTables(wb: WorkbookSnapshot, layouts: readonly TableLayout[]): NotCarried[] {
  const bySheet = new Map<string, Bounds[]>();
  for (const l of layouts) bySheet.set(l.sheet, [...(bySheet.get(l.sheet) ?? []), blockOf(l)]);
  for (const name of [SHEETS.settings, SHEETS.planItems]) {
    const blocks = tableBlocks(wb, name);
    if (blocks.length > 0 && !bySheet.has(name)) bySheet.set(name, blocks);
  }
  const out: NotCarried[] = [];
  for (const [name, blocks] of bySheet) {
    const sheet = findSheet(wb, name);
    // Every sheet listed has a block: `around` is null for none.
    const around = boundsAround(blocks);
    if (!sheet || !around) continue;
    const held = sheetBounds(sheet);
    const boxes = new Map<string, Bounds>();
    for (let r = held.top; r <= held.bottom; r++)
      for (let c = held.left; c <= held.right; c++) {
        if (blocks.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right)) continue;
        if (!isOccupied(sheet, r, c)) continue;
        const side = sideOf(r, c, around);
        const box = boxes.get(side);
        boxes.set(
          side,
          box
            ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: r, right: Math.max(box.right, c) }
            : { top: r, left: c, bottom: r, right: c },
        );
      }
    for (const box of boxes.values())
      out.push({ kind: 'cells', sheet: name, range: toRange(box.top, box.left, box.bottom, box.right) });
  }
  return out;
}

/** What of tblInnstillinger a roll does not carry: a second row of a product setting (its columns it carries). */
function settingsLeft(wb: WorkbookSnapshot): NotCarried[] {
  return userSettingRows(wb).repeated.map((r): NotCarried => ({ kind: 'setting', ...r }));
}

/**
 * Sheets and cells of the old workbook that the rolled workbook does not carry (the shells word them); the user's own
 * columns of the tables it carries (sheets/userColumns.ts, settingRows.ts). A roll into the source workbook
 * (intoSource.ts) keeps every sheet and every cell beside the tables: only a repeated setting is left.
 */
export function notCarried(wb: WorkbookSnapshot, plan: Plan, into: 'new' | 'source' = 'new'): NotCarried[] {
  // A settings table left in place keeps every row of hers (inPlace.ts): nothing of it is left behind.
  if (into === 'source') return leftInPlace(wb).has(TABLES.settings.toLowerCase()) ? [] : settingsLeft(wb);
  const { operating, investment, economyPlan } = plan.layouts;
  const layouts = [operating, investment, economyPlan].filter((l): l is TableLayout => l !== null);
  const own = new Set<string>([
    SHEETS.settings,
    SHEETS.operating,
    SHEETS.investment,
    SHEETS.economyPlan,
    SHEETS.planItems,
    SHEETS.summary,
    SHEETS.reconciliation,
    ...layouts.map((l) => l.sheet),
  ]);
  const sheets = wb.sheets
    .filter((s) => !own.has(s.sheet) && !isArchive(s.sheet) && !isVersionSheet(s, tablesOf(wb)))
    .map((s): NotCarried => ({ kind: 'sheet', sheet: s.sheet }));
  return [...sheets, ...settingsLeft(wb), ...cellsBesideTables(wb, layouts)];
}
