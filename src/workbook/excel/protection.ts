/**
 * The workbook's protection, judged before anything is queued that writes (SPEC §11, "Writing into a user's
 * workbook"), as the file adapter judges it: a sheet added to a workbook whose structure is locked, or a protected
 * sheet written beyond its unlocked cells (lockedCells.ts: values into unlocked cells, number formats there when the
 * protection allows formatting cells), refuses the whole write with the sheets named, and the first locked cell in
 * the way — rather than Excel failing with AccessDenied in the middle, after earlier batches were written. Views on a
 * protected sheet are judged too (protectedViews.ts), for Excel stops a batch at a view it refuses.
 *
 * Everything is loaded in apply's first sync, no sync added: what is protected and what each protection allows
 * (WorkbookProtection is ExcelApi 1.7, WorksheetProtection and its options 1.2, selectionMode 1.7; the manifest asks
 * for 1.9), and, before it is known which sheets are protected, whether each cell the edits would write values or
 * formats into (or select, in a batch that writes) is locked — one cell at a time, because a range of locked and
 * unlocked cells reads `locked: null`. Only for sheets the edits write nothing else into (a table grown, a drop-down
 * set refuses a protected sheet whatever its cells), and at most MAX_PROBED cells, so the first request stays small;
 * a protected sheet with cells beyond that is refused whole. A sheet an edit names that is gone by then fails that
 * first sync with ItemNotFound (sheet-missing), before anything is written. A sheet the edits ensure may not exist
 * before the first sync, so its locks are asked for in one more sync, only when it turns out to exist and be
 * protected (lateProbes). Protection is never toggled (SPEC §13).
 */
import { parseA1, toA1, type Edit } from '../../domain';
import { getsTextFormat, TEXT_FORMAT } from './cells';
import { WorkbookProtectedError } from '../port';
import {
  findCell,
  isCellWrite,
  protectedRefusals,
  writtenCount,
  type CellWrite,
  type SheetAllows,
} from '../lockedCells';
import { isView, viewRefusals, writesAny, type ProtectedOptions } from './protectedViews';
import { plannedSheets } from '../writtenSheets';

/** The worksheets' load in apply's first sync: their names, whether each is protected, and what it allows. */
export const WORKSHEET_PROPS = 'items/name,items/protection/protected,items/protection/options';

/** The most cells whose lock the first sync asks for (one small load each). */
export const MAX_PROBED = 500;

/** What the first sync learnt: each sheet (lower case → name) and what each protected one allows, and the tables. */
export interface LoadedProtection {
  readonly structureLocked: boolean;
  readonly sheets: ReadonlyMap<string, string>;
  /** Protected sheet (lower case) → what its protection allows. */
  readonly protectedSheets: ReadonlyMap<string, ProtectedOptions>;
  /** Table (lower case) → the name of its sheet. */
  readonly tables: ReadonlyMap<string, string>;
}

/** The locks asked for in the first sync: sheet (lower case) → cell (A1) → its format's protection. */
export type LockProbes = ReadonlyMap<string, ReadonlyMap<string, Pick<Excel.FormatProtection, 'locked'>>>;

const key = (sheet: string): string => sheet.trim().toLowerCase();

/** The cells `edits` write values or formats into, and the cell each select names in a batch that writes. */
function probedCells(edits: readonly Edit[]): CellWrite[] {
  const selects = writesAny(edits) ? edits : [];
  return [
    ...edits.filter(isCellWrite),
    ...selects.flatMap((e): CellWrite[] =>
      e.kind === 'select' ? [{ kind: 'setCells', sheet: e.sheet, origin: e.cell, values: [[null]] }] : [],
    ),
  ];
}

/**
 * Queues the lock of every cell `edits` would write values or number formats into (or select), on the sheets they
 * write nothing else into by name; none past MAX_PROBED cells (see the file comment). For the first sync (`only`
 * null) not on sheets they ensure; for lateProbes, only on the sheets in `only`.
 */
