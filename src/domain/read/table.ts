/**
 * Mapping a located table's header row onto the schema (SPEC §2–§6): free column order, aliases, year
 * columns by their year; unknown columns kept in the layout. Produces the column findings of SPEC §8:
 * column-missing, column-duplicate and year-columns.
 */
import { columnLetter, columnNumber, toA1 } from '../model/a1';
import { makeFinding } from '../model/finding';
import type { LocatedTable } from './locateTable';
import {
  headerText,
  matchesExactHeader,
  matchesHeader,
  normalizeHeader,
  parseYearHeader,
  readsAsSchemaColumn,
} from './matchHeader';
import type { ColumnSpec } from '../model/schema';
import { yearKey } from './rowCells';
import { cellAt, rowEnd } from './sheetCells';
import { lookalikeColumns, type Lookalike } from './lookalikeColumn';
import { findUnnamedColumn, type UnnamedColumn } from './unnamedColumn';
import type { Finding } from '../model/finding';
import type { Lists, TableLayout, Years } from '../model/plan';

export interface MappedTable {
  readonly layout: TableLayout;
  /** 1-based sheet column per schema key found. */
  readonly columns: ReadonlyMap<string, number>;
  /** 1-based sheet column per plan year found. */
  readonly yearColumns: ReadonlyMap<number, number>;
  /** Column letter per schema key and plan-year key found, in schema order: every row read shares it. */
  readonly cellColumns: Readonly<Record<string, string>>;
  readonly findings: readonly Finding[];
}

/** The table's first cell (top-left of the header row): where table-wide findings point. */
export function firstCell(t: LocatedTable): string {
  return toA1(t.headerRow, t.left);
}

interface Scan {
  columns: Map<string, number>;
  years: Map<number, number>;
  headers: { text: string; name: string; column: string }[];
  findings: Finding[];
}

/** A header cell of the table: its sheet column, text, and the schema column or plan year it names. */
interface HeaderCell {
  readonly c: number;
  readonly text: string;
  readonly year: number | null;
  readonly spec: ColumnSpec | undefined;
  /** Whether it names `spec` by the spec's own header, not an alias. */
  readonly exact: boolean;
}

function headerCells(t: LocatedTable, specs: readonly ColumnSpec[], scan: Scan): HeaderCell[] {
  const hasYears = specs.some((s) => s.key === 'years');
  const cells: HeaderCell[] = [];
  // Only as far as the header row holds cells: a table declared over all 16 384 columns ends there too.
  const right = Math.min(t.right, rowEnd(t.sheet, t.headerRow));
  for (let c = t.left; c <= right; c++) {
    const value = cellAt(t.sheet, t.headerRow, c);
    const text = headerText(value);
    if (text === '') continue;
    scan.headers.push({ text, name: typeof value === 'string' ? value : text, column: columnLetter(c) });
    const year = hasYears ? parseYearHeader(value) : null;
    const norm = normalizeHeader(text);
    const spec = year === null ? specs.find((s) => s.key !== 'years' && matchesHeader(norm, s)) : undefined;
    cells.push({ c, text, year, spec, exact: spec !== undefined && matchesExactHeader(norm, spec) });
  }
  return cells;
}

/**
 * Maps the header cells onto the schema. A column named by the schema column's own header is the product's; one
 * named by an alias is taken only where no column has the header itself: beside Kommentar, her «Merknad» is a
 * column of her own (SPEC §2: unknown columns are kept and ignored). Two columns by the header, or two by aliases,
 * are `column-duplicate`; an alias one names the column it is read as and the cell that already is.
 */
