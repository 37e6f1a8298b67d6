/**
 * Import of legacy measures tables (SPEC §11): finds tables like Verdal's 6.1 and 6.2 anywhere in a
 * workbook by header search and turns them into the content of a canonical workbook, with a log of
 * every decision (as data, worded by the shells) naming the source cell.
 */
import { toGrid, type Grid } from './grid';
import { findLegacyTables, type LegacyTable } from './header';
import { convertRows, type LegacyRow } from './rows';
import { noteYearFootnotes } from './footnotes';
import { noteUnread } from './unread';
import { findMisalignedHeadings, type MisalignedHeading } from './alignment';
import { settleIds, type PendingRow } from './ids';
import { decideKind, headerYears, resolveUnits, settleColumns, settleTotal } from './setup';
import type { CommentNote, ImportDecision, Note } from './decisions';
import { columnLetter } from '../model/a1';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';
import type { PlanContent, RowInput } from '../model/content';
import type { Unit } from '../model/money';
import type { Lists, TableKind } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export type { CommentNote, ImportDecision } from './decisions';
export type { MisalignedHeading } from './alignment';

export interface ImportOptions {
  readonly startYear?: number;
  readonly unit?: Unit;
  readonly defaultStartYear: number;
  /** The file read, as the user named it: the log's first decision names it (its sheets and cells are that file's). */
  readonly source?: string;
  /** The words of what the importer adds to a measure's Kommentar, in the user's language (the shell's). */
  readonly commentNote: (note: CommentNote) => string;
  /**
   * A logical or an error value as her Excel shows it in the user's language (the shell's: TRUE → SANN, #VALUE! →
   * #VERDI!), `text` its name in the file; what a text column's cell holding one is imported as (textValue.ts).
   * Without it, the name in the file.
   */
  readonly excelValue?: (text: string) => string;
}

export interface ImportResult {
  readonly content: PlanContent;
  readonly log: ImportDecision[];
  /** The legacy tables found (none: nothing to import). */
  readonly tables: readonly { readonly sheet: string; readonly cell: string; readonly kind: TableKind }[];
  /**
   * Amount headings that stand beside their numbers, not over them (alignment.ts): when any, the content would
   * put money in another column, and the shells write nothing and name the cells.
   */
  readonly misaligned: readonly MisalignedHeading[];
}

const MIN_YEARS = 4;
const MAX_YEARS = 10;

function planPeriod(tables: readonly LegacyTable[], opts: ImportOptions, note: Note): number[] {
  const found = headerYears(tables);
  const start = opts.startYear ?? found[0] ?? opts.defaultStartYear;
  const where = tables[0]
    ? { sheet: tables[0].sheet, cell: tables[0].columns[0]?.cell ?? 'A1' }
    : { sheet: '', cell: '' };
  const source = opts.startYear !== undefined ? 'option' : found[0] !== undefined ? 'header' : 'default';
  const last = Math.max(start + MIN_YEARS - 1, ...found);
  const count = Math.min(MAX_YEARS, Math.max(MIN_YEARS, last - start + 1));
  note(where.sheet, where.cell, { code: 'period', params: { start, end: start + count - 1, source } });
  return Array.from({ length: count }, (_, i) => start + i);
}

/** The row's schema values with its ID, and the note of a legacy ID not kept after its Kommentar. */
function keepSchemaKeys(row: LegacyRow, kind: TableKind, id: string, idNote: string | null): RowInput {
  const columns = kind === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  const values: Record<string, string | number | null> = { id };
  for (const c of columns)
    if (c.key !== 'years' && c.key !== 'id' && c.type !== 'formula') values[c.key] = row.values[c.key] ?? null;
  if (idNote !== null) values.comment = [String(values.comment ?? ''), idNote].filter((s) => s !== '').join('; ');
  if (kind === 'investment' && !values.purpose) values.purpose = 'Annet';
  return { values, years: row.years };
}

const uniq = (items: readonly string[]): string[] => [...new Set(items.filter((s) => s !== ''))];

function listsFrom(sections: readonly string[], rows: readonly RowInput[]): Lists {
  const text = (r: RowInput, key: string): string => String(r.values[key] ?? '').trim();
  return {
    sections: uniq(sections),
    areas: uniq(rows.flatMap((r) => text(r, 'areas').split(/\s*[;\n]\s*/))),
    frames: [],
    responsibles: uniq(rows.map((r) => text(r, 'responsible'))),
  };
}

/** Each sheet's grid and the legacy tables found on it. */
function sheetsOf(wb: WorkbookSnapshot): { grid: Grid; tables: LegacyTable[] }[] {
  return wb.sheets.map((s) => {
    const grid = toGrid(s);
    return { grid, tables: findLegacyTables(grid) };
  });
}

