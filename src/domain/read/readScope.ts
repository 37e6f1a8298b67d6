/**
 * What a check reads of a workbook, for a source that pays for every cell it reads (Excel on the web caps a
 * response at 5 MB): the product's tables, and of those only the formulas of the calculated columns (and of an
 * amount cell whose value is number text, which converting amounts typed as text must leave alone), and of
 * tblAvstemming only the columns a new run keeps (its key, Status and Kommentar). Sammendrag and the
 * user's own sheets are not read at all. Whatever is not read is an empty cell to the domain.
 */
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, TABLES } from '../model/schema';
import type { ColumnSpec } from '../model/schema';
import { RECONCILIATION_COLUMNS } from '../model/reconciliation';
import {
  headerText,
  matchesExactHeader,
  matchesHeader,
  normalizeHeader,
  parseYearHeader,
  readsAsSchemaColumn,
} from './matchHeader';
import { cellText } from './sheetCells';
import { VALUE } from './settings';
import type { CellValue } from '../model/snapshot';

/** How many rows a check reads under a measure or economy plan table (see rowsReadBelow). */
const ROWS_READ_BELOW = 20;

/**
 * Rows a check reads under a product table beside the table itself: under each measure table the row where a
 * new measure goes, so that a note or formula typed there is seen before the row is written; and under each
 * measure and economy plan table the lines typed outside the table, which are told (rowBelow.ts) and which
 * repair grows the table over. Twenty rows: what a user types under a table before checking, at no cost worth
 * counting (three tables, twenty rows, in the same read).
 */
export function rowsReadBelow(table: string): number {
  const t = table.toLowerCase();
  return [TABLES.operating, TABLES.investment, TABLES.economyPlan].some((x) => x.toLowerCase() === t)
    ? ROWS_READ_BELOW
    : 0;
}

/**
 * How many of a measure table's last body rows a check reads the formulas of, all columns (with the row under it):
 * a new measure goes into the first empty row after the last measure, and a formula there that shows "" reads as
 * an empty value but is the user's (measureEdits/add.ts). A source that reads values without formulas reads those
 * of the empty rows above these once their values are in. 0 for the other tables, where no row is added.
 */
export function lastRowsWithFormulas(table: string): number {
  const t = table.toLowerCase();
  return [TABLES.operating, TABLES.investment].some((x) => x.toLowerCase() === t) ? ROWS_READ_BELOW : 0;
}

const SPECS_BY_TABLE: Readonly<Record<string, readonly ColumnSpec[]>> = {
  [TABLES.operating.toLowerCase()]: OPERATING_TABLE.columns,
  [TABLES.investment.toLowerCase()]: INVESTMENT_TABLE.columns,
  [TABLES.economyPlan.toLowerCase()]: ECONOMY_PLAN_COLUMNS,
};

/**
 * The 0-based positions in a table's header row of its calculated columns (Sum periode): the only cells whose
 * formulas the reader looks at (a constant typed over a formula is a finding). Found as the reader finds them.
 */
export function formulaColumnsOf(table: string, header: readonly CellValue[]): number[] {
  const specs = (SPECS_BY_TABLE[table.toLowerCase()] ?? []).filter((s) => s.type === 'formula');
  const out: number[] = [];
  header.forEach((value, i) => {
    const norm = normalizeHeader(headerText(value));
    if (specs.some((s) => matchesHeader(norm, s))) out.push(i);
  });
  return out;
}

/**
 * The 0-based positions in a measure or economy plan table's header row of its amount columns (the plan years
 * and the typed amounts), found as the reader finds them: where a source that reads values without their
 * formats must read the number formats too, to tell a date from an amount (Norwegian Excel makes a typed
 * "1.5" the 1st of May, which the file adapter reads as a date, SPEC §7). In tblInnstillinger, its Verdi column,
 * which holds the Toleranse (an amount, SPEC §3): converting one typed as text into a text cell must change the
 * cell's format too, or Excel keeps the number as text (measureEdits/textAmounts.ts).
 */
export function amountColumnsOf(table: string, header: readonly CellValue[]): number[] {
  if (table.toLowerCase() === TABLES.settings.toLowerCase())
    return header.flatMap((value, i) => (matchesHeader(normalizeHeader(headerText(value)), VALUE) ? [i] : []));
  const all = SPECS_BY_TABLE[table.toLowerCase()] ?? [];
  const specs = all.filter((s) => s.type === 'amount' && s.key !== 'years');
  const hasYears = all.some((s) => s.key === 'years');
  const out: number[] = [];
  header.forEach((value, i) => {
    const norm = normalizeHeader(headerText(value));
    if ((hasYears && parseYearHeader(value) !== null) || specs.some((s) => matchesHeader(norm, s))) out.push(i);
  });
  return out;
}

