/**
 * Formula text the product writes (CONTRACT: English function names, comma separators, A1 references).
 * Aggregates on Sammendrag name a measure table's columns by structured reference (tblTiltakDrift[2027]): they
 * count exactly the table's rows, as the core does (SPEC §2), and follow the table as it grows; a table
 * that is not an Excel table (found by its sheet) is named by whole sheet columns. The Sum periode cells hold
 * the table's calculated-column formula.
 */
import { memoized } from '../model/memo';
import type { TableLayout } from '../model/plan';

/** A sheet name as it must appear before "!" in a formula: quoted when it is not a plain identifier. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * How Sammendrag's formulas name the columns of a table, by column letter: structured references when the
 * layout is an Excel table whose headers are names Excel keeps as typed (no outer spaces, no line breaks, no
 * two alike), so that a formula sees the table's rows and no others; else whole sheet columns, which also
 * see rows above and below the table (summaryMisses.ts). One or the other for every column of a table:
 * SUMIFS needs its ranges of one size.
 */
export function columnRefs(layout: TableLayout): (column: string) => string {
  if (!usesTableRefs(layout)) return (column) => wholeColumn(layout.sheet, column);
  const names = new Map(layout.headers.map((h) => [h.column, h.name]));
  return (column) => {
    const name = names.get(column);
    if (name === undefined) throw new Error(`${layout.tableName ?? layout.sheet} has no header in column ${column}`);
    const inner = structuredColumn(name);
    return `${layout.tableName ?? ''}${BRACKETED.test(name) ? `[[${inner}]]` : `[${inner}]`}`;
  };
}

/**
 * Characters that make Excel write a column name in a structured reference in brackets of its own
 * (tblTiltakInvestering[[Mva-kompensasjon]]); a space alone does not (tblTiltakDrift[Nye midler]).
 */
const BRACKETED = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/** Whether columnRefs names `layout`'s columns by structured reference (see there). */
export function usesTableRefs(layout: TableLayout): boolean {
  if (layout.tableName === null) return false;
  const seen = new Set<string>();
  for (const { name } of layout.headers) {
    const key = name.toLowerCase();
    if (name === '' || name !== name.trim() || /\p{Cc}/u.test(name) || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** A whole-column reference on another sheet: ('Tiltak drift', 'H') → 'Tiltak drift'!$H:$H. */
export function wholeColumn(sheet: string, column: string): string {
  return `${sheetPrefix(sheet)}$${column}:$${column}`;
}

/**
 * A column of a table as a structured reference, e.g. tblSeksjoner[Seksjon]: it grows and shrinks with the
 * table, so a name defined by it holds exactly the list's values. ' [ ] # in a header are escaped with '.
 */
export function tableColumnRef(table: string, header: string): string {
  return `${table}[${header.replace(/['[\]#]/g, (c) => `'${c}`)}]`;
}

/**
 * A link to a cell of this workbook, showing the address: ("Tiltak drift!H2") →
 * HYPERLINK("#'Tiltak drift'!H2","Tiltak drift!H2"). The sheet name is always quoted, so a name with spaces
 * or digits jumps too; a reader without the add-in can click it.
 */
export function cellLink(address: string): string {
  return linkOf(splitAddress(address));
}

function linkOf({ sheet, cell }: { sheet: string; cell: string }): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(`${sheet}!${cell}`)})`;
}

/** "'Bob''s'!C4" → { sheet: "Bob's", cell: "C4" }. */
function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf('!');
  const quoted = address.startsWith("'") && address.charAt(bang - 1) === "'";
  const sheet = quoted ? address.slice(1, bang - 1).replace(/''/g, "'") : address.slice(0, bang);
  return { sheet, cell: address.slice(bang + 1) };
}

/**
 * The link of cellLink as a cell to write, with its cached value: HYPERLINK shows its friendly name, the
 * address without quotes ("Tiltak drift!H2"), so a file opens without recalculating (SPEC §11). An item
 * without such a cell gets an empty cell.
 */
export function cellLinkInput(
  address: string | undefined,
): { readonly formula: string; readonly value: string } | null {
  if (address === undefined || address === '') return null;
  const bang = address.lastIndexOf('!');
  const cell = address.slice(bang + 1);
  const link = cell.includes('"') ? undefined : sheetLink(address.slice(0, bang + 1));
  if (link === undefined) {
    const parts = splitAddress(address);
    return { formula: linkOf(parts), value: `${parts.sheet}!${parts.cell}` };
  }
  return { formula: link.open + cell + link.middle + cell + '")', value: link.shown + cell };
}

/** The pieces of linkOf around the cell, for one sheet as an address spells it ("'Tiltak drift'!"). */
interface SheetLink {
  readonly open: string;
  readonly middle: string;
  readonly shown: string;
}

/**
 * Each sheet's pieces of its links, made once: Avstemming links two cells of every item, all on two or three sheets,
 * and quoting the sheet name again for each was a measured part of planning it (check --write of 1 000 measures,
 * docs/performance.md «Less made per cell and per item»). Bounded: a consolidation names a sheet per plan, not per
 * item.
 */
const sheetLink = memoized((prefix: string): SheetLink => {
  // The pieces linkOf makes of sheet and cell, the cell left out: a cell of an address has no quote to double.
  const { sheet } = splitAddress(prefix);
  const target = stringLiteral(`#'${sheet.replace(/'/g, "''")}'!`);
  const shown = stringLiteral(`${sheet}!`);
  return { open: `HYPERLINK(${target.slice(0, -1)}`, middle: `",${shown.slice(0, -1)}`, shown: `${sheet}!` };
}, 64);

