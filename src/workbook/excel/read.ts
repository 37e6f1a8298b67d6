/**
 * read(): what the domain needs of the open workbook (readPlan.ts says what), in payload-sized blocks.
 * Syncs: one to learn the sheets, tables and names; one to locate the tables (range and header row) and the
 * used ranges to read; then one per block of at most PAYLOAD_BUDGET estimated bytes — three for a plan of
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
  isVersionSheet,
  parseRange,
  sheetScopeOf,
  toRange,
  type NameInfo,
  type TableInfo,
  type WorkbookSnapshot,
} from '../../domain';
import type { ReadScope } from '../port';
import { PAYLOAD_BUDGET } from './payload';
import { askEmptyRowFormulas } from './emptyRows';
import { locateHeaderless, showHiddenHeaders, type HeaderlessTable } from './headerless';
import { assembleSheets, batchCount, loadPieces, versionIdCellsOf, type LoadedPiece } from './readBlocks';
import { planPieces, planTargets, probePiece, type LocatedTable, type Piece, type Rect } from './readPlan';
import { stripSheet } from './snapshot';
import { askTextFormulas, keepTextFormulas, textFormulasUpFront } from './textFormulas';
import { fileThisRowFormulas } from './thisRow';
import { askVersionRefs, askVersionTops, movedVersionIdPieces, versionIdReads } from './versionIds';
import { askViews, viewsOf } from './views';

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

function toRect(address: string): Rect | null {
  return parseRange(stripSheet(address).replace(/\$/g, ''));
}

/** Reads the workbook for `scope` ('check' unless said otherwise). */
export async function readWorkbook(
  context: Excel.RequestContext,
  scope: ReadScope = 'check',
  budget: number = PAYLOAD_BUDGET,
): Promise<WorkbookSnapshot> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name,items/worksheet/name,items/showTotals,items/showHeaders');
  names.load('items/name,items/type,items/formula');
  await context.sync();

  const sheetNames = worksheets.items.map((ws) => ws.name);
  const targets = planTargets(
    sheetNames,
    tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    scope,
  );
  // A table's range includes its totals row; the plan's tables end at their last body row (SPEC §11: a
  // totals row is never a measure), as the file adapter reads them.
  const totals = new Set(tables.items.filter((t) => t.showTotals).map((t) => t.name.toLowerCase()));
  const headerless = new Set(tables.items.filter((t) => t.showHeaders === false).map((t) => t.name.toLowerCase()));
  const tableRanges = targets.tables.map((t) => {
    const table = tables.getItem(t.name);
    const range = table.getRange();
    range.load('address');
    if (headerless.has(t.name.toLowerCase())) {
      const columns = table.columns;
      columns.load('items/name');
      return { ...t, range, names: () => columns.items.map((c) => c.name), header: null };
    }
    const header = table.getHeaderRowRange();
    header.load('values');
    return { ...t, range, names: null, header };
  });
  // A table without its header row shown is none the reader takes by its range (headerless.ts reads those).
  const renamed = targets.renamed
    .filter((t) => !headerless.has(t.name.toLowerCase()))
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
  const viewAsks = scope === 'structure' ? askViews(worksheets, sheetNames) : [];
  // A check's versions by their top from A1, in this sync; their ID columns come with the plan's blocks (versionIds.ts).
  const byHeader = sheetScopeOf(scope).versionsByHeader;
  const tops = sheetScopeOf(scope).versionIdColumns ? askVersionTops(worksheets, targets.probes) : [];
  await context.sync();

  // Each table's block without its totals row, worked out once for the pieces and for the snapshot's tables.
  const rects = tableRanges.map((t): Rect | null => {
    const rect = toRect(t.range.address);
    return rect && totals.has(t.name.toLowerCase()) ? { ...rect, bottom: Math.max(rect.top, rect.bottom - 1) } : rect;
  });
  const hidden: HeaderlessTable[] = tableRanges.flatMap((t, i) => {
    const body = rects[i];
    return body && t.names ? [{ name: t.name, sheet: t.sheet, body, names: t.names() }] : [];
  });
  const located: LocatedTable[] = tableRanges.flatMap((t, i): LocatedTable[] => {
    const rect = rects[i];
    if (!rect) return [];
    if (!t.header) {
      const grown = locateHeaderless({ name: t.name, sheet: t.sheet, body: rect, names: t.names?.() ?? [] });
      // Without a row above it, the body is read as it stands (the file adapter does the same).
      return [grown ?? { name: t.name, sheet: t.sheet, rect, header: [] }];
    }
    const header = (t.header.values[0] ?? []) as LocatedTable['header'];
    return [
      { name: t.name, sheet: t.sheet, rect, header, ...(totals.has(t.name.toLowerCase()) ? { totals: true } : {}) },
    ];
  });
  const [used, others] = partition(
    usedRanges.map((u) => ({ sheet: u.sheet, rect: u.range.isNullObject ? null : toRect(u.range.address) })),
    (u) => targets.usedRanges.includes(u.sheet),
  );
  // A version is known by its header, wherever a user renamed it: the top of each other sheet is read in the
  // first batch, and a sheet whose top the domain takes for a version joins the queue whole.
  const probes = byHeader ? others.flatMap((u) => (u.rect ? [probePiece(u.sheet, u.rect)] : [])) : [];
  const versions = (found: readonly LoadedPiece[]) => {
    const tops = assembleSheets(
      others.map((u) => u.sheet),
      found,
    );
    const named = new Set(tops.filter((s) => isVersionSheet(s)).map((s) => s.sheet));
    return planPieces(
      [],
      others.filter((u) => named.has(u.sheet)),
      scope,
    );
  };
  // The ID columns stand on sheets nothing else of the read touches: told apart from the rest by their sheet. A
  // sheet whose top from A1 tells nothing (its cells start elsewhere) is probed with the plan's blocks, and its ID
  // columns follow when it is a version the user moved.
  const ids = versionIdReads(tops, others);
  const idSheets = new Set([...ids.pieces, ...ids.probes].map((p) => p.sheet));
  // A version's economy plan Ref column whole when that takes no sync more; else (at 10 000 measures it would) its
  // ID columns go first, and the block holding the economy plan's title asks for the Ref column under it alone.
  const planned = planPieces(located, used, scope);
  const refs = ids.refs.map((r) => r.whole);
  const whole =
    batchCount([...planned, ...ids.pieces, ...refs], budget) <= batchCount([...planned, ...ids.pieces], budget);
  const pieces = textFormulasUpFront(
    whole ? [...planned, ...ids.pieces, ...refs] : [...ids.pieces, ...planned],
    budget,
  );
  const askRefs = whole ? () => [] : askVersionRefs(ids.refs);
  const asks = (l: LoadedPiece) => [...askTextFormulas(l), ...askEmptyRowFormulas(l), ...askRefs(l)];
  const probed = byHeader
    ? { pieces: probes, follow: versions }
    : { pieces: ids.probes, follow: (found: readonly LoadedPiece[]) => movedVersionIdPieces(found, others) };
  // A version's ID columns do not ask for their error cells: an error there is no ID either way (errorCells.ts).
  const errorsAsked = (p: Piece) => !idSheets.has(p.sheet);
  const [idColumns, loaded] = partition(await loadPieces(context, pieces, budget, probed, asks, errorsAsked), (l) =>
    idSheets.has(l.piece.sheet),
  );
  const versionIdCells = versionIdCellsOf(idColumns);

  const views = viewsOf(viewAsks);
  const sheets = assembleSheets(sheetNames, loaded).map((s) => ({ ...s, ...views.get(s.sheet) }));
  keepTextFormulas(sheets, loaded);
  // Office.js's "@" this-row references in the file's spelling, the one the domain knows (thisRow.ts).
  const blocks = tableRanges.flatMap((t) => {
    const rect = toRect(t.range.address);
    return rect ? [{ name: t.name, sheet: t.sheet, rect }] : [];
  });
  fileThisRowFormulas(sheets, blocks);
  const shown = showHiddenHeaders(sheets, hidden);
  const tableInfos: TableInfo[] = tableRanges.map((t, i) => {
    const rect = rects[i];
    const ref = rect ? toRange(rect.top, rect.left, rect.bottom, rect.right) : stripSheet(t.range.address);
    const info: TableInfo = { name: t.name, sheet: t.sheet, ref: (shown.get(t.name) ?? ref).replace(/\$/g, '') };
    return totals.has(t.name.toLowerCase()) ? { ...info, totalsRow: true } : info;
  });
  // A measure table the user renamed, by its range (its cells come with its sheet's used range).
  const renamedInfos = renamed.flatMap((t): TableInfo[] => {
    const rect = toRect(t.range.address);
    const body =
      rect && totals.has(t.name.toLowerCase()) ? { ...rect, bottom: Math.max(rect.top, rect.bottom - 1) } : rect;
    if (!body) return [];
    const info: TableInfo = {
      name: t.name,
      sheet: t.sheet,
      ref: toRange(body.top, body.left, body.bottom, body.right),
    };
    return totals.has(t.name.toLowerCase()) ? [{ ...info, totalsRow: true }] : [info];
  });
  return {
    sheets,
    tables: [...tableInfos, ...renamedInfos],
    names: names.items.flatMap(toNameInfo),
    ...(versionIdCells.length > 0 ? { versionIdCells } : {}),
  };
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
