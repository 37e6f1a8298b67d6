/**
 * read(): what the domain needs of the open workbook (readPlan.ts says what), in payload-sized blocks.
 * Syncs: one to learn the sheets, tables and names; one to locate the tables (range and header row) and the
 * used ranges to read, with the first rows of each table, whose
 * weight sizes its blocks (payload.ts sampledBytesPerCell); then one per block of at most PAYLOAD_BUDGET estimated bytes — three for a plan of
 * normal size. A versions or roll read also locates the used range of every other sheet and reads its top in the
 * first block, to find the saved versions by their header; a version found is read in the blocks after. A check
 * or structure read loads, in the second sync, the top from A1 of each sheet it reads nothing of, and of a version
 * its ID columns alone, with the plan's blocks (versionIds.ts). The
 * formulas of amount cells that hold number text come in the same syncs (textFormulas.ts), or, when the block
 * that showed such a cell was the last, in one sync more; so do those of the empty rows at a measure table's end
 * above the last rows whose formulas come with its values (emptyRows.ts). A table's this-row reference comes in
 * the file's spelling, whichever Excel shows (thisRow.ts). A structure read also asks, in the second sync, the
 * frozen panes and sized columns of the sheets a repair writes on (views.ts). Each block of values learns in its
 * own sync which of its cells hold an Excel error (errorCells.ts): an error is read as one, as the file adapter does.
 */
import {
  parseRange,
  sheetScopeOf,
  TABLES,
  toRange,
  type NameInfo,
  type TableInfo,
  type WorkbookSnapshot,
} from '../../domain';
import type { ReadScope } from '../port';
import { PAYLOAD_BUDGET, SAMPLE_ROWS, sampledBytesPerCell } from './payload';
import { locateHeaderless, showHiddenHeaders, type HeaderlessTable } from './headerless';
import { assembleSheets } from './readBlocks';
import { loadBlocks, partition } from './readPieces';
import { planTargets, type LocatedTable, type Rect, type Targets } from './readPlan';
import { stripSheet } from './snapshot';
import { keepTextFormulas } from './textFormulas';
import { fileThisRowFormulas } from './thisRow';
import { askVersionTops, type VersionTop } from './versionIds';
import { askViews, viewsOf, type ViewAsk } from './views';

function toRect(address: string): Rect | null {
  return parseRange(stripSheet(address).replace(/\$/g, ''));
}

/** What the first sync learns: the sheets, the tables (with a totals row, or their header row not shown), the names. */
interface Book {
  readonly sheetNames: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  /** Lower-case names of the tables with a totals row, and of those whose header row is not shown. */
  readonly totals: ReadonlySet<string>;
  readonly headerless: ReadonlySet<string>;
  readonly names: Excel.NamedItemCollection;
}

/** A table located in the second sync: its range, and its header row or (not shown) its column names. */
interface TableAsk {
  readonly name: string;
  readonly sheet: string;
  readonly range: Excel.Range;
  readonly names: (() => string[]) | null;
  readonly header: Excel.Range | null;
  /** The rows under its header row (SAMPLE_ROWS): what a row of it weighs, for the size of its blocks (payload.ts). */
  readonly sample: Excel.Range | null;
}

/** What the second sync is asked, read once it ran. */
interface Asked {
  readonly tables: readonly TableAsk[];
  readonly renamed: readonly { readonly name: string; readonly sheet: string; readonly range: Excel.Range }[];
  readonly usedRanges: readonly { readonly sheet: string; readonly range: Excel.Range }[];
  readonly views: readonly ViewAsk[];
  readonly tops: readonly VersionTop[];
}