interface Collected {
  /** Rows read, in reading order over all tables, waiting for their IDs (ids.ts). */
  readonly rows: PendingRow[];
  readonly sections: string[];
  readonly tables: { sheet: string; cell: string; kind: TableKind }[];
  readonly misaligned: MisalignedHeading[];
}

/**
 * The plan years a table with year columns has no column for («--start 2012» over a 2011–2014 table: 2015), logged
 * once at its header: their cells stay empty, which check would otherwise be the first to tell (review r42).
 */
function noteYearsWithoutColumn(table: LegacyTable, years: readonly number[], note: Note): void {
  const own = new Set(table.columns.flatMap((c) => (c.key?.startsWith('year:') ? [Number(c.key.slice(5))] : [])));
  if (own.size === 0) return;
  const missing = years.filter((y) => !own.has(y));
  if (missing.length === 0) return;
  note(table.sheet, table.columns[0]?.cell ?? 'A1', {
    code: 'year-no-column',
    params: { years: missing.join(', '), count: missing.length },
  });
}

/** Reads one legacy table into `into`: kind, column map and units logged. */
function collectTable(
  found: { grid: Grid; table: LegacyTable },
  years: readonly number[],
  opts: ImportOptions,
  note: Note,
  into: Collected,
): void {
  const { grid } = found;
  const target: Unit = opts.unit ?? '1000 kr';
  const kind = decideKind(found.table, note);
  const table = settleColumns(settleTotal(found.table, kind), kind, note);
  if (table.headerGap !== undefined)
    note(table.sheet, `${columnLetter(table.left)}${table.headerGap}`, {
      code: 'header-gap',
      params: { empty: table.headerGap, row: table.headerGap + 1 },
    });
  into.tables.push({ sheet: table.sheet, cell: table.columns[0]?.cell ?? 'A1', kind });
  into.misaligned.push(...findMisalignedHeadings(grid, table));
  noteYearFootnotes(grid, table, note);
  noteYearsWithoutColumn(table, years, note);
  const units = resolveUnits(table, opts.unit, target, note);
  const converted = convertRows({
    grid,
    table,
    kind,
    years,
    target,
    unitOf: (c: number) => units.get(c) ?? target,
    note: (cell, what) => note(table.sheet, cell, what),
    commentNote: opts.commentNote,
    excelValue: opts.excelValue ?? ((text) => text),
  });
  into.sections.push(...converted.sections);
  for (const row of converted.rows) into.rows.push({ kind, sheet: table.sheet, row });
}

/**
 * Imports every legacy measures table of a workbook. A legacy ID of its table's form is kept, other IDs are
 * generated in reading order after the highest kept (D-001…, I-001… when none is, ids.ts), sections come from the capitalised section rows, amounts are converted into
 * `opts.unit ?? '1000 kr'`. No table found gives empty content, an empty `tables` and one log line.
 */
export function importLegacy(wb: WorkbookSnapshot, opts: ImportOptions): ImportResult {
  const log: ImportDecision[] = [];
  const note: Note = (sheet, cell, what) => log.push({ sheet, cell, ...what });
  const sheets = sheetsOf(wb);
  const found = sheets.flatMap(({ grid, tables }) => tables.map((table) => ({ grid, table })));
  if (opts.source !== undefined)
    note(wb.sheets[0]?.sheet ?? '', 'A1', { code: 'source', params: { file: opts.source } });
  if (found.length === 0) {
    note(wb.sheets[0]?.sheet ?? '', 'A1', { code: 'no-table', params: {} });
  }
  const years = planPeriod(
    found.map((f) => f.table),
    opts,
    note,
  );
  const into: Collected = { rows: [], sections: [], tables: [], misaligned: [] };
  for (const f of found) collectTable(f, years, opts, note, into);
  for (const { grid, tables } of sheets) noteUnread(grid, tables, note);
  const ids = settleIds(into.rows, note, opts.commentNote);
  const rows: Record<TableKind, RowInput[]> = { operating: [], investment: [] };
  into.rows.forEach(({ kind, row }, i) => {
    rows[kind].push(keepSchemaKeys(row, kind, ids[i]?.id ?? '', ids[i]?.comment ?? null));
  });
  const start = years[0] ?? opts.defaultStartYear;
  const content: PlanContent = {
    settings: {
      startYear: start,
      yearCount: years.length,
      unit: opts.unit ?? '1000 kr',
      priceLevel: `faste ${start}-kroner`,
      economyPlanVersion: '',
      tolerance: 0,
      planName: '',
    },
    lists: listsFrom(into.sections, [...rows.operating, ...rows.investment]),
    operating: rows.operating,
    investment: rows.investment,
    economyPlan: [],
  };
  return { content, log, tables: into.tables, misaligned: into.misaligned };
}