/** The longest text Excel accepts as a string in a formula (a longer SUMIFS criterion never matches). */
export const MAX_FORMULA_TEXT = 255;

/** Whether a string literal made by stringLiteral holds more text than Excel allows in a formula. */
export function isLiteralTooLong(literal: string): boolean {
  return literal.slice(1, -1).replace(/""/g, '"').length > MAX_FORMULA_TEXT;
}

/** A string literal for a formula ("" doubles quotes). */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A SUMIFS/COUNTIFS criterion that matches `text` exactly: the "=" prefix keeps a value such as "<5" from
 * being read as an operator, and "~" escapes the wildcards * ? ~ that a section or area name might hold.
 */
export function equalsCriterion(text: string): string {
  return stringLiteral(`=${escapeWildcards(text)}`);
}

/** Escapes the SUMIFS wildcards * ? ~ with a tilde. */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, (c) => `~${c}`);
}

/** One condition of a SUMIFS/COUNTIFS: a whole column and a ready criterion literal. */
export interface Condition {
  readonly range: string;
  readonly criterion: string;
}

/** =SUMIFS(sum, range1, crit1, …) without the leading "=". */
export function sumifs(sumRange: string, conditions: readonly Condition[]): string {
  const args = conditions.map((c) => `${c.range},${c.criterion}`);
  return `SUMIFS(${[sumRange, ...args].join(',')})`;
}

/** COUNTIFS(range1, crit1, …) without the leading "=". */
export function countifs(conditions: readonly Condition[]): string {
  return `COUNTIFS(${conditions.map((c) => `${c.range},${c.criterion}`).join(',')})`;
}

/**
 * The per-row period sum in A1 form, ('H', 'K', 5) → =SUM(H5:K5): only for a measure table that is not an
 * Excel table (found by its sheet), where a structured reference has nothing to name.
 */
export function sumYearsRowFormula(firstYearColumn: string, lastYearColumn: string, row: number): string {
  return `=SUM(${firstYearColumn}${row}:${lastYearColumn}${row})`;
}

/**
 * The per-row period sum of year columns not side by side in period order, one A1 term per run of adjacent columns
 * (`runs` holds each run's first and last letter): [['H', 'I'], ['K', 'L']] → =SUM(H5:I5,K5:L5); one run is
 * sumYearsRowFormula's text, byte for byte.
 */
export function sumYearRunsRowFormula(runs: readonly (readonly [string, string])[], row: number): string {
  if (runs.length === 1) return sumYearsRowFormula(runs[0]?.[0] ?? '', runs[0]?.[1] ?? '', row);
  const terms = runs.map(([a, b]) => (a === b ? `${a}${row}` : `${a}${row}:${b}${row}`));
  return `=SUM(${terms.join(',')})`;
}

/** A table column's name inside a structured reference: ' escapes [ ] # and ' (Excel's rule). */
export function structuredColumn(name: string): string {
  return name.replace(/['#[\]]/g, "'$&");
}

/** What a per-row period sum computes: the sum of the year amounts (empty = 0), as Excel adds them. */
export function sumYearsValue(years: readonly (number | null)[]): number {
  return Number(years.reduce<number>((a, y) => a + (y ?? 0), 0).toPrecision(15));
}

/**
 * Sum periode in structured form, the same text in every row and in the table's calculated-column
 * definition, so that Excel sees one consistent calculated column:
 * =SUM(tblTiltakDrift[[#This Row],[2027]:[2030]]).
 */
export function sumYearsCalculated(tableName: string, years: readonly number[]): string {
  const first = structuredColumn(String(years[0]));
  const last = structuredColumn(String(years[years.length - 1]));
  return `=SUM(${tableName}[[#This Row],[${first}]:[${last}]])`;
}

/**
 * Sum periode in structured form when the year columns are not side by side in period order: one this-row term per
 * run of adjacent years, [[2027, 2028], [2029, 2030]] →
 * =SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]]), a lone year as
 * tblTiltakDrift[[#This Row],[2028]]. One run is sumYearsCalculated's text, byte for byte.
 */
export function sumYearRunsCalculated(tableName: string, runs: readonly (readonly number[])[]): string {
  if (runs.length === 1) return sumYearsCalculated(tableName, runs[0] ?? []);
  const terms = runs.map((run) => {
    const first = structuredColumn(String(run[0]));
    const last = structuredColumn(String(run[run.length - 1]));
    return run.length === 1 ? `${tableName}[[#This Row],[${first}]]` : `${tableName}[[#This Row],[${first}]:[${last}]]`;
  });
  return `=SUM(${terms.join(',')})`;
}

/**
 * Criteria patterns that together match a ";"-separated list cell containing `item` as one element
 * (alone, first, last or in the middle; with or without a space after ";"). The patterns are mutually
 * exclusive for a cell that names the item once, so the SUMIFS over them may be added up.
 */
export function listMemberCriteria(item: string): string[] {
  const e = escapeWildcards(item);
  return [`=${e}`, `${e};*`, `*;${e}`, `*; ${e}`, `*;${e};*`, `*; ${e};*`].map(stringLiteral);
}
