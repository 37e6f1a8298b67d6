/**
 * Whether a row the user left on a plan's own Avstemming that no item of a consolidation took (SPEC §10, §15) belongs
 * to an item the plan's own check still makes. A consolidation reconciles the plan against the economy plan
 * workbook, not its own Økonomiplan sheet, and compares the frames and the lines no plan has across the plans on
 * «Avstemming planer»: a row she accepted in the plan's own check for such an item (a frame, ØP23-117 without a
 * measure, a measure whose line only her own sheet has) is not taken here, yet the next plain check takes it again.
 * Told «ingen post har lenger … slett raden», she would delete the «Akseptert» the plain check gives back to the
 * item. Its Forklaring says instead where the item is compared in this run (`consolidated`: on «Avstemming planer»)
 * or that it is her own sheet's (`ownSheet`), and to leave the row. A row whose item the plan's own check does not
 * make either is gone, as before.
 *
 * The other way round (fromConsolidation): a plan checked on its own keeps a row the consolidation wrote for an item
 * only it makes (op.xlsx lacks the plan's line, or has one for the plan that its own sheet has not). Its «Celle
 * økonomiplan» names the economy plan workbook («op.xlsx: Økonomiplan!C6», «op.xlsx: Økonomiplan»; a sheet name holds
 * no «:»): the row is told that it is compared in the consolidation against that file, and to stay, and keeps that
 * cell so that the next plain check knows it too. The next consolidation gives her Status back to its item, or tells
 * her the row may go.
 */
import type { CellInput } from '../model/edits';
import type { CellValue } from '../model/snapshot';
import { cellText } from '../read/sheetCells';
import { SHEETS } from '../model/schema';
import type { ConsolidationItem } from '../model/consolidation';
import type { Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import { emptyEconomyYears, tablesHeld } from '../model/yearTables';
import { groupKey, refKey } from '../measures/grouping';
import type { ReconciliationSheetText } from '../model/sheetText';
import { asInput, keptKey, type KeptRowsText } from './reconciliationKept';
import { waitingForYears } from './reconciliationWaiting';
import { sameName } from '../model/names';

/** A plan as its own check reads it, and the items that check makes against its own Økonomiplan sheet. */
export interface OwnCheck {
  readonly plan: Plan;
  /** Computed when first asked: only a row no item took needs them. */
  readonly items: () => readonly ReconciliationItem[];
  /** The plan's file is the economy plan workbook: its own sheet is the one the consolidation read. */
  readonly ownSheetUsed?: boolean;
}

/** A row kept on Avstemming as read back: its key (reconciliationKey), Kode and key cells. */
type KeptKey = {
  readonly key: string;
  readonly code: string;
  readonly cells: Partial<Record<'ref' | 'year', CellInput>>;
};

type Keyed = { readonly code: string; readonly ref: string; readonly year?: number; readonly source?: string };

/** An item's key on Avstemming (sheets/reconciliation.ts reconciliationKey): Kode, År, Ref and Finansieringskilde. */
const keyOf = (i: Keyed): string =>
  keptKey(i.code, i.year === undefined ? '' : String(i.year), [i.ref, i.source ?? '']);

/**
 * A test for the rows of plan `planName`'s Avstemming no item of the consolidation took: `consolidated` when the
 * plan's own check makes (or waits for) its item and «Avstemming planer» has the same comparison (Kode, Ref, År,
 * Finansieringskilde; its Plan empty or this plan), `ownSheet` when only the plan's own check makes it (not said when
 * the plan's own sheet is the one read: the run did not leave it out), else undefined.
 */
export function comparedElsewhere(
  own: OwnCheck,
  consolidated: readonly ConsolidationItem[],
  planName: string,
): (row: KeptKey) => 'ownSheet' | 'consolidated' | undefined {
  const name = groupKey(planName);
  const across = new Set(
    consolidated.filter((i) => i.plan === undefined || groupKey(i.plan) === name).map((i) => keyOf(i)),
  );
  const { plan } = own;
  const lines = new Set(plan.economyPlan.map((l) => refKey(l.ref)));
  const waits = waitingForYears(tablesHeld(plan.layouts), emptyEconomyYears(plan), { years: plan.years, lines });
  let made: ReadonlySet<string> | undefined;
  return (row) => {
    made ??= new Set(own.items().map(keyOf));
    if (!made.has(row.key) && waits?.(row) === undefined) return undefined;
    if (across.has(row.key)) return 'consolidated';
    return own.ownSheetUsed === true ? undefined : 'ownSheet';
  };
}

/**
 * A cell as the consolidation names it after the file (model/otherFile.ts addressIn): its sheet, as written (a sheet
 * name holds none of : \\ / ? * [ ]) or quoted as Excel quotes it ('Økonomiplan 2027', '' for '), then «!» and an A1
 * address.
 */
const CELL_ADDRESS = /^(?:'(?:[^'\\/?*[\]:]|'')+'|[^'!:\\/?*[\]][^!:\\/?*[\]]*)!\$?[A-Za-z]{1,3}\$?[0-9]+$/;

