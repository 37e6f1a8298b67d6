/**
 * What a check reads of a workbook (SPEC §2), so that a source can skip the rest: each table the check
 * reads is found by its table name, else searched for on its sheet; the product's own Avstemming sheet is
 * read whole, since its user columns and the cells around its table are kept when it is written anew.
 */
import { SHEETS, TABLES } from './schema';
import { LISTS } from './settingsSchema';

export interface ReadScope {
  /** Each table read: by name, else on `sheet` (then the whole sheet is needed). */
  readonly tables: readonly { readonly table: string; readonly sheet: string }[];
  /** Sheets read whole whatever tables they hold. */
  readonly wholeSheets: readonly string[];
}

/** The tables and sheets `check` (and `check --write`) reads. */
export const CHECK_SCOPE: ReadScope = {
  tables: [
    { table: TABLES.settings, sheet: SHEETS.settings },
    ...LISTS.map((l) => ({ table: l.table, sheet: SHEETS.settings })),
    { table: TABLES.operating, sheet: SHEETS.operating },
    { table: TABLES.investment, sheet: SHEETS.investment },
    { table: TABLES.economyPlan, sheet: SHEETS.economyPlan },
    { table: TABLES.planItems, sheet: SHEETS.planItems },
    { table: TABLES.reconciliation, sheet: SHEETS.reconciliation },
  ],
  wholeSheets: [SHEETS.reconciliation],
};