function scanHeaders(t: LocatedTable, specs: readonly ColumnSpec[]): Scan {
  const scan: Scan = { columns: new Map(), years: new Map(), headers: [], findings: [] };
  const sheet = t.sheet.sheet;
  const cells = headerCells(t, specs, scan);
  const reads = readsAsSchemaColumn(cells);
  cells.forEach((h, i) => {
    if (h.year !== null) {
      if (scan.years.has(h.year)) {
        scan.findings.push(makeFinding('column-duplicate', sheet, toA1(t.headerRow, h.c), { column: h.text }));
      } else scan.years.set(h.year, h.c);
      return;
    }
    const spec = h.spec;
    if (spec === undefined || !reads[i]) return;
    const first = scan.columns.get(spec.key);
    if (first === undefined) {
      scan.columns.set(spec.key, h.c);
    } else if (h.exact) {
      scan.findings.push(makeFinding('column-duplicate', sheet, toA1(t.headerRow, h.c), { column: h.text }));
    } else {
      const params = {
        column: h.text,
        reason: 'alias' as const,
        header: spec.header,
        firstCell: toA1(t.headerRow, first),
      };
      scan.findings.push(makeFinding('column-duplicate', sheet, toA1(t.headerRow, h.c), params));
    }
  });
  return scan;
}

/**
 * The column of the header that took the place of the one plan year missing — renamed («År 2028») or typed as a
 * year outside the period (2031) — beside the year before or after it; null when no single header is to blame.
 * A header that is no year is to blame only where a year column of the table stood: between its year columns, or
 * naming the missing year («Budsjett 2027», «2030 (1000 kr)»). Her own column right of the last year («Merknad»)
 * holds nothing wrong when the period grew or moved on.
 */
function blamedYearColumn(scan: Scan, years: Years): number | null {
  const missing = years.filter((y) => !scan.years.has(y));
  const y = missing[0];
  if (missing.length !== 1 || y === undefined) return null;
  const before = scan.years.get(y - 1);
  const after = scan.years.get(y + 1);
  const slot = before !== undefined ? before + 1 : after !== undefined ? after - 1 : null;
  if (slot === null || [...scan.columns.values()].includes(slot)) return null;
  const outside = [...scan.years].some(([year, c]) => c === slot && !years.includes(year));
  const yearCols = [...scan.years.values()];
  const within = yearCols.length > 0 && slot > Math.min(...yearCols) && slot < Math.max(...yearCols);
  const unknown = scan.headers.some(
    (h) => columnNumber(h.column) === slot && !yearCols.includes(slot) && (within || h.text.includes(String(y))),
  );
  return outside || unknown ? slot : null;
}

function yearFinding(t: LocatedTable, scan: Scan, years: Years): Finding | null {
  const found = [...scan.years.keys()].sort((a, b) => a - b);
  const same = found.length === years.length && found.every((y, i) => y === years[i]);
  if (same) return null;
  const firstYearCol = blamedYearColumn(scan, years) ?? Math.min(...scan.years.values());
  const cell = found.length > 0 ? toA1(t.headerRow, firstYearCol) : firstCell(t);
  const params = { expected: years.join(', '), found: found.join(', ') };
  // No year column at all is said as such ("fant ingen årskolonner"), not as an empty list.
  return makeFinding(
    'year-columns',
    t.sheet.sheet,
    cell,
    found.length > 0 ? params : { ...params, reason: 'none' as const },
  );
}

/** The column letter of every schema key and plan year found, in schema order (plan years in plan order). */
function cellColumnsOf(
  specs: readonly ColumnSpec[],
  columns: ReadonlyMap<string, number>,
  yearColumns: ReadonlyMap<number, number>,
): Record<string, string> {
  const letters: Record<string, string> = {};
  for (const spec of specs) {
    if (spec.key === 'years') {
      const years = [...yearColumns.keys()].sort((a, b) => a - b);
      for (const y of years) letters[yearKey(y)] = columnLetter(yearColumns.get(y) ?? 0);
    } else {
      const c = columns.get(spec.key);
      if (c !== undefined) letters[spec.key] = columnLetter(c);
    }
  }
  return letters;
}

/** The column that lost the header of the one missing schema column, if the table shows which (unnamedColumn.ts). */
function unnamedOf(t: LocatedTable, specs: readonly ColumnSpec[], scan: Scan) {
  const right = Math.min(t.right, rowEnd(t.sheet, t.headerRow));
  const headers = [];
  for (let c = t.left; c <= right; c++) headers.push(cellAt(t.sheet, t.headerRow, c));
  return findUnnamedColumn(specs, scan.columns, scan.years, t.left, headers);
}

