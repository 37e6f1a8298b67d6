/**
 * Each rolled table written where the user's table stood (intoSource.ts): planStructure plans the tables of a new
 * workbook, each at its place on its canonical sheet (tblInnstillinger at A1 with its lists from D1, the measure,
 * economy plan and plan item tables at A1), but a municipality's workbook often has a title above a table (A1) and
 * the table at A4 or B3, or two measure tables on one sheet. The roll writes each table anew on the sheet that held
 * it, with its header row and first column as found, so the title and whatever else the user keeps above or left of
 * it stays untouched, and the frozen rows end at the header row of the sheet's top table (a sheet with panes of the
 * user's own keeps them, and a column she sized keeps its width). A table the workbook does
 * not have is written at its canonical place, on the sheet that holds the others of its canonical sheet. Formulas are
 * structured references to the tables (Sum periode, Sammendrag's, the lists' names), which follow a table wherever
 * it stands.
 */
import { columnLetter, columnNumber, parseA1, parseRange, toA1, toRange } from '../model/a1';
import type { Edit } from '../model/edits';
import type { Plan, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { TABLES } from '../model/schema';
import { LISTS } from '../model/settingsSchema';
import type { Bounds } from '../read/sheetCells';
import { findSheet } from '../read/locateTable';
import { sizedByHer } from '../sheets/herView';
import { sameName } from '../model/names';

/** Where a planned table goes: the sheet and how far its edits move, rows down and columns right. */
interface Placement {
  readonly sheet: string;
  readonly rows: number;
  readonly cols: number;
}

/** A table as planStructure plans it (or as placed): its name, sheet and cells. */
export interface Planned {
  readonly name: string;
  readonly sheet: string;
  readonly box: Bounds;
}

/** Where a table stood in the workbook read: its sheet, header row and first column. */
interface Stood {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
}

const key = (name: string): string => name.toLowerCase();

/** The measure and economy plan tables where the reader found them (header row and first column as found). */
function layoutStood(layout: TableLayout | null): Stood | null {
  if (!layout) return null;
  const left = Math.min(...layout.headers.map((h) => columnNumber(h.column)));
  return { sheet: layout.sheet, top: layout.headerRow, left: Number.isFinite(left) ? left : 1 };
}

/** Where each table the roll writes anew stood, by its product name (lower case); a table not found is absent. */
function stoodTables(wb: WorkbookSnapshot, plan: Plan): Map<string, Stood> {
  const out = new Map<string, Stood>();
  for (const name of [TABLES.settings, TABLES.planItems, ...LISTS.map((l) => l.table)]) {
    const t = wb.tables.find((x) => sameName(x.name, name));
    const b = t ? parseRange(t.ref) : null;
    if (t && b) out.set(key(name), { sheet: t.sheet, top: b.top, left: b.left });
  }
  const { operating, investment, economyPlan } = plan.layouts;
  const layouts: [string, TableLayout | null][] = [
    [TABLES.operating, operating],
    [TABLES.investment, investment],
    [TABLES.economyPlan, economyPlan],
  ];
  for (const [name, layout] of layouts) {
    const s = layoutStood(layout);
    if (s) out.set(key(name), s);
  }
  return out;
}

/** The tables `edits` create, with their sheets and cells. */
export function plannedTables(edits: readonly Edit[]): Planned[] {
  return edits.flatMap((e): Planned[] => {
    const box = e.kind === 'createTable' ? parseRange(e.ref) : null;
    return e.kind === 'createTable' && box ? [{ name: e.name, sheet: e.sheet, box }] : [];
  });
}

/** Each planned table's placement: where it stood, or (not found) moved as the others of its sheet were. */
function placements(planned: readonly Planned[], stood: ReadonlyMap<string, Stood>): Map<Planned, Placement> {
  const out = new Map<Planned, Placement>();
  for (const p of planned) {
    const s = stood.get(key(p.name));
    if (s) out.set(p, { sheet: s.sheet, rows: s.top - p.box.top, cols: s.left - p.box.left });
  }
  for (const p of planned) {
    if (out.has(p)) continue;
    const kin = planned.find((q) => q !== p && sameName(q.sheet, p.sheet) && stood.has(key(q.name)));
    const moved = kin && out.get(kin);
    out.set(p, moved ? { ...moved } : { sheet: p.sheet, rows: 0, cols: 0 });
  }
  return out;
}

/** The first column an edit writes on its sheet, or null for one that is no table's (ensureSheet, freezeRows). */
function firstColumn(e: Edit): number | null {
  if (e.kind === 'setCells') return parseA1(e.origin)?.col ?? null;
  if (e.kind === 'setStyle' || e.kind === 'setNumberFormat' || e.kind === 'setValidation')
    return parseRange(e.range)?.left ?? null;
  if (e.kind === 'setColumnWidth') return columnNumber(e.column);
  return null;
}

/** The planned table an edit of its sheet belongs to: by name, else the one whose columns it writes in. */
export function tableOf(e: Edit, planned: readonly Planned[]): Planned | undefined {
  if (!('sheet' in e)) return undefined;
  if (e.kind === 'createTable') return planned.find((p) => p.name === e.name && sameName(p.sheet, e.sheet));
  const col = firstColumn(e);
  const mine = planned.filter((p) => sameName(p.sheet, e.sheet));
  return col === null ? undefined : mine.find((p) => col >= p.box.left && col <= p.box.right);
}

const cell = (a1: string, o: Placement): string => {
  const at = parseA1(a1);
  return at ? toA1(at.row + o.rows, at.col + o.cols) : a1;
};

const range = (ref: string, o: Placement): string => {
  const b = parseRange(ref);
  if (!b) return ref;
  if (!ref.includes(':')) return cell(ref, o);
  return toRange(b.top + o.rows, b.left + o.cols, b.bottom + o.rows, b.right + o.cols);
};

/** One edit of a table at its placement. */
function moved(e: Edit, o: Placement): Edit {
  const sheet = o.sheet;
  switch (e.kind) {
    case 'setCells':
      return { ...e, sheet, origin: cell(e.origin, o) };
    case 'createTable':
      return { ...e, sheet, ref: range(e.ref, o) };
    case 'setStyle':
    case 'setNumberFormat':
    case 'setValidation':
      return { ...e, sheet, range: range(e.range, o) };
    case 'setColumnWidth':
      return { ...e, sheet, column: columnLetter(columnNumber(e.column) + o.cols) };
    default:
      return e;
  }
}

/**
 * A sheet-wide edit of a canonical sheet (ensureSheet, freezeRows) for each sheet its tables are placed on: the
 * sheet made when missing, its rows frozen down to the header row of its top table — unless the user divided that
 * sheet into panes herself (frozen columns, a split): her view stays as she left it.
 */
function sheetWide(
  e: Edit,
  planned: readonly Planned[],
  at: ReadonlyMap<Planned, Placement>,
  wb: WorkbookSnapshot,
): Edit[] {
  if (e.kind !== 'ensureSheet' && e.kind !== 'freezeRows') return [e];
  const mine = planned.filter((p) => sameName(p.sheet, e.sheet)).flatMap((p) => at.get(p) ?? []);
  const sheets = mine.length === 0 ? [e.sheet] : [...new Map(mine.map((m) => [key(m.sheet), m.sheet])).values()];
  return sheets.flatMap((sheet): Edit[] => {
    if (e.kind === 'ensureSheet') return [{ ...e, sheet }];
    if (findSheet(wb, sheet)?.pane) return [];
    const down = mine.filter((m) => sameName(m.sheet, sheet)).map((m) => m.rows);
    return [{ ...e, sheet, rows: e.rows + (down.length > 0 ? Math.min(...down) : 0) }];
  });
}

/** `edits` with one ensureSheet per sheet, and one freeze per sheet: the fewest rows (the top table's header). */
function oncePerSheet(edits: readonly Edit[]): Edit[] {
  const frozen = new Map<string, number>();
  for (const e of edits)
    if (e.kind === 'freezeRows') frozen.set(key(e.sheet), Math.min(e.rows, frozen.get(key(e.sheet)) ?? Infinity));
  const seen = new Set<string>();
  return edits.filter((e) => {
    if (e.kind !== 'ensureSheet' && e.kind !== 'freezeRows') return true;
    const id = `${e.kind}:${key(e.sheet)}`;
    if (seen.has(id) || (e.kind === 'freezeRows' && e.rows !== frozen.get(key(e.sheet)))) return false;
    seen.add(id);
    return true;
  });
}

/**
 * `edits` (planStructure's, on the canonical sheets) with each table moved to where it stood in `wb`, read as
 * `plan`: onto the sheet that held it (a sheet the user renamed keeps its name; two tables on one sheet stay on it)
 * at its header row and first column.
 */
export function whereTheyStood(edits: readonly Edit[], wb: WorkbookSnapshot, plan: Plan): Edit[] {
  const planned = plannedTables(edits);
  const at = placements(planned, stoodTables(wb, plan));
  return oncePerSheet(
    edits.flatMap((e) => {
      const t = tableOf(e, planned);
      const o = t && at.get(t);
      return o ? [moved(e, o)].filter((m) => !sizedByHer(m, wb)) : sheetWide(e, planned, at, wb);
    }),
  );
}