/** Reads the workbook for `scope` ('check' unless said otherwise). */
export async function readWorkbook(
  context: Excel.RequestContext,
  scope: ReadScope = 'check',
  budget: number = PAYLOAD_BUDGET,
): Promise<WorkbookSnapshot> {
  const book = await learnBook(context);
  const targets = planTargets(book.sheetNames, book.tables, scope);
  const asked = askLocations(context.workbook, book, targets, scope);
  await context.sync();
  const { rects, hidden, located } = locateTables(asked.tables, book.totals);
  const [used, others] = partition(
    asked.usedRanges.map((u) => ({ sheet: u.sheet, rect: u.range.isNullObject ? null : toRect(u.range.address) })),
    (u) => targets.usedRanges.includes(u.sheet),
  );
  const { loaded, versionIdCells } = await loadBlocks(
    context,
    { located, used, others, tops: asked.tops },
    scope,
    budget,
  );
  const views = viewsOf(asked.views);
  const sheets = assembleSheets(book.sheetNames, loaded).map((s) => ({ ...s, ...views.get(s.sheet) }));
  keepTextFormulas(sheets, loaded);
  // Office.js's "@" this-row references in the file's spelling, the one the domain knows (thisRow.ts).
  const blocks = asked.tables.flatMap((t) => {
    const rect = toRect(t.range.address);
    return rect ? [{ name: t.name, sheet: t.sheet, rect }] : [];
  });
  fileThisRowFormulas(sheets, blocks);
  const shown = showHiddenHeaders(sheets, hidden);
  return {
    sheets,
    tables: tableInfos(asked, rects, shown, book.totals),
    names: book.names.items.flatMap(toNameInfo),
    ...(versionIdCells.length > 0 ? { versionIdCells } : {}),
  };
}

/** The first sync: the sheets' names, the tables and the workbook's names. */
async function learnBook(context: Excel.RequestContext): Promise<Book> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name,items/worksheet/name,items/showTotals,items/showHeaders');
  names.load('items/name,items/type,items/formula');
  await context.sync();
  return {
    sheetNames: worksheets.items.map((ws) => ws.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    // A table's range includes its totals row; the plan's tables end at their last body row (SPEC §11: a
    // totals row is never a measure), as the file adapter reads them.
    totals: new Set(tables.items.filter((t) => t.showTotals).map((t) => t.name.toLowerCase())),
    headerless: new Set(tables.items.filter((t) => t.showHeaders === false).map((t) => t.name.toLowerCase())),
    names,
  };
}

/** The second sync's asks: each table's range and header row, the used ranges, a structure read's views, the tops. */
function askLocations(workbook: Excel.Workbook, book: Book, targets: Targets, scope: ReadScope): Asked {
  const { worksheets, tables } = workbook;
  const tableAsks = targets.tables.map((t): TableAsk => {
    const table = tables.getItem(t.name);
    const range = table.getRange();
    range.load('address');
    if (book.headerless.has(t.name.toLowerCase())) {
      const columns = table.columns;
      columns.load('items/name');
      return { ...t, range, names: () => columns.items.map((c) => c.name), header: null, sample: null };
    }
    const header = table.getHeaderRowRange();
    header.load('values');
    // Avstemming's values are read by column, Forklaring with its own estimate (readPlan.ts): no sample of it.
    const sample =
      t.name.toLowerCase() === TABLES.reconciliation.toLowerCase() ? null : header.getRowsBelow(SAMPLE_ROWS);
    sample?.load('values');
    return { ...t, range, names: null, header, sample };
  });
  // A table without its header row shown is none the reader takes by its range (headerless.ts reads those).
  const renamed = targets.renamed
    .filter((t) => !book.headerless.has(t.name.toLowerCase()))
    .map((t) => {
      const range = tables.getItem(t.name).getRange();
      range.load('address');
      return { ...t, range };
    });
  const usedRanges = [...targets.usedRanges, ...targets.probes].map((sheet) => {
    const range = worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load('address');
    return { sheet, range };
  });
  // A repair keeps the widths and panes she gave its sheets (views.ts): asked in this sync, for 'structure' only.
  const views = scope === 'structure' ? askViews(worksheets, book.sheetNames) : [];
  // A check's versions by their top from A1, in this sync; their ID columns come with the plan's blocks (versionIds.ts).
  const tops = sheetScopeOf(scope).versionIdColumns ? askVersionTops(worksheets, targets.probes) : [];
  return { tables: tableAsks, renamed, usedRanges, views, tops };
}

