/**
 * Reading `tblOkonomiplan` (SPEC §6): one line per non-empty row, as typed (the reconciler matches only the
 * known parts and line types), amounts in kroner with the amount findings of SPEC §7.
 */
import { lastBodyRow, locateTable } from './locateTable';
import { missingTableFinding } from './missingTable';
import { makeFinding } from '../model/finding';
import { TableRows } from './row';
import { NoteRows } from './noteRow';
import { rowBelowFindings } from './rowBelow';
import { isBlank as blank } from './sheetCells';
import { firstCell, mapColumns } from './table';
import { cellAddress } from './rowCells';
import {
  columnSpec,
  ECONOMY_PLAN_COLUMNS,
  ECONOMY_PLAN_LINE_TYPES,
  ECONOMY_PLAN_PARTS,
  SHEETS,
  TABLES,
} from '../model/schema';
import type { Finding } from '../model/finding';
import type { FindingParams } from '../model/findingParams';
import type { Unit } from '../model/money';
import type { EconomyPlanLine, TableLayout, Years } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface EconomyPlanRead {
  readonly lines: readonly EconomyPlanLine[];
  /** null when the table is missing (then a sheet-missing finding is among the findings). */
  readonly layout: TableLayout | null;
  readonly findings: readonly Finding[];
}

/** Reads the economy plan table for the plan years, amounts typed in `unit`. */
export function readEconomyPlan(wb: WorkbookSnapshot, years: Years, unit: Unit): EconomyPlanRead {
  const query = { table: TABLES.economyPlan, sheet: SHEETS.economyPlan, headers: ECONOMY_PLAN_COLUMNS, hasYears: true };
  const t = locateTable(wb, query);
  if (!t) {
    const missing = missingTableFinding(wb, TABLES.economyPlan, SHEETS.economyPlan);
    return { lines: [], layout: null, findings: [missing] };
  }
  const m = mapColumns(t, ECONOMY_PLAN_COLUMNS, years);
  const findings: Finding[] = [...m.findings];
  const lines: EconomyPlanLine[] = [];
  const rows = new TableRows(t, m, unit, years, ECONOMY_PLAN_COLUMNS);
  const notes = new NoteRows(rows, ECONOMY_PLAN_COLUMNS);
  const last = lastBodyRow(t);
  for (let row = t.firstDataRow; row <= last; row++) {
    if (rows.isEmpty(row)) continue;
    const note = notes.finding(row);
    if (note) {
      findings.push(note);
      continue;
    }
    const r = rows.reader(row);
    const line: EconomyPlanLine = {
      sheet: t.sheet.sheet,
      row,
      part: r.choice('part', ECONOMY_PLAN_PARTS),
      lineType: r.choice('lineType', ECONOMY_PLAN_LINE_TYPES),
      ref: r.text('ref'),
      frame: r.text('frame'),
      source: r.text('source'),
      description: r.text('description'),
      years: r.years(),
      plan: r.text('plan'),
      cellColumns: r.cellColumns,
    };
    // A logical or an error value in a text cell (rare): noted for the findings that quote it (valueType).
    const valueTypes = r.valueTypes;
    const read = valueTypes === undefined ? line : { ...line, valueTypes };
    lines.push(read);
    if (r.findings.length > 0) findings.push(...r.findings);
    lineChoiceFindings(read, findings);
  }
  if (lines.length === 0)
    findings.push(makeFinding('table-empty', t.sheet.sheet, firstCell(t), { table: TABLES.economyPlan }));
  findings.push(...rowBelowFindings(rows, wb.tables));
  const empty = emptyYears(lines, years, m.layout);
  if (empty.length === 0) return { lines, layout: m.layout, findings };
  findings.push(...emptyYearFindings(empty, years, m.layout, t.sheet.sheet));
  return { lines, layout: { ...m.layout, yearsEmpty: empty }, findings };
}

/**
 * economy-plan-year-empty at each empty year's header cell; one at the first year's when no year has an amount (the
 * economy plan not typed at all yet: one finding reads better than one per year).
 */
function emptyYearFindings(empty: readonly number[], years: Years, layout: TableLayout, sheet: string): Finding[] {
  const cell = (year: number) => `${layout.yearColumns[String(year)] ?? ''}${layout.headerRow}`;
  const first = years[0];
  const last = years[years.length - 1];
  if (empty.length === years.length && first !== undefined && last !== undefined && first !== last)
    return [makeFinding('economy-plan-year-empty', sheet, cell(first), { year: first, last, reason: 'all' })];
  return empty.map((year) => makeFinding('economy-plan-year-empty', sheet, cell(year), { year }));
}

/**
 * The plan years no line has an amount for, every cell of the year's column empty (SPEC §7: not given; a dash or
 * a cell that is not a number is something typed): the economy plan of that year is not typed yet, as after a roll
 * (TableLayout.yearsEmpty). None for a table without lines (table-empty says it). When the year headers are not the
 * period, only the years with a column: one without is not read (year-columns says it), but an empty column of
 * another year is still not given — a typo in one header must not turn the empty new year into 0.
 */
