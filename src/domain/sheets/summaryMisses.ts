/**
 * Where a live formula of Sammendrag would count other rows than the core (SPEC §9: the sheet shows the
 * plan's totals, the same as the report). The core reads a text cell trimmed and splits plan areas on ";" and
 * on line breaks (read/measures.ts); SUMIFS and COUNTIFS compare the cell as typed: "Beregnet " (a trailing
 * space) is not "Beregnet", and an area list broken with Alt+Enter or typed "A ;B" matches none of an area's
 * patterns; an amount typed as text counts in the core (amount-text) and not in SUMIFS, an amount finer than a krone
 * counts rounded to whole kroner in the core (SPEC §7) and as typed in SUMIFS, and an amount cell that
 * holds an error (#REF!) or a formula without its stored result counts 0 in the core (amount-invalid) while
 * SUMIFS gives the error or, once Excel has calculated, the formula's result; whole-column formulas (a
 * table that is not an Excel table, formulas.ts columnRefs) also see rows around it that the core does not read. A row such a cell would throw off gets the core's
 * values instead of formulas, as a list value over 255 characters does (summaryCells.ts). Only the few cells
 * typed that way cost any work.
 */
import { columnNumber } from '../model/a1';
import { memoized } from '../model/memo';
import { UNIT_FACTOR } from '../model/money';
import { COSTED } from '../model/choices';
import { cellAt, cellText, originOf, sheetBounds } from '../read/sheetCells';
import { findSheet } from '../read/locateTable';
import { isCosted } from '../measures/costed';
import { groupKey } from '../measures/grouping';
import { listMemberCriteria, usesTableRefs } from './formulas';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';
import type { Measure, Plan, TableLayout } from '../model/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import type { Totals } from '../model/totals';

/** The rows of Sammendrag to write as the core's values, by block: group keys (groupKey of the label). */
export interface FormulaMisses {
  readonly operatingSections: ReadonlySet<string>;
  readonly investmentSections: ReadonlySet<string>;
  readonly areas: ReadonlySet<string>;
  readonly responsibles: ReadonlySet<string>;
  /** Kostnadsstatus rows of the count block (groupKey of the status). */
  readonly statuses: ReadonlySet<string>;
  readonly operatingAll: boolean;
  readonly investmentAll: boolean;
}

/** No row missed: every formula counts what the core counts (a workbook the product made itself). */
export const NO_MISSES: FormulaMisses = {
  operatingSections: new Set(),
  investmentSections: new Set(),
  areas: new Set(),
  responsibles: new Set(),
  statuses: new Set(),
  operatingAll: false,
  investmentAll: false,
};

/** Whether a SUMIFS criterion (the literal's text) matches `value`: * ? wildcards, ~ escapes, case aside. */
export function criterionMatches(criterion: string, value: CellValue): boolean {
  const pattern = criterion.startsWith('=') ? criterion.slice(1) : criterion;
  if (typeof value !== 'string' || value === '') return pattern === '';
  return criterionRegExp(pattern).test(value);
}

/**
 * Each pattern's regular expression, made once: every area cell that lists areas is tested against six criteria of
 * each area label, and making them again for each cell was most of what Sammendrag's misses cost (measured on check
 * --write of 1 000 measures, docs/performance.md «Less made per cell and per item»). No g flag: test() keeps no
 * state between cells.
 */
// Bounded: a plan has some dozens of area labels, six criteria each.
const criterionRegExp = memoized((pattern: string): RegExp => {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '~' && i + 1 < pattern.length) re += escapeRegExp(pattern.charAt(++i));
    else re += ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch);
  }
  return new RegExp(`^${re}$`, 'is');
}, 4096);