/**
 * The economy plan workbook a row's «Celle økonomiplan» names when it is not the plan's own (a consolidation wrote
 * it: «op.xlsx: Økonomiplan!C6» → «op.xlsx»), else undefined: a plain check's link reads «Økonomiplan!J6». What
 * stands before the last «: » is the file as the consolidation was given it, whatever its name ends with (the pane
 * gives a chosen file's name, the command line a path); what follows must be what the consolidation writes there: a
 * cell on a sheet, or for an item without one the sheet of the economy plan table (`sheets`: «Økonomiplan» and the
 * plan's own table's). A note she typed there («Merk: avtalt med økonomisjefen», «op.xlsx: se e-post») names no
 * workbook (reviews r24, consol).
 */
export function otherWorkbookOf(
  cell: CellValue | undefined,
  sheets: readonly (string | undefined)[] = [],
): string | undefined {
  const text = cell === undefined ? '' : cellText(cell).trim();
  const at = text.lastIndexOf(': ');
  const file = at < 0 ? '' : text.slice(0, at).trim();
  const address = at < 0 ? '' : text.slice(at + 2).trim();
  if (file === '') return undefined;
  if (CELL_ADDRESS.test(address)) return file;
  const own = [SHEETS.economyPlan, ...sheets].some((s) => s !== undefined && sameName(s, address));
  return own ? file : undefined;
}

/** A row as read back for fromConsolidation: its År and «Celle økonomiplan». */
type ConsolidationRow = { readonly cells: Partial<Record<'year', CellInput>>; readonly cellEconomyPlan?: CellValue };

/**
 * For a plan of the period `years` checked on its own: `fromConsolidation` for a row a consolidation wrote
 * (otherWorkbookOf) whose item a consolidation of this period can make again, else undefined. A row of a year gone
 * from the period (kept through a roll) is an item gone: no consolidation brings it back.
 */
export function fromConsolidation(
  years: readonly number[],
  /** The sheet the plan's own economy plan table is on, beside «Økonomiplan» (otherWorkbookOf). */
  sheets: readonly (string | undefined)[] = [],
): (row: ConsolidationRow) => 'fromConsolidation' | undefined {
  return (row) => {
    const year = row.cells.year ?? null;
    if (year !== null && String(year).trim() !== '' && !years.includes(Number(year))) return undefined;
    return otherWorkbookOf(row.cellEconomyPlan, sheets) === undefined ? undefined : 'fromConsolidation';
  };
}

/**
 * How a plan checked on its own writes a row kept for `fromConsolidation`: its Forklaring names the file the row does,
 * and the row keeps that «Celle økonomiplan», so that the next plain check knows it as the consolidation's too.
 */
export function consolidationRows<R extends { readonly cellEconomyPlan?: CellValue }>(
  kept: ReconciliationSheetText['kept'],
  /** As fromConsolidation's. */
  sheets: readonly (string | undefined)[] = [],
): Required<Pick<KeptRowsText<R>, 'kept' | 'carry'>> {
  const from = (reason: string) => reason === 'fromConsolidation';
  return {
    kept: (reason, keys, row) =>
      kept(reason, keys, from(reason) ? otherWorkbookOf(row.cellEconomyPlan, sheets) : undefined),
    carry: (row, reason) => (from(reason) ? { cellEconomyPlan: asInput(row.cellEconomyPlan ?? null) } : {}),
  };
}