function emptyYears(lines: readonly EconomyPlanLine[], years: Years, layout: TableLayout): number[] {
  if (lines.length === 0) return [];
  const hasColumn = (year: number) => layout.yearsOff !== true || layout.yearColumns[String(year)] !== undefined;
  // A year ends its scan at its first amount: the first line has one in nearly every typed year.
  return years.filter((y, i) => hasColumn(y) && lines.every((l) => l.years[i] === null));
}

const PARTS: readonly string[] = ECONOMY_PLAN_PARTS;
const LINE_TYPES: readonly string[] = ECONOMY_PLAN_LINE_TYPES;
/** A Ramme line is Drift (SPEC §6) and a Finansiering line a project's: an empty Del changes nothing there. */
const TYPES_WITH_PART: readonly string[] = [
  'Ramme',
  'Finansiering',
] satisfies (typeof ECONOMY_PLAN_LINE_TYPES)[number][];

/**
 * Whether a line of this Linjetype is what it is whatever its Del says (a Ramme line is Drift, a Finansiering
 * line its project's, SPEC §6): the reconciler matches it without its Del, so neither does a comparison of
 * versions know it by its Del.
 */
export function partImplied(lineType: string): boolean {
  return TYPES_WITH_PART.includes(lineType);
}

/**
 * The frame a `Ramme` line sets the limit of (SPEC §6, §10): its Rammeområde, else its Ref (the economy plan's
 * required column, where a frame code often stands); '' when it names none. The reconciler, the consolidation
 * and a comparison of versions all know the line by it.
 */
export function lineFrame(line: EconomyPlanLine): string {
  return line.frame.trim() || line.ref.trim();
}

/**
 * `economy-plan-line-invalid` (docs/spec.md §6, §8): a Del or Linjetype the reconciliation cannot read, at its
 * cell — one typed that is none of the choices (spelled canonically by now when it matched one, case and spaces
 * aside), or one left empty on a line with amounts (an empty one on a line without money changes no figure), or
 * Del Investering on a Ramme line, which is drift only (SPEC §6; an empty Del there is Drift by its type).
 * Such a line is never left out silently: newMoneyLine.ts says how it counts, and it is listed as unmatched.
 */
function lineChoiceFindings(line: EconomyPlanLine, into: Finding[]): void {
  // Most lines spell both right: two lookups in a list of two or three, and nothing made.
  const typeKnown = LINE_TYPES.includes(line.lineType);
  if (typeKnown && PARTS.includes(line.part)) {
    // A Ramme line is drift only (SPEC §6): with Del Investering it limits no frame (reconcile/knownFrames.ts).
    if (line.lineType === 'Ramme' && line.part === 'Investering')
      into.push(...choiceFinding(line, 'part', 'ramme-investment'));
    return;
  }
  if (isBlankLine(line)) return;
  const money = line.years.some((y) => y !== null && y !== 0);
  if (!typeKnown) {
    if (line.lineType !== '') into.push(...choiceFinding(line, 'lineType', undefined));
    else if (money) into.push(...choiceFinding(line, 'lineType', 'type-missing'));
  }
  if (!PARTS.includes(line.part)) {
    if (line.part !== '') into.push(...choiceFinding(line, 'part', 'part-unknown'));
    else if (money && !partImplied(line.lineType)) into.push(...choiceFinding(line, 'part', 'part-missing'));
  }
}

/** The finding at a line's Del or Linjetype cell ([] when its table has no such column: column-missing says so). */
function choiceFinding(
  line: EconomyPlanLine,
  key: 'part' | 'lineType',
  reason: FindingParams['economy-plan-line-invalid']['reason'],
): Finding[] {
  const cell = cellAddress(line, key);
  if (cell === undefined) return [];
  const spec = columnSpec(ECONOMY_PLAN_COLUMNS, key);
  const column = spec.header;
  const allowed = (spec.choices ?? []).join(', ');
  const value = line[key];
  const valueType = line.valueTypes?.[key];
  const params = {
    column,
    value,
    allowed,
    ...(reason !== undefined && { reason }),
    ...(valueType !== undefined && { valueType }),
  };
  return [makeFinding('economy-plan-line-invalid', line.sheet, cell, params)];
}

/**
 * Whether a line holds nothing of the economy plan (a row whose only content is in a column of the user's own,
 * or amounts of 0): the reconciler matches it to nothing, and a comparison of versions leaves it out.
 */
export function isBlankLine(line: EconomyPlanLine): boolean {
  // Spelled out, not an array of the texts: asked once per economy plan line.
  return (
    blank(line.part) &&
    blank(line.lineType) &&
    blank(line.ref) &&
    blank(line.frame) &&
    blank(line.source) &&
    blank(line.description) &&
    line.years.every((y) => y === null || y === 0)
  );
}
