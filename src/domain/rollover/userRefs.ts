/**
 * The user's own references into the rolled tables' year columns (docs/spec.md §11, an addition of this repository):
 * a roll into the source workbook gives each year column the next year, so a formula of hers that reads a year by
 * A1 address (`=SUM('Tiltak drift'!H2:H12)`, 2027) reads another year afterwards (2028), and a structured
 * reference to the year that left (`tblTiltakDrift[2027]`) finds no column. The product never rewrites her
 * formulas: the roll names each one, and each that reads a measure's row another measure moved into (userRowRefs.ts).
 * Scanned: her formula cells, workbook names, and what the file adapter reads besides (userRefPlaces.ts: charts'
 * series, conditional formats' and drop-downs' rules on her sheets, sheet-local names).
 * A cheap scan, not a formula parser: A1 cells and ranges (`H2`, `$H$2:$K$12`,
 * `H:K`) with an optional sheet name (quoted or not) and `Table[…]` with the tables' names. Not seen: references
 * built by INDIRECT or OFFSET (the formulas that use them are listed apart: uncheckedReferences), names used inside
 * formulas (the name itself is named), references to other workbooks, 3-D references.
 */
import { columnLetter, columnNumber, parseA1 } from '../model/a1';
import type { Plan, TableLayout } from '../model/plan';
import { SHEETS } from '../model/schema';
import type { WorkbookSnapshot } from '../model/snapshot';
import { offsetAnchors } from './offsetAnchors';
import { boundsOf, boundsOfOne, movedRows, type Box } from './refRows';
import type { PlacedFormula, RefPlace } from './userRefPlaces';
import type { MeasureRows } from './userRowRefs';
import { sameName } from '../model/names';

/** A reference of the user's whose year changed under it: in a formula cell or a defined name. */
export interface StaleReference {
  /** "Oversikt!B2" for a cell; absent for a name. */
  readonly cell?: string;
  /** The defined name; absent for a cell. */
  readonly name?: string;
  /** A chart, rule, drop-down or sheet-local name (userRefPlaces.ts); absent for a cell or a workbook name. */
  readonly place?: RefPlace;
  /** The reference as written: "'Tiltak drift'!H2:H12", "tblTiltakDrift[2027]". */
  readonly ref: string;
  /** The year(s) it read: "2027", "2027–2030"; with `measures`, the measures its rows held: "D-004". */
  readonly before: string;
  /** What the same cells hold after the roll ("2028"); null when the year left the table (a structured reference). */
  readonly after: string | null;
  /** True when it reads a measure's row (userRowRefs.ts): `before` and `after` are measure IDs ("" for none). */
  readonly measures?: true;
}

type Layouts = Plan['layouts'];

const span = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs[0] ?? ''}–${xs[xs.length - 1] ?? ''}`;

// A sheet-qualified reference ('Tiltak drift'!H2:H12, Ark1!$H:$K) and an unqualified one (H2, H2:K12, H:K).
const CELLS = String.raw`\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?(?![\w(])|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![\w(])`;
const QUALIFIED = new RegExp(
  String.raw`(?<![\w.\]])(?:'((?:[^']|'')+)'|([^\s'!(),;:+\-*/&=<>^"\[\]{}]+))!(${CELLS})`,
  'g',
);
const BARE = new RegExp(String.raw`(?<![\w.$!:'\]])(${CELLS})`, 'g');

/** The A1 references of `formula` (text literals left out), each with its sheet (`own` when it names none). */
function a1Refs(formula: string, own: string | null): { sheet: string; ref: string; cells: string }[] {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: { sheet: string; ref: string; cells: string }[] = [];
  const rest = text.replace(QUALIFIED, (whole, quoted?: string, plain?: string, cells?: string) => {
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? '');
    // A reference into another workbook ([1]Ark1!A1, 'C:\[plan.xlsx]Ark1'!A1) is not this workbook's.
    if (!sheet.includes('[') && cells !== undefined) out.push({ sheet, ref: whole, cells });
    return ' ';
  });
  if (own !== null)
    for (const m of rest.replace(/\[[^\]]*\]/g, ' ').matchAll(BARE))
      out.push({ sheet: own, ref: m[1] ?? '', cells: m[1] ?? '' });
  return out;
}

