/** What every view gets from the App: the language, the checked plan, and ways to act on the workbook. */
import type { CheckResult, Edit, Lang, WorkbookSnapshot, WritePlan } from '../../domain';
import type { KeptState } from '../hooks/useKept';

/**
 * Edits planned on the workbook as it is when the write starts (read and checked again just before): what
 * names rows of a measure table must, since the user may have sorted or changed the table since the pane's
 * last read.
 */
export type PlanOnFresh = (fresh: {
  readonly snapshot: WorkbookSnapshot;
  readonly result: CheckResult;
}) => readonly Edit[] | WritePlan;

export interface ViewProps {
  readonly lang: Lang;
  readonly result: CheckResult;
  readonly snapshot: WorkbookSnapshot;
  /** Select a cell in the workbook (in a plain browser: in the sheet preview). */
  readonly select: (sheet: string, cell: string) => void;
  /**
   * Apply edits through the port, then re-check; `done` becomes the notice. A blocked plan writes nothing
   * and names the user's cells in the way. A function is planned on a fresh read (PlanOnFresh). Never rejects.
   */
  readonly write: (edits: readonly Edit[] | WritePlan | PlanOnFresh, done: string | (() => string)) => Promise<boolean>;
  /** Whether the workbook can insert cells (Excel): a new measure then goes in above a user's cell. */
  readonly canInsertCells?: boolean;
  /**
   * Read every cell a write might land on (repair, writing Avstemming): the 'structure' scope; null when it
   * failed (the pane says why).
   */
  readonly readStructure: () => Promise<WorkbookSnapshot | null>;
  /** The saved versions and archives only (Endringer: the plan is the last check's): the 'versions' scope. */
  readonly readVersions: () => Promise<WorkbookSnapshot | null>;
  /** The check's tables and the cells around them, with the saved versions and archives: the 'roll' scope. */
  readonly readForRoll: () => Promise<WorkbookSnapshot | null>;
  readonly busy: boolean;
  /** What a view keeps while another tab is open (useKept): what she typed and has not written. */
  readonly kept?: KeptState;
}

/** Splits "Sheet name!A1" (as reconciliation items carry it) into sheet and cell; null if malformed. */
export function splitAddress(address: string | undefined): { sheet: string; cell: string } | null {
  if (!address) return null;
  const at = address.lastIndexOf('!');
  if (at <= 0) return null;
  const sheet = address
    .slice(0, at)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, cell: address.slice(at + 1).replace(/\$/g, '') };
}