/**
 * The 0-based positions in a measure or economy plan table's header row of the user's own columns (a «Vedtatt
 * dato», a «Kontaktperson»): a heading that is no column of the schema nor a year, an alias beside the column's own
 * header (matchHeader.ts readsAsSchemaColumn, as table.ts reads it), or a second heading of a column
 * already found — the columns the reader keeps out of the layout (table.ts) and a roll or a saved version carries
 * (sheets/userColumns.ts). Where a source that reads values without their formats must read the formats too: a
 * date there is a day number to `range.values`, and a number keeps its format. A year column outside the period
 * is no product column either, but amountColumnsOf names it already.
 */
export function userColumnsOf(table: string, header: readonly CellValue[]): number[] {
  const specs = SPECS_BY_TABLE[table.toLowerCase()] ?? [];
  if (specs.length === 0) return [];
  const hasYears = specs.some((s) => s.key === 'years');
  const cells = header.flatMap((value, i) => {
    const text = headerText(value);
    if (text === '' || (hasYears && parseYearHeader(value) !== null)) return [];
    const norm = normalizeHeader(text);
    const spec = specs.find((s) => s.key !== 'years' && matchesHeader(norm, s));
    return [{ i, spec, exact: spec !== undefined && matchesExactHeader(norm, spec) }];
  });
  const reads = readsAsSchemaColumn(cells);
  const seen = new Set<string>();
  const out: number[] = [];
  cells.forEach(({ i, spec }, n) => {
    if (spec && reads[n] && !seen.has(spec.key)) seen.add(spec.key);
    else out.push(i);
  });
  return out;
}

/**
 * The tblAvstemming columns a new run reads back: the key (Kode, Ref, År, Finansieringskilde), Status, Kommentar,
 * and Klasse, Avvik and Forklaring, which tell what a kept «Akseptert» was given to (sheets/statusReview.ts).
 */
export const KEPT_RECONCILIATION_KEYS = [
  'code',
  'class',
  'ref',
  'year',
  'source',
  'difference',
  'explanation',
  'status',
  'comment',
] as const;

/** Whether a tblAvstemming header is Forklaring's: a sentence or more per row (the Excel read estimates it so). */
export const isExplanationHeader = (value: CellValue | undefined): boolean =>
  value !== undefined &&
  cellText(value).trim().toLowerCase() ===
    RECONCILIATION_COLUMNS.find((c) => c.key === 'explanation')?.header.toLowerCase();

/**
 * Whether a tblAvstemming header is Kommentar's: the user's words, where a date or number she typed keeps its number
 * format through a new run (the Excel read asks the format of the numbers there; review r41).
 */
export const isCommentHeader = (value: CellValue | undefined): boolean =>
  value !== undefined &&
  cellText(value).trim().toLowerCase() ===
    RECONCILIATION_COLUMNS.find((c) => c.key === 'comment')?.header.toLowerCase();

/**
 * The 0-based positions in tblAvstemming's header row of the columns the user added right of the product's, which
 * a new run carries with their items (sheets/reconciliationExtra.ts): their number formats too (a date stays a date).
 */
export function reconciliationUserColumns(header: readonly CellValue[]): number[] {
  const product = new Set(RECONCILIATION_COLUMNS.map((c) => c.header.toLowerCase()));
  const lastProduct = header.reduce<number>((last, v, i) => (product.has(cellText(v).toLowerCase()) ? i : last), -1);
  return header.map((_, i) => i).filter((i) => i > lastProduct);
}

/**
 * The 0-based positions in tblAvstemming's header row of the kept columns, matched as readUserColumns does, and
 * of the columns the user added right of the product's (reconciliationUserColumns).
 */
export function keptReconciliationColumns(header: readonly CellValue[]): number[] {
  const kept = RECONCILIATION_COLUMNS.filter((c) =>
    (KEPT_RECONCILIATION_KEYS as readonly string[]).includes(c.key),
  ).map((c) => c.header.toLowerCase());
  const user = new Set(reconciliationUserColumns(header));
  const out: number[] = [];
  header.forEach((value, i) => {
    if (kept.includes(cellText(value).toLowerCase()) || user.has(i)) out.push(i);
  });
  return out;
}
