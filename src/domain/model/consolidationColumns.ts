/**
 * The sheet «Avstemming planer» (SPEC §15) that a consolidation's items are written to, in the economy plan
 * workbook: its name, its table, its columns, and the texts it is written with. The items themselves:
 * consolidation.ts. The sibling of reconciliationColumns.ts (Avstemming's columns).
 */
import type { ConsolidationItem, ConsolidationItemCode } from './consolidation';
import type { Severity } from './finding';
import type { ReconciliationClass } from './reconciliationCodes';
import { reconciliationColumn } from './reconciliationColumns';
import type { KeptReason, StatusReviewText } from './reconciliationStatus';

/**
 * What the sheet «Avstemming planer» is written with: labels and explanations in the user's language, and the
 * notes on a kept Status that no longer holds, as on Avstemming (StatusReviewText).
 */
export interface ConsolidationSheetText extends StatusReviewText {
  readonly explain: (item: ConsolidationItem) => string;
  readonly severity: (severity: Severity) => string;
  readonly code: (code: ConsolidationItemCode) => string;
  readonly class: (cls: ReconciliationClass) => string;
  /** The code a Kode cell's text stands for (a label in any language, or the code itself), else the text. */
  readonly codeOf: (text: string) => string;
  /** Forklaring of a row kept only for the user's Status or Kommentar, as on Avstemming (ReconciliationSheetText). */
  readonly kept: (reason: KeptReason, keys: readonly string[]) => string;
  /**
   * Whether a cell's text is one the product writes beside an item's own figures (an Alvor label, a kept row's
   * Forklaring) in any language, as on Avstemming (ReconciliationSheetText.written): a row without Kode holding other
   * text is the user's (sheets/reconciliationTyped.ts). Absent: in `severity` and `kept`'s language only.
   */
  readonly written?: (text: string) => boolean;
  /** The sentence on a kept row whose line now belongs to plan `plan`: compared on that plan's Avstemming. */
  readonly movedToPlan?: (plan: string) => string;
}

/** The sheet the consolidated items are written to, in the economy plan workbook (SPEC §15). */
export const CONSOLIDATION_SHEET = 'Avstemming planer';
export const CONSOLIDATION_TABLE = 'tblAvstemmingPlaner';

/**
 * Columns of «Avstemming planer»; `user` columns belong to the user and survive a new run (SPEC §10). Avstemming's
 * columns (RECONCILIATION_COLUMNS, declared there once) with Plan after Klasse, and without Tiltak, Rammeområde and
 * Celle tiltak. Finansieringskilde after År, as on Avstemming: two Finansiering lines of one Ref and year differ only
 * there.
 */
export const CONSOLIDATION_COLUMNS = [
  reconciliationColumn('severity'),
  reconciliationColumn('code'),
  reconciliationColumn('class'),
  { key: 'plan', header: 'Plan', user: false },
  reconciliationColumn('ref'),
  reconciliationColumn('year'),
  reconciliationColumn('source'),
  reconciliationColumn('measures'),
  reconciliationColumn('economyPlan'),
  reconciliationColumn('difference'),
  reconciliationColumn('explanation'),
  reconciliationColumn('cellEconomyPlan'),
  reconciliationColumn('status'),
  reconciliationColumn('comment'),
] as const;
