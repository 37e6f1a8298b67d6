/**
 * A roll forward written into a copy of the user's own workbook (SPEC §11, "Writing into a user's workbook"):
 * the product's tables are emptied where they stood, with what is anchored on their cells (a note on a
 * measure's amount would stand on another measure or year), and the rolled tables written on the sheets that
 * held them, each where it stood (its header row and first column, placed.ts: a title above it stays); the new
 * archive is added. Every other sheet and every cell of the user's stays as it was —
 * earlier archives and saved versions too, which the new-workbook path copies (carry.ts). A rolled table that
 * would cover a cell of the user's blocks the roll, naming the cell. Sammendrag and Avstemming are the
 * check's: the shell writes them on the rolled workbook as `check --write` does.
 */
import type { CellInput, Edit } from '../model/edits';
import { columnNumber, parseA1, parseRange, toRange } from '../model/a1';
import { TABLES } from '../model/schema';
import { LISTS } from '../model/settingsSchema';
import type { Plan, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { UserCell } from '../model/writePlan';
import { findSheet } from '../read/locateTable';
import { sheetBounds, type Bounds } from '../read/sheetCells';
import { userCellsIn } from '../sheets/userCells';
import { movedBeside, type MovedBeside } from './beside';
import { whereTheyStood } from './placed';
import { tablesMeeting, type TablesMeet } from './crowded';
import { sameName } from '../model/names';

/** The tables a roll writes anew: the settings and their lists, the measure and economy plan tables, the plan items. */
const ROLLED_TABLES = new Set(
  [
    TABLES.settings,
    TABLES.operating,
    TABLES.investment,
    TABLES.economyPlan,
    TABLES.planItems,
    ...LISTS.map((l) => l.table),
  ].map((n) => n.toLowerCase()),
);

interface OwnedBlock {
  readonly sheet: string;
  readonly box: Bounds;
  /** The Excel table over it, when there is one. */
  readonly table?: string;
}

/** A measure or economy plan table found by its header alone (no Excel table): its header row to its last row. */
function layoutBlock(layout: TableLayout): OwnedBlock {
  const cols = layout.headers.map((h) => columnNumber(h.column));
  const box = { top: layout.headerRow, left: Math.min(...cols), bottom: layout.lastDataRow, right: Math.max(...cols) };
  return { sheet: layout.sheet, box };
}

/**
 * The measure and economy plan tables the user renamed (found on their sheets, read/locateTable.ts): the product's
 * name → hers. The roll writes them anew under her name, so that a pivot table or a formula of hers that names
 * the table still finds it, and takes them away as it takes its own.
 */
function renamedTables(plan: Plan): Map<string, string> {
  const { operating, investment, economyPlan } = plan.layouts;
  const pairs: [string, TableLayout | null][] = [
    [TABLES.operating, operating],
    [TABLES.investment, investment],
    [TABLES.economyPlan, economyPlan],
  ];
  return new Map(
    pairs.flatMap(([own, l]): [string, string][] =>
      l?.tableName && !sameName(l.tableName, own) ? [[own.toLowerCase(), l.tableName]] : [],
    ),
  );
}

/** The blocks the roll writes anew, each table's totals row included. */
function ownedBlocks(wb: WorkbookSnapshot, plan: Plan): OwnedBlock[] {
  const hers = new Set([...renamedTables(plan).values()].map((n) => n.toLowerCase()));
  const listed = wb.tables.flatMap((t): OwnedBlock[] => {
    const name = t.name.toLowerCase();
    const b = ROLLED_TABLES.has(name) || hers.has(name) ? parseRange(t.ref) : null;
    return b ? [{ sheet: t.sheet, box: { ...b, bottom: b.bottom + (t.totalsRow ? 1 : 0) }, table: t.name }] : [];
  });
  const { operating, investment, economyPlan } = plan.layouts;
  const unlisted = [operating, investment, economyPlan]
    .filter((l): l is TableLayout => l !== null && l.tableName === null)
    .map(layoutBlock);
  return [...listed, ...unlisted];
}

/** A formula with each structured reference to a table of the map (`tblTiltakDrift[`) naming hers instead. */
function renamedIn(formula: string, map: ReadonlyMap<string, string>): string {
  return [...map].reduce((f, [own, hers]) => f.replace(new RegExp(`\\b${own}\\[`, 'gi'), `${hers}[`), formula);
}

/** `edits` with each table of the map (its name, and the structured references to it) under the user's name. */
function underHerNames(edits: readonly Edit[], map: ReadonlyMap<string, string>): Edit[] {
  if (map.size === 0) return [...edits];
  const input = (v: CellInput): CellInput =>
    v !== null && typeof v === 'object' ? { ...v, formula: renamedIn(v.formula, map) } : v;
  return edits.map((e): Edit => {
    if (e.kind === 'setCells') return { ...e, values: e.values.map((row) => row.map(input)) };
    if (e.kind === 'defineName') return { ...e, ref: renamedIn(e.ref, map) };
    if (e.kind !== 'createTable' && e.kind !== 'resizeTable') return e;
    const name = map.get(e.name.toLowerCase()) ?? e.name;
    if (e.kind === 'resizeTable' || !e.calculated) return { ...e, name };
    const calculated = Object.fromEntries(Object.entries(e.calculated).map(([h, f]) => [h, renamedIn(f, map)]));
    return { ...e, name, calculated };
  });
}

/** The cells the edits write (setCells) or take into a table (createTable), as blocks by sheet. */
function writtenBlocks(edits: readonly Edit[]): { sheet: string; box: Bounds }[] {
  return edits.flatMap((e) => {
    if (e.kind === 'createTable') {
      const b = parseRange(e.ref);
      return b ? [{ sheet: e.sheet, box: { ...b, bottom: Math.max(b.bottom, b.top + 1) } }] : [];
    }
    if (e.kind !== 'setCells') return [];
    const at = parseA1(e.origin);
    const width = Math.max(1, ...e.values.map((r) => r.length));
    if (!at || e.values.length === 0) return [];
    const box = { top: at.row, left: at.col, bottom: at.row + e.values.length - 1, right: at.col + width - 1 };
    return [{ sheet: e.sheet, box }];
  });
}

/**
 * A decoration (number format, validation, style) reaches spare rows below a table (sheets/tableEdits.ts), where
 * the user may have typed a note, or where another of the rolled tables stands (the investments under the drift
 * table on one sheet): it stops above the first such cell, so the note and the other table keep their own format
 * and input.
 */
function aroundUserCells(wb: WorkbookSnapshot, edits: readonly Edit[], owned: readonly OwnedBlock[]): Edit[] {
  const tables = edits.flatMap((e) => (e.kind === 'createTable' ? writtenBlocks([e]) : []));
  return edits.flatMap((e): Edit[] => {
    if (e.kind !== 'setNumberFormat' && e.kind !== 'setValidation' && e.kind !== 'setStyle') return [e];
    const box = parseRange(e.range);
    if (!box) return [e];
    const mine = owned.filter((o) => sameName(o.sheet, e.sheet)).map((o) => o.box);
    const users = userCellsIn(wb, e.sheet, box, mine).flatMap((c) => parseA1(c.cell)?.row ?? []);
    const below = tables
      .filter((t) => sameName(t.sheet, e.sheet) && t.box.top > box.top && t.box.top <= box.bottom)
      .filter((t) => t.box.left <= box.right && t.box.right >= box.left)
      .map((t) => t.box.top);
    const stops = [...users, ...below];
    if (stops.length === 0) return [e];
    const bottom = Math.min(...stops) - 1;
    return bottom < box.top ? [] : [{ ...e, range: toRange(box.top, box.left, bottom, box.right) }];
  });
}

export interface SourceRoll {
  readonly edits: Edit[];
  /** The user's cells a rolled table would cover: then nothing may be written. */
  readonly blocked: readonly UserCell[];
  /** The user's cells beside a measure table whose rows moved up under them (beside.ts). */
  readonly movedBeside: readonly MovedBeside[];
  /** Rolled tables that would overlap where they stood (placed.ts): then nothing may be written. */
  readonly crowded: readonly TablesMeet[];
}

/**
 * The roll's edits for the workbook it was read from: `structure` (the rolled tables as planStructure plans them
 * for a new workbook) moved onto the sheets that hold the product's tables, after those tables are emptied, and
 * `archive` (the new archive sheet), after an archive sheet of that name, if any, is emptied.
 */
export function planRollIntoSource(
  wb: WorkbookSnapshot,
  plan: Plan,
  structure: readonly Edit[],
  archive: { readonly sheet: string; readonly edits: readonly Edit[] },
  /** The IDs of the finished measures that leave the tables. */
  finished: readonly string[] = [],
  /** Settings written into the cells the reader found them in, of a table left in place (inPlace.ts): no block of hers. */
  inPlace: readonly Edit[] = [],
): SourceRoll {
  const owned = ownedBlocks(wb, plan);
  const range = (b: Bounds) => toRange(b.top, b.left, b.bottom, b.right);
  const clearing: Edit[] = owned.flatMap((o): Edit[] => [
    ...(o.table ? [{ kind: 'deleteOwnedTable', name: o.table } as const] : []),
    { kind: 'clearOwnedRange', sheet: o.sheet, range: range(o.box), anchored: true },
  ]);
  const old = findSheet(wb, archive.sheet);
  if (old && old.values.length > 0)
    clearing.push({ kind: 'clearOwnedRange', sheet: old.sheet, range: range(sheetBounds(old)), anchored: true });
  const placed = whereTheyStood(structure, wb, plan);
  const rolled = aroundUserCells(wb, underHerNames(placed, renamedTables(plan)), owned);
  const blocked = writtenBlocks(rolled).flatMap(({ sheet, box }) =>
    userCellsIn(
      wb,
      sheet,
      box,
      owned.filter((o) => sameName(o.sheet, sheet)).map((o) => o.box),
    ),
  );
  const unique = [...new Map(blocked.map((c) => [`${c.sheet}!${c.cell}`.toLowerCase(), c])).values()];
  const moved = movedBeside(wb, plan, finished, (l) => layoutBlock(l).box, owned);
  const edits = [...clearing, ...rolled, ...inPlace, ...archive.edits];
  // The user's own Excel tables (not the product's, nor the ones she renamed, which the roll writes anew).
  const mine = new Set(owned.flatMap((o) => (o.table ? [o.table.toLowerCase()] : [])));
  const theirs = wb.tables.filter((t) => !mine.has(t.name.toLowerCase()));
  return { edits, blocked: unique, movedBeside: moved, crowded: tablesMeeting(placed, theirs) };
}