/** The year columns of `before` that `ref` covers, and what the same columns hold in `after`; null when none. */
function yearsCovered(
  before: TableLayout,
  after: TableLayout | null,
  sheet: string,
  box: Box | null,
): { before: string; after: string } | null {
  if (!box || !sameName(sheet, before.sheet) || box.bottom < before.headerRow || box.top > before.lastDataRow)
    return null;
  const years = Object.entries(before.yearColumns)
    .map(([year, letter]) => ({ year, col: columnNumber(letter) }))
    .filter((y) => y.col >= box.left && y.col <= box.right)
    .sort((x, y) => x.col - y.col);
  if (years.length === 0) return null;
  const held = (col: number): string => {
    if (!after || !sameName(after.sheet, before.sheet)) return '';
    return after.headers.find((h) => sameName(h.column, columnLetter(col)))?.text ?? '';
  };
  const was = span(years.map((y) => y.year));
  const now = span(years.map((y) => held(y.col)));
  return was === now ? null : { before: was, after: now };
}

/** The structured references of `formula` to a year column of a rolled table that the rolled table no longer has. */
function goneYears(
  formula: string,
  pairs: readonly [TableLayout, TableLayout | null][],
): { ref: string; year: string }[] {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: { ref: string; year: string }[] = [];
  for (const [before, after] of pairs) {
    if (before.tableName === null) continue;
    const name = before.tableName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\w.])${name}(\[(?:[^\[\]]|\[[^\]]*\])*\])`, 'gi'))) {
      const columns = [...(m[1] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((c) => (c[1] ?? '').trim());
      const inner = (m[1] ?? '').slice(1, -1).trim().replace(/^@/, '');
      for (const column of inner.startsWith('[') ? columns : [inner]) {
        const gone = column in before.yearColumns && !(after && column in after.yearColumns);
        if (gone) out.push({ ref: m[0], year: column });
      }
    }
  }
  return out;
}

/** The rolled tables as they stood before the roll, each with where it stands after; blocks of the product's cells. */
function pairsOf(before: Layouts, after: Layouts): [TableLayout, TableLayout | null][] {
  const keys = ['operating', 'investment', 'economyPlan'] as const;
  return keys.flatMap((k): [TableLayout, TableLayout | null][] => {
    const b = before[k];
    return b ? [[b, after[k]]] : [];
  });
}

/**
 * Whether row `row`, column `col` of `sheet` is inside one of the product's rolled tables (its own formulas), or in
 * the totals row of one (`totals`: the names of the tables that show one), which the roll drops and names itself.
 */
function owned(
  pairs: readonly [TableLayout, TableLayout | null][],
  totals: ReadonlySet<string>,
  sheet: string,
  row: number,
  col: number,
): boolean {
  return pairs.some(([b]) => {
    const extra = b.tableName !== null && totals.has(b.tableName.toLowerCase()) ? 1 : 0;
    if (!sameName(b.sheet, sheet) || row < b.headerRow || row > b.lastDataRow + extra) return false;
    const cols = b.headers.map((h) => columnNumber(h.column));
    return col >= Math.min(...cols) && col <= Math.max(...cols);
  });
}

/** Where one of the user's formulas stands: a cell ("Oversikt!B2"), a workbook name, or a place of userRefPlaces.ts. */
export type RefAt = { readonly cell?: string; readonly name?: string; readonly place?: RefPlace };

type UserFormula = { formula: string; own: string | null; at: RefAt; over?: string };

/** Whether `range` (a rule's cells, "B2:B11 D2") meets one of the rolled tables on `sheet`. */
function onTable(pairs: readonly [TableLayout, TableLayout | null][], sheet: string, range: string): boolean {
  const boxes = range.trim().split(/\s+/).map(boundsOfOne);
  return pairs.some(([t]) => {
    const cols = t.headers.map((h) => columnNumber(h.column));
    if (!sameName(t.sheet, sheet) || cols.length === 0) return false;
    const [left, right] = [Math.min(...cols), Math.max(...cols)];
    return boxes.some(
      (x) => x !== null && x.top <= t.lastDataRow && x.bottom >= t.headerRow && x.left <= right && x.right >= left,
    );
  });
}

/**
 * The user's formulas: her formula cells but the product's own cells of the rolled tables, her workbook names, and
 * `placed` (userRefPlaces.ts) but a rule or drop-down on a rolled table's cells (the roll takes those off and says
 * so, or moves the product's drop-downs with their columns). Sammendrag and Avstemming are the product's, written
 * anew: not scanned.
 */
function userFormulas(
  wb: WorkbookSnapshot,
  pairs: readonly [TableLayout, TableLayout | null][],
  placed: readonly PlacedFormula[],
): UserFormula[] {
  const product = (sheet: string): boolean => sameName(sheet, SHEETS.summary) || sameName(sheet, SHEETS.reconciliation);
  const totals = new Set(wb.tables.filter((t) => t.totalsRow).map((t) => t.name.toLowerCase()));
  const out: UserFormula[] = [];
  for (const sheet of wb.sheets) {
    if (product(sheet.sheet)) continue;
    const origin = parseA1(sheet.origin) ?? { row: 1, col: 1 };
    (sheet.formulas ?? []).forEach((row, i) =>
      row.forEach((formula, j) => {
        const [r, c] = [origin.row + i, origin.col + j];
        if (!formula || owned(pairs, totals, sheet.sheet, r, c)) return;
        out.push({ formula, own: sheet.sheet, at: { cell: `${sheet.sheet}!${columnLetter(c)}${r}` } });
      }),
    );
  }
  for (const n of wb.names ?? [])
    if (!n.name.startsWith('_xlnm.')) out.push({ formula: n.ref, own: null, at: { name: n.name } });
  for (const p of placed) {
    const rule = p.at.kind === 'rule' || p.at.kind === 'validation';
    if (rule && (product(p.at.sheet) || onTable(pairs, p.at.sheet, p.over ?? ''))) continue;
    if (p.at.kind === 'localName' && p.at.name.startsWith('_xlnm.')) continue;
    out.push({ formula: p.formula, own: rule ? p.at.sheet : null, at: { place: p.at }, over: p.over });
  }
  return out;
}

/**
 * The user's formulas (cells, defined names, and `placed`: userRefPlaces.ts) that read a year column of a rolled
 * table by A1 address (whose year changed) or the year that left by structured reference; `before` and `after`:
 * the tables' layouts as read from the workbook before and after the roll; with `rows` (the measures before and
 * after), also those that read a measure's row that another measure holds after the roll (userRowRefs.ts): a
 * reference whose year changed is named for its year only.
 */
export function staleReferences(
  wb: WorkbookSnapshot,
  before: Layouts,
  after: Layouts,
  rows?: MeasureRows,
  placed: readonly PlacedFormula[] = [],
): StaleReference[] {
  const pairs = pairsOf(before, after);
  if (pairs.length === 0) return [];
  const out: StaleReference[] = [];
  for (const { formula: written, own, at, over } of userFormulas(wb, pairs, placed)) {
    const seen = new Set<string>();
    // Where OFFSET counts from is no cell it reads: the formula is listed as not checked (uncheckedReferences). A
    // year that left is named wherever it stands, OFFSET's start too: that reference finds no column after the roll.
    const formula = written.includes('(') ? offsetAnchors(written).rest : written;
    const refs = a1Refs(formula, own);
    for (const r of refs)
      for (const [b, a] of pairs) {
        const years = yearsCovered(b, a, r.sheet, boundsOf(r.cells, over));
        if (years && !seen.has(r.ref)) out.push({ ...at, ref: r.ref, ...years });
        if (years) seen.add(r.ref);
      }
    for (const r of rows ? refs : [])
      for (const [b] of pairs) {
        const moved = rows && !seen.has(r.ref) ? movedRows(b, r.sheet, r.cells, over, rows) : null;
        if (!moved) continue;
        seen.add(r.ref);
        out.push({ ...at, ref: r.ref, before: moved.before.join(', '), after: moved.after.join(', '), measures: true });
      }
    for (const g of goneYears(written, pairs))
      if (!seen.has(g.ref)) {
        seen.add(g.ref);
        out.push({ ...at, ref: g.ref, before: g.year, after: null });
      }
  }
  return out;
}

/**
 * The user's formulas (as staleReferences scans them) whose reading the scan cannot tell: each that uses INDIRECT
 * (its target is text, built as it runs), and each that uses OFFSET from a rolled table's sheet or from no address
 * (a name, a table): its first argument, where it counts from (offsetAnchors.ts); OFFSET from another sheet stays on
 * that sheet, whatever its other arguments read, and OFFSET from the year that left breaks (staleReferences names
 * it). For the roll to say they were not checked.
 */
export function uncheckedReferences(
  wb: WorkbookSnapshot,
  before: Layouts,
  after: Layouts,
  placed: readonly PlacedFormula[] = [],
): RefAt[] {
  const pairs = pairsOf(before, after);
  if (pairs.length === 0) return [];
  const call = (name: string, formula: string): boolean =>
    new RegExp(String.raw`(?<![\w.])${name}\s*\(`, 'i').test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
  return userFormulas(wb, pairs, placed).flatMap(({ formula, own, at }) => {
    if (call('INDIRECT', formula)) return [at];
    if (!call('OFFSET', formula)) return [];
    // An anchor naming the year that left finds no column (#REF!): staleReferences names the formula for it.
    const anchors = offsetAnchors(formula)
      .anchors.filter((a) => goneYears(a, pairs).length === 0)
      .map((a) => a1Refs(a, own));
    const rolled = anchors.some((refs) => refs.some((r) => pairs.some(([b]) => sameName(b.sheet, r.sheet))));
    return rolled || anchors.some((refs) => refs.length === 0) ? [at] : [];
  });
}