/**
 * Once the second sync ran: each table's block without its totals row (worked out once for the pieces and for the
 * snapshot's tables), the tables whose header row is not shown, and every table located for the plan's pieces.
 */
function locateTables(tables: readonly TableAsk[], totals: ReadonlySet<string>) {
  const rects = tables.map((t) => bodyOf(toRect(t.range.address), t.name, totals));
  const hidden: HeaderlessTable[] = tables.flatMap((t, i) => {
    const body = rects[i];
    return body && t.names ? [{ name: t.name, sheet: t.sheet, body, names: t.names() }] : [];
  });
  const located: LocatedTable[] = tables.flatMap((t, i): LocatedTable[] => {
    const rect = rects[i];
    if (!rect) return [];
    if (!t.header) {
      const grown = locateHeaderless({ name: t.name, sheet: t.sheet, body: rect, names: t.names?.() ?? [] });
      // Without a row above it, the body is read as it stands (the file adapter does the same).
      return [grown ?? { name: t.name, sheet: t.sheet, rect, header: [] }];
    }
    const header = (t.header.values[0] ?? []) as LocatedTable['header'];
    const bytesPerCell = t.sample ? sampledBytesPerCell(t.sample.values) : undefined;
    return [
      {
        name: t.name,
        sheet: t.sheet,
        rect,
        header,
        ...(totals.has(t.name.toLowerCase()) ? { totals: true } : {}),
        ...(bytesPerCell ? { bytesPerCell } : {}),
      },
    ];
  });
  return { rects, hidden, located };
}

/** A table's block without its totals row, when it has one. */
function bodyOf(rect: Rect | null, table: string, totals: ReadonlySet<string>): Rect | null {
  return rect && totals.has(table.toLowerCase()) ? { ...rect, bottom: Math.max(rect.top, rect.bottom - 1) } : rect;
}

/** The snapshot's tables: the located ones (a hidden header row shown), then the measure tables the user renamed. */
function tableInfos(
  asked: Asked,
  rects: readonly (Rect | null)[],
  shown: ReadonlyMap<string, string>,
  totals: ReadonlySet<string>,
): TableInfo[] {
  const located = asked.tables.map((t, i) => {
    const rect = rects[i];
    const ref = rect ? toRange(rect.top, rect.left, rect.bottom, rect.right) : stripSheet(t.range.address);
    const info: TableInfo = { name: t.name, sheet: t.sheet, ref: (shown.get(t.name) ?? ref).replace(/\$/g, '') };
    return totals.has(t.name.toLowerCase()) ? { ...info, totalsRow: true } : info;
  });
  // A measure table the user renamed, by its range (its cells come with its sheet's used range).
  const renamed = asked.renamed.flatMap((t): TableInfo[] => {
    const body = bodyOf(toRect(t.range.address), t.name, totals);
    if (!body) return [];
    const info: TableInfo = {
      name: t.name,
      sheet: t.sheet,
      ref: toRange(body.top, body.left, body.bottom, body.right),
    };
    return totals.has(t.name.toLowerCase()) ? [{ ...info, totalsRow: true }] : [info];
  });
  return [...located, ...renamed];
}

/**
 * Every workbook name with its formula without "=" ("=tblSeksjoner[Seksjon]" → "tblSeksjoner[Seksjon]").
 * Not only type 'Range': what Excel reports for a name that refers to a table column is not documented, and
 * repair must see that a list name exists, whatever it refers to.
 */
function toNameInfo(item: Excel.NamedItem): NameInfo[] {
  if (typeof item.formula !== 'string') return [];
  const ref = item.formula.startsWith('=') ? item.formula.slice(1) : item.formula;
  return [{ name: item.name, ref }];
}