/** The sheet columns of her own: a header that names no schema column and no year. */
function ownColumns(scan: Scan): number[] {
  const taken = new Set([...scan.columns.values(), ...scan.years.values()]);
  return scan.headers.map((h) => columnNumber(h.column)).filter((c) => !taken.has(c));
}

/**
 * `column-missing` for a missing `spec`: at the header cell of the column that lost its header (unnamedColumn.ts),
 * or of her column whose values are the missing column's (`like`, lookalikeColumn.ts), else at the table's first cell.
 */
function missingFinding(
  t: LocatedTable,
  spec: ColumnSpec,
  unnamed: UnnamedColumn | null,
  like: Lookalike | undefined,
): Finding {
  const sheet = t.sheet.sheet;
  if (unnamed?.key === spec.key) {
    const reason = unnamed.found === '' ? 'header-empty' : 'header-renamed';
    const params = { column: spec.header, reason, found: unnamed.found } as const;
    return makeFinding('column-missing', sheet, toA1(t.headerRow, unnamed.column), params);
  }
  if (like !== undefined) {
    const found = headerText(cellAt(t.sheet, t.headerRow, like.column));
    const params = { column: spec.header, reason: 'looks-like', found, misfits: like.misfits } as const;
    return makeFinding('column-missing', sheet, toA1(t.headerRow, like.column), params);
  }
  return makeFinding('column-missing', sheet, firstCell(t), { column: spec.header });
}

/** The look-alike columns as the layout keeps them: key, column letter, her header. */
function lookalikesOf(t: LocatedTable, likes: ReadonlyMap<string, Lookalike>) {
  return [...likes].map(([key, l]) => ({
    key,
    column: columnLetter(l.column),
    found: headerText(cellAt(t.sheet, t.headerRow, l.column)),
  }));
}

/**
 * Maps the header row of `t` onto `specs` for the plan `years`, with the column findings; `lists` (a measure table's)
 * tell a column of hers that holds a missing list column's entries.
 */
export function mapColumns(t: LocatedTable, specs: readonly ColumnSpec[], years: Years, lists?: Lists): MappedTable {
  const scan = scanHeaders(t, specs);
  const findings = [...scan.findings];
  const unnamed = unnamedOf(t, specs, scan);
  const missing = specs.filter((s) => s.key !== 'years' && !scan.columns.has(s.key));
  // A column that lost its header (Excel's «Column1») is that column already, not one of hers that looks like it.
  const own = ownColumns(scan).filter((c) => c !== unnamed?.column);
  const likes = lookalikeColumns(t, missing, own, lists);
  for (const spec of missing) {
    // The header cell of a column that lost its header, or of hers that holds its values, when clearly this one.
    if (spec.required || likes.has(spec.key)) findings.push(missingFinding(t, spec, unnamed, likes.get(spec.key)));
  }
  const yearsOff = specs.some((s) => s.key === 'years') ? yearFinding(t, scan, years) : null;
  if (yearsOff) findings.push(yearsOff);
  const planYears = new Map([...scan.years].filter(([y]) => years.includes(y)));
  const layout: TableLayout = {
    tableName: t.tableName,
    sheet: t.sheet.sheet,
    headerRow: t.headerRow,
    firstDataRow: t.firstDataRow,
    lastDataRow: t.lastDataRow,
    columns: Object.fromEntries([...scan.columns].map(([k, c]) => [k, columnLetter(c)])),
    yearColumns: Object.fromEntries([...planYears].map(([y, c]) => [String(y), columnLetter(c)])),
    headers: scan.headers,
    ...(unnamed ? { unnamed: { key: unnamed.key, column: columnLetter(unnamed.column) } } : {}),
    ...(likes.size > 0 ? { lookalikes: lookalikesOf(t, likes) } : {}),
    ...(yearsOff ? { yearsOff: true as const } : {}),
  };
  return {
    layout,
    columns: scan.columns,
    yearColumns: planYears,
    cellColumns: cellColumnsOf(specs, scan.columns, planYears),
    findings,
  };
}