export function probeLocks(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  only: ReadonlySet<string> | null = null,
): LockProbes {
  const skipped = new Set<string>();
  for (const e of edits) {
    // Rows shown write no cell: skipped where the protection does not allow them (queue.ts), never refused.
    if (!('sheet' in e) || isCellWrite(e) || isView(e) || e.kind === 'showRows') continue;
    if (e.kind !== 'ensureSheet' || only === null) skipped.add(key(e.sheet));
  }
  const probes = new Map<string, Map<string, Pick<Excel.FormatProtection, 'locked'>>>();
  let total = 0;
  for (const e of probedCells(edits)) {
    if (skipped.has(key(e.sheet)) || (only !== null && !only.has(key(e.sheet)))) continue;
    total += writtenCount(e);
    // Past the cap the sheet's locks are not all known: it is not judged by them.
    if (total > MAX_PROBED) {
      skipped.add(key(e.sheet));
      continue;
    }
    const byCell = probes.get(key(e.sheet)) ?? new Map<string, Pick<Excel.FormatProtection, 'locked'>>();
    probes.set(key(e.sheet), byCell);
    const ws = context.workbook.worksheets.getItem(e.sheet);
    findCell(e, (r, c) => {
      const a1 = toA1(r, c);
      if (byCell.has(a1)) return false;
      const protection = ws.getRange(a1).format.protection;
      protection.load('locked');
      byCell.set(a1, protection);
      return false;
    });
  }
  for (const sheet of skipped) probes.delete(sheet);
  return probes;
}

/**
 * After the first sync: queues the locks of the sheets `edits` ensure that exist and are protected (an existing
 * sheet ensured is not added, so its unlocked cells take values as on any route); null when there are none to ask,
 * else apply syncs once more before judging.
 */
export function lateProbes(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  loaded: Pick<LoadedProtection, 'sheets' | 'protectedSheets'>,
): LockProbes | null {
  const only = new Set<string>();
  for (const e of edits)
    if (e.kind === 'ensureSheet' && loaded.sheets.has(key(e.sheet)) && loaded.protectedSheets.has(key(e.sheet)))
      only.add(key(e.sheet));
  const probes = only.size > 0 ? probeLocks(context, edits, only) : null;
  return probes && probes.size > 0 ? probes : null;
}

/**
 * The number formats a write of `edits` sets besides them: a text Excel might parse gets the text format first
 * (cells.ts), which a protected sheet takes only where it allows formatting cells. Judged as formats, so that a
 * measure named «- Økt bemanning» is refused before anything is written, not stopped halfway by Excel after its
 * ID and priority are in.
 */
function textFormats(edits: readonly Edit[]): Edit[] {
  const formats: Edit[] = [];
  for (const e of edits) {
    const at = e.kind === 'setCells' ? parseA1(e.origin) : null;
    if (e.kind !== 'setCells' || !at) continue;
    e.values.forEach((row, i) =>
      row.forEach((c, j) => {
        if (getsTextFormat(c))
          formats.push({
            kind: 'setNumberFormat',
            sheet: e.sheet,
            range: toA1(at.row + i, at.col + j),
            format: TEXT_FORMAT,
          });
      }),
    );
  }
  return formats;
}

/**
 * Throws WorkbookProtectedError when `edits` would add a sheet to a locked workbook or write a protected sheet
 * beyond its unlocked cells.
 */
export function refuseProtected(edits: readonly Edit[], loaded: LoadedProtection, probes: LockProbes): void {
  const lookup = {
    sheet: (name: string) => loaded.sheets.get(key(name)) ?? loaded.sheets.get(name.toLowerCase()) ?? null,
    tableSheet: (name: string) => loaded.tables.get(name.toLowerCase()) ?? null,
  };
  const { added, written } = plannedSheets(edits, lookup);
  const allows = (sheet: string): SheetAllows | null => {
    const options = loaded.protectedSheets.get(key(sheet));
    return options === undefined ? null : { formatCells: options.formatCells, locksUnknown: !probes.has(key(sheet)) };
  };
  const locked = (sheet: string, r: number, c: number): boolean =>
    probes.get(key(sheet))?.get(toA1(r, c))?.locked !== false;
  const refusals = protectedRefusals([...edits, ...textFormats(edits)], written, { ...lookup, allows, locked });
  const views = viewRefusals(edits, {
    sheet: lookup.sheet,
    options: (sheet) => loaded.protectedSheets.get(key(sheet)) ?? null,
    locked: (sheet, a1) => probes.get(key(sheet))?.get(a1)?.locked !== false,
  });
  const fromViews = views.refused.filter((s) => !refusals.refused.includes(s));
  const lockedCells = [...refusals.locked, ...views.locked.filter((l) => fromViews.includes(l.sheet))];
  const conflict = {
    added: loaded.structureLocked ? added : [],
    protected: [...refusals.refused, ...fromViews],
    ...(lockedCells.length > 0 ? { locked: lockedCells } : {}),
    ...(refusals.tables.length > 0 ? { tables: refusals.tables } : {}),
  };
  if (conflict.added.length > 0 || conflict.protected.length > 0) throw new WorkbookProtectedError(conflict);
}