const escapeRegExp = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text inside a formula string literal ("" → "). */
const literalText = (literal: string): string => literal.slice(1, -1).replace(/""/g, '"');

/** A text cell an equality criterion matches as the core reads it: empty, or text without outer spaces. */
const readsAsTyped = (v: CellValue): boolean => v === null || (typeof v === 'string' && v === v.trim());

/** The cell of a sheet row in the column of `key` that the formulas test, as typed. */
type RawCell = (row: number, key: string) => CellValue;

function rawCells(sheet: SheetSnapshot | undefined, letters: Readonly<Record<string, string>>): RawCell {
  if (!sheet) return () => null;
  // Asked a few times per measure: the origin and the column numbers once.
  const origin = originOf(sheet);
  const columns = new Map(Object.entries(letters).map(([key, letter]) => [key, columnNumber(letter)]));
  return (row, key) => {
    const column = columns.get(key);
    return column === undefined ? null : cellAt(sheet, row, column, origin);
  };
}

interface Collect {
  readonly sections: Set<string>;
  readonly areas: Set<string>;
  readonly responsibles: Set<string>;
  readonly statuses: Set<string>;
  all: boolean;
}

const emptyCollect = (): Collect => ({
  sections: new Set(),
  areas: new Set(),
  responsibles: new Set(),
  statuses: new Set(),
  all: false,
});

/**
 * The area labels whose patterns count a costed row's area cell other than the core does (once in each of
 * `areas`: the row's areas as the core read them, or none for a row outside the table), by group key; memoised
 * per cell text, since a table repeats a few combinations of areas. One memo per kind of row.
 */
function areaMisses(areaLabels: readonly string[]): (raw: CellValue, areas: readonly string[]) => readonly string[] {
  const known = new Map<string, string[]>();
  return (raw, areas) => {
    if (areas.length > 0 && (raw === null || (typeof raw === 'string' && raw === raw.trim() && !/[;\n]/.test(raw))))
      return [];
    const memo = `${typeof raw}:${String(raw)}`;
    let out = known.get(memo);
    if (out === undefined) {
      const mine = new Set(areas.map(groupKey));
      out = areaLabels
        .filter((label) => {
          const counted = listMemberCriteria(label).filter((c) => criterionMatches(literalText(c), raw)).length;
          return counted !== (mine.has(groupKey(label)) ? 1 : 0);
        })
        .map(groupKey);
      known.set(memo, out);
    }
    return out;
  };
}

/** What the formulas over one measure table would miss or count twice. */
function collectTable(
  wb: WorkbookSnapshot,
  layout: TableLayout,
  ms: readonly Measure[],
  areaLabels: string[],
  years: readonly number[],
  factor: number,
): Collect {
  const out = emptyCollect();
  const sheet = findSheet(wb, layout.sheet);
  const cell = rawCells(sheet, layout.columns);
  const offSumifs = amountsOffSumifs(layout, years, factor, cell, rawCells(sheet, layout.yearColumns));
  const areasOf = areaMisses(areaLabels);
  // Every measure: no closure per measure (docs/performance.md «Hot functions»).
  for (const m of ms) {
    const status = cell(m.row, 'costStatus');
    // COUNTIFS per status compares the cell as typed.
    if (!readsAsTyped(status)) out.statuses.add(groupKey(m.costStatus));
    // A cell the SUMIFS criterion "Beregnet" matches is read as Beregnet by the core too; not always the reverse.
    if (!isCosted(m)) continue;
    const formulaCosted = typeof status === 'string' && status.toLowerCase() === COSTED.toLowerCase();
    if (!formulaCosted) out.all = true;
    if (!formulaCosted || !readsAsTyped(cell(m.row, 'section'))) out.sections.add(groupKey(m.section));
    if (!formulaCosted || !readsAsTyped(cell(m.row, 'responsible'))) out.responsibles.add(groupKey(m.responsible));
    // An amount typed as text (amount-text) counts in the core, and SUMIFS skips it; an error cell the reverse.
    const off = formulaCosted && offSumifs(m);
    if (off) {
      out.all = true;
      out.sections.add(groupKey(m.section));
      out.responsibles.add(groupKey(m.responsible));
    }
    if (areaLabels.length === 0) continue;
    const areas = formulaCosted && !off ? areasOf(cell(m.row, 'areas'), m.areas) : m.areas.map(groupKey);
    for (const key of areas) out.areas.add(key);
  }
  // Structured references see the table's rows only; whole columns also the rows around it.
  if (sheet && !usesTableRefs(layout)) collectOutside(sheet, layout, cell, areaLabels, out);
  return out;
}

/** The amount columns of both measure tables (years aside). */
const AMOUNT_KEYS: readonly string[] = [
  ...new Set([...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS].filter((c) => c.type === 'amount').map((c) => c.key)),
];

/**
 * An amount cell SUMIFS sums otherwise than the core: text that counts (not 0), an error (UNCALCULATED too), or
 * a number finer than a krone (300,0005 in 1000 kr), which the core rounds to whole kroner (SPEC §7) and SUMIFS
 * adds as typed. `factor` is the kroner of one unit. Its kroner are taken to 15 digits as the core takes them
 * (toKr): 16 726,601 mill kr is 16726600999,999998 as a double, whole kroner all the same.
 */
const offSumifsCell = (core: unknown, raw: CellValue, factor: number): boolean =>
  (typeof raw === 'string' && typeof core === 'number' && core !== 0) ||
  (raw !== null && typeof raw === 'object') ||
  (typeof raw === 'number' && typeof core === 'number' && !sameKroner(raw * factor, core));

/**
 * Whether `kroner` (a typed number times its unit) is the core's whole kroner `core`, to 15 digits. Nearly every
 * cell is exactly equal, and toPrecision on each of a 10 000-measure plan's amount cells cost the write more than
 * the rest of this file (measured: bench write): the exact test first.
 */
const sameKroner = (kroner: number, core: number): boolean =>
  kroner === core || Number(kroner.toPrecision(15)) === core;

/** Whether any amount cell of a row is summed by SUMIFS otherwise than by the core (offSumifsCell). */
function amountsOffSumifs(
  layout: TableLayout,
  years: readonly number[],
  factor: number,
  cell: RawCell,
  yearCell: RawCell,
) {
  const keys = AMOUNT_KEYS.filter((k) => layout.columns[k] !== undefined);
  return (m: Measure): boolean => {
    const fields = m as unknown as Readonly<Record<string, unknown>>;
    for (const k of keys) if (offSumifsCell(fields[k], cell(m.row, k), factor)) return true;
    for (let i = 0; i < years.length; i++)
      if (offSumifsCell(m.years[i], yearCell(m.row, String(years[i])), factor)) return true;
    return false;
  };
}

/**
 * Rows of the sheet outside the table (above its header, below its body) that whole-column formulas see and
 * the core does not read (SPEC §2: a table is its range), where the formulas name whole columns (formulas.ts
 * columnRefs: an Excel table with a header Excel may name otherwise than typed; a table found by its sheet is
 * read down to its last filled row). Only the rows the snapshot holds: a check reads one row under a table.
 */
function collectOutside(sheet: SheetSnapshot, layout: TableLayout, cell: RawCell, labels: string[], out: Collect) {
  const areasOf = areaMisses(labels);
  const { top, bottom } = sheetBounds(sheet);
  for (let row = top; row <= bottom; row++) {
    if (row >= layout.headerRow && row <= layout.lastDataRow) continue;
    const status = cell(row, 'costStatus');
    if (typeof status !== 'string' || status.trim() === '') continue;
    out.statuses.add(groupKey(status));
    if (status.toLowerCase() !== COSTED.toLowerCase()) continue;
    out.all = true;
    out.sections.add(groupKey(cellText(cell(row, 'section'))));
    out.responsibles.add(groupKey(cellText(cell(row, 'responsible'))));
    for (const key of labels.length > 0 ? areasOf(cell(row, 'areas'), []) : []) out.areas.add(key);
  }
}

/**
 * The rows of Sammendrag whose formulas, recalculated by Excel over the cells of `wb` as typed, would not give
 * the core's totals of `plan` (read from `wb`): those rows are written as the core's values.
 */
export function formulaMisses(plan: Plan, totals: Totals, wb: WorkbookSnapshot): FormulaMisses {
  const { operating, investment } = plan.layouts;
  const areaLabels = totals.operating.byArea.map((a) => a.area);
  const { years } = plan;
  const factor = UNIT_FACTOR[plan.settings.unit];
  const op = operating ? collectTable(wb, operating, plan.operating, areaLabels, years, factor) : emptyCollect();
  const inv = investment ? collectTable(wb, investment, plan.investment, [], years, factor) : emptyCollect();
  return {
    operatingSections: op.sections,
    investmentSections: inv.sections,
    areas: op.areas,
    responsibles: op.responsibles,
    statuses: new Set([...op.statuses, ...inv.statuses]),
    operatingAll: op.all,
    investmentAll: inv.all,
  };
}
