/**
 * Where each consolidated item leads (SPEC §15) among the files already read: a line's cell in the economy
 * plan workbook (its Plan cell when that names no plan of the check); a plan's setting (Plannavn, Første
 * planår) in that plan's file; each measure that claims an ambiguous line, and each plan's first measure in an
 * overrun frame, in its plan's file.
 */
import {
  groupKey,
  settingAddress,
  type ConsolidatedCheck,
  type ConsolidationItem,
  type MeasureCommon,
  type WorkbookSnapshot,
} from '../../domain';
import { splitAddress } from '../components/types';

/** One file of the run: the plans in the order chosen, then the economy plan. */
export interface Book {
  readonly file: string;
  readonly wb: WorkbookSnapshot;
}

/** A cell in one of the books. */
export interface Jump {
  readonly book: number;
  readonly sheet: string;
  readonly cell: string;
}

/** A jump into a plan's file, named by the plan and what it points at (a measure ID). */
export interface PlanJump extends Jump {
  readonly plan: string;
  readonly what: string;
}

export interface ItemJumps {
  /** The economy plan's line, or the plan's setting. */
  readonly main: Jump | null;
  /** The claimants of an ambiguous line, or each plan's share of a frame. */
  readonly plans: readonly PlanJump[];
}

function at(book: number, address: string | undefined): Jump | null {
  const split = splitAddress(address);
  return split ? { book, ...split } : null;
}

function measureJump(
  c: ConsolidatedCheck,
  plan: string,
  find: (m: MeasureCommon) => boolean,
  key: (m: MeasureCommon) => string | undefined,
): PlanJump | null {
  for (const [book, p] of c.consolidation.plans.entries()) {
    if (p.name !== plan) continue;
    const result = c.results[book];
    const m = result && [...result.plan.operating, ...result.plan.investment].find(find);
    const column = m && key(m);
    if (m && column) return { book, sheet: m.sheet, cell: `${column}${m.row}`, plan, what: m.id };
  }
  return null;
}

/** The jumps of one item; `books` are the plans in the check's order, then the economy plan. */
export function itemJumps(item: ConsolidationItem, c: ConsolidatedCheck, books: readonly Book[]): ItemJumps {
  const economy = books.length - 1;
  const planBook = c.consolidation.plans.findIndex((p) => p.file === item.ref);
  const setting =
    item.code === 'period-mismatch' ? 'startYear' : item.code === 'tolerance-differs' ? 'tolerance' : 'planName';
  const planWb = books[planBook]?.wb;
  // A line whose Plan names no plan of the check opens at that Plan cell: it is what to correct. A Toleranse that
  // differs opens at the plan's (below), as before its economy plan cell was named: hers is the one she may change.
  const line = item.code === 'tolerance-differs' ? undefined : (item.cells.plan ?? item.cells.economyPlan);
  const main = line
    ? at(economy, line)
    : planWb &&
        (item.code === 'plan-name-missing' ||
          item.code === 'plan-name-duplicate' ||
          item.code === 'period-mismatch' ||
          item.code === 'tolerance-differs')
      ? at(planBook, settingAddress(planWb, setting) ?? `${planWb.sheets[0]?.sheet ?? ''}!A1`)
      : null;
  const claimants = (item.claimants ?? []).map((cl) =>
    measureJump(
      c,
      cl.plan,
      (m) => m.id === cl.measureId,
      (m) => m.cellColumns.id,
    ),
  );
  const year = item.year;
  // A frame is one group however it is spelled (groupKey, as the consolidation summed it); a year's column is
  // under "year:<yyyy>" in a row's column map (MeasureCommon.cellColumns).
  const frame = groupKey(item.ref);
  const shares = (item.shares ?? []).map((s) =>
    measureJump(
      c,
      s.plan,
      (m) => m.table === 'operating' && groupKey(m.frame) === frame,
      (m) => (year === undefined ? m.cellColumns.frame : m.cellColumns[`year:${year}`]),
    ),
  );
  return { main, plans: [...claimants, ...shares].filter((j): j is PlanJump => j !== null) };
}
