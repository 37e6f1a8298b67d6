/**
 * sheet-missing for a table of SPEC §2 that is neither there by its table name nor found on its sheet, with what
 * the advice must fit: a workbook with no sheet of that name (the user renamed it, or the table's too: SPEC §2 does
 * not look further) is told to give the sheet its name back — then the table is found on it whatever its own name —
 * rather than to make the table anew, which adds a second, empty sheet. The one table of the user's that may be it
 * (an Excel table under a name of hers on a sheet holding none of the product's) is named, when it is the only one
 * and only one product table is missing; none otherwise, for which is which cannot be told from names alone (a
 * check does not read the cells of other sheets). Named as a question: it may be a table of hers that is no plan's.
 * A workbook that holds nothing of a plan is no plan with a sheet renamed: its advice stays to make one.
 */
import { CONSOLIDATION_TABLE } from '../model/consolidationColumns';
import { makeFinding } from '../model/finding';
import type { Finding } from '../model/finding';
import { SHEETS, TABLES } from '../model/schema';
import { LISTS } from '../model/settingsSchema';
import type { TableInfo, WorkbookSnapshot } from '../model/snapshot';
import { findSheet, tablesOf } from './locateTable';

const lower = (s: string): string => s.trim().toLowerCase();

const PRODUCT_TABLES = new Set(
  [...Object.values(TABLES), ...LISTS.map((l) => l.table), CONSOLIDATION_TABLE].map(lower),
);
const PRODUCT_SHEETS = new Set(Object.values(SHEETS).map(lower));

/** The user's tables that a product table missing from its sheet may be, as the file comment says. */
function candidates(wb: WorkbookSnapshot): TableInfo[] {
  const tables = tablesOf(wb);
  const productSheets = new Set(
    tables.filter((t) => typeof t.name === 'string' && PRODUCT_TABLES.has(lower(t.name))).map((t) => lower(t.sheet)),
  );
  return tables.filter(
    (t) =>
      typeof t.name === 'string' &&
      typeof t.sheet === 'string' &&
      !PRODUCT_TABLES.has(lower(t.name)) &&
      !PRODUCT_SHEETS.has(lower(t.sheet)) &&
      !productSheets.has(lower(t.sheet)),
  );
}

/**
 * Whether the workbook holds anything of a plan (a sheet or table of the product's): a workbook of something else
 * keeps the advice to make a plan, not to rename a sheet.
 */
function holdsPlan(wb: WorkbookSnapshot): boolean {
  const sheets = Array.isArray(wb.sheets) ? wb.sheets : [];
  const tables = tablesOf(wb);
  return (
    sheets.some((s) => typeof s.sheet === 'string' && PRODUCT_SHEETS.has(lower(s.sheet))) ||
    tables.some((t) => typeof t.name === 'string' && PRODUCT_TABLES.has(lower(t.name)))
  );
}

/** The tables a check reads that are there neither by their name nor by their sheet's. */
function missingCount(wb: WorkbookSnapshot): number {
  const tables = tablesOf(wb);
  const named = new Set(tables.filter((t) => typeof t.name === 'string').map((t) => lower(t.name)));
  const read = ['settings', 'operating', 'investment', 'economyPlan'] as const;
  return read.filter((k) => !named.has(lower(TABLES[k])) && !findSheet(wb, SHEETS[k])).length;
}

/** The sheet-missing finding of `table`, expected on `sheet` (at its A1), with the reason its advice fits. */
export function missingTableFinding(wb: WorkbookSnapshot, table: string, sheet: string): Finding {
  if (findSheet(wb, sheet) || !holdsPlan(wb)) return makeFinding('sheet-missing', sheet, 'A1', { table, sheet });
  const found = candidates(wb);
  // One table of hers offered to two missing tables would tell her to give one sheet both names (a review: the
  // economy plan's finding named her renamed drift table), so a candidate is named only when one table is missing.
  const one = found.length === 1 && missingCount(wb) === 1 ? found[0] : undefined;
  const params = one
    ? { table, sheet, reason: 'table-elsewhere' as const, foundTable: one.name, foundSheet: one.sheet }
    : { table, sheet, reason: 'sheet-renamed' as const };
  return makeFinding('sheet-missing', sheet, 'A1', params);
}
