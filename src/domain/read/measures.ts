/**
 * Reading the measure tables (SPEC §4, §5) into measures, one per non-empty body row, with the layout
 * and every structure and amount finding. Judging the values is the validator's job, not this file's.
 */
import { makeFinding } from '../model/finding';
import { lastBodyRow, locateTable } from './locateTable';
import { missingTableFinding } from './missingTable';
import { TableRows, type RowReader } from './row';
import { NoteRows } from './noteRow';
import { periodSumSpanFinding } from './periodSumSpan';
import { idsBelow, rowBelowFindings } from './rowBelow';
import { firstCell, mapColumns } from './table';
import {
  columnSpec,
  INVESTMENT_COLUMNS,
  INVESTMENT_TABLE,
  OPERATING_COLUMNS,
  OPERATING_TABLE,
  type MeasureTableSpec,
} from '../model/schema';
import { COST_STATUSES, MEASURE_KINDS, PURPOSES } from '../model/choices';
import type { Finding } from '../model/finding';
import type { Kr, Unit } from '../model/money';
import type { InvestmentMeasure, Lists, OperatingMeasure, TableLayout, Years } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface MeasureTableRead<M> {
  readonly measures: readonly M[];
  /** null when the table is missing (then a sheet-missing finding is among the findings). */
  readonly layout: TableLayout | null;
  readonly findings: readonly Finding[];
  /** Measure IDs on lines typed right under the table (rowBelow.ts idsBelow): handed out, though no measure's. */
  readonly belowIds: readonly string[];
}

/** Splits a plan-areas cell on ';' (and line breaks, which Alt+Enter leaves in a cell). */
export function splitAreas(text: string): string[] {
  // One area is the common case: no regex split and no three arrays per row.
  if (!text.includes(';') && !text.includes('\n')) {
    const one = text.trim();
    return one === '' ? [] : [one];
  }
  // Several: one list, cut by hand (split, map and filter made three per row).
  const areas: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 59 /* ; */ && c !== 10 /* \n */) continue;
    const area = text.slice(from, i).trim();
    if (area !== '') areas.push(area);
    from = i + 1;
  }
  return areas;
}

/**
 * The plan-areas lists of one table, one list per distinct cell text, shared by the rows that hold it (read-only
 * by type; not frozen, since V8 iterates frozen arrays through an iterator object per step): a table of
 * 10 000 rows names a few dozen combinations of areas, and a list per row was 1.3 MB of a large check.
 */
class AreaLists {
  private readonly lists = new Map<string, readonly string[]>();

  of(text: string): readonly string[] {
    let list = this.lists.get(text);
    if (list === undefined) {
      list = splitAreas(text);
      this.lists.set(text, list);
    }
    return list;
  }
}

const OP = (key: keyof OperatingMeasure) => columnSpec(OPERATING_COLUMNS, key);
const INV = (key: keyof InvestmentMeasure) => columnSpec(INVESTMENT_COLUMNS, key);
const PERIOD_SUM = OP('periodSum');
const FULL_YEAR = OP('fullYear');
const FIN_JOINT = OP('finJoint');
const FIN_REALLOCATION = OP('finReallocation');
const FIN_OTHER = OP('finOther');
const FIN_NEW = OP('finNew');
const BUDGET = INV('budget');
const BEFORE = INV('before');
const AFTER = INV('after');
const FIN_VAT = INV('finVat');
const FIN_GRANT = INV('finGrant');
const FIN_SALE = INV('finSale');
const FIN_LOAN = INV('finLoan');
const FIN_OPERATING = INV('finOperating');
const FIN_FUND = INV('finFund');

/** Sum periode: its value (a live formula's result read quietly), and formula-overwritten when typed over. */
function periodSum(r: RowReader): Kr | null {
  const value = r.calculated(PERIOD_SUM);
  r.checkCalculated(PERIOD_SUM);
  return value;
}

/**
 * The measure with the Prioritet cell's text when that cell holds no number (rare: a copy only then), so that
 * priority-invalid can quote what is there; and with the keys of its cells that hold a logical or an error value
 * (rarer still), so that a finding quoting one names it as her Excel shows it (SANN, #I/T).
 */
function withCellTexts<M extends OperatingMeasure | InvestmentMeasure>(m: M, r: RowReader): M {
  const text = m.priority === null ? r.notNumber('priority') : undefined;
  if (text !== undefined) r.noteValueType('priority', r.value('priority'));
  const valueTypes = r.valueTypes;
  if (text === undefined && valueTypes === undefined) return m;
  return { ...m, ...(text !== undefined && { priorityText: text }), ...(valueTypes && { valueTypes }) };
}

// Each builder reads a row into one object literal, fields in reading order (the ID first, so that every
// finding carries it): no intermediate objects to copy per row, and one hidden class per table.

function readOperating(r: RowReader, sheet: string, areas: AreaLists): OperatingMeasure {
  return {
    table: 'operating',
    sheet,
    row: r.row,
    id: r.text('id'),
    section: r.text('section'),
    priority: r.priority(),
    ref: r.text('ref'),
    measure: r.text('measure'),
    costStatus: r.choice('costStatus', COST_STATUSES),
    responsible: r.text('responsible'),
    areas: areas.of(r.text('areas')),
    frame: r.text('frame'),
    comment: r.text('comment'),
    years: r.years(),
    periodSum: periodSum(r),
    fullYear: r.amount(FULL_YEAR),
    finJoint: r.amount(FIN_JOINT),
    finReallocation: r.amount(FIN_REALLOCATION),
    finOther: r.amount(FIN_OTHER),
    finNew: r.amount(FIN_NEW),
    // SPEC §4: Type defaults to Varig.
    kind: r.choice('kind', MEASURE_KINDS) || 'Varig',
    cellColumns: r.cellColumns,
    invalid: r.invalid,
  };
}

function readInvestment(r: RowReader, sheet: string, areas: AreaLists): InvestmentMeasure {
  return {
    table: 'investment',
    sheet,
    row: r.row,
    id: r.text('id'),
    section: r.text('section'),
    priority: r.priority(),
    ref: r.text('ref'),
    measure: r.text('measure'),
    costStatus: r.choice('costStatus', COST_STATUSES),
    responsible: r.text('responsible'),
    areas: areas.of(r.text('areas')),
    frame: r.text('frame'),
    comment: r.text('comment'),
    years: r.years(),
    budget: r.amount(BUDGET),
    before: r.amount(BEFORE),
    after: r.amount(AFTER),
    finVat: r.amount(FIN_VAT),
    finGrant: r.amount(FIN_GRANT),
    finSale: r.amount(FIN_SALE),
    finLoan: r.amount(FIN_LOAN),
    finOperating: r.amount(FIN_OPERATING),
    finFund: r.amount(FIN_FUND),
    project: r.text('project'),
    purpose: r.choice('purpose', PURPOSES),
    cellColumns: r.cellColumns,
    invalid: r.invalid,
  };
}

type BuildMeasure<M> = (r: RowReader, sheet: string, areas: AreaLists) => M;

function readMeasureTable<M extends OperatingMeasure | InvestmentMeasure>(
  wb: WorkbookSnapshot,
  spec: MeasureTableSpec,
  years: Years,
  unit: Unit,
  build: BuildMeasure<M>,
  lists?: Lists,
): MeasureTableRead<M> {
  const t = locateTable(wb, { table: spec.table, sheet: spec.sheet, headers: spec.columns, hasYears: true });
  if (!t) {
    const findings = [missingTableFinding(wb, spec.table, spec.sheet)];
    return { measures: [], layout: null, findings, belowIds: [] };
  }
  const m = mapColumns(t, spec.columns, years, lists);
  const findings: Finding[] = [...m.findings];
  const measures: M[] = [];
  const rows = new TableRows(t, m, unit, years, spec.columns);
  const areas = new AreaLists();
  const notes = new NoteRows(rows, spec.columns, lists);
  const last = lastBodyRow(t);
  for (let row = t.firstDataRow; row <= last; row++) {
    if (rows.isEmpty(row)) continue;
    // A note Excel took into the table is skipped as an empty row is, and told once (noteRow.ts).
    const note = notes.finding(row);
    if (note) {
      findings.push(note);
      continue;
    }
    // Findings carry the row's ID: the reader reads it first.
    const r = rows.reader(row, 'id');
    measures.push(withCellTexts(build(r, t.sheet.sheet, areas), r));
    if (r.findings.length > 0) findings.push(...r.findings);
  }
  if (measures.length === 0)
    findings.push(makeFinding('table-empty', t.sheet.sheet, firstCell(t), { table: spec.table }));
  const span = periodSumSpanFinding(t, m, years, wb.tables, last);
  if (span) findings.push(span);
  const below = rowBelowFindings(rows, wb.tables, spec.idPrefix);
  findings.push(...below);
  const belowIds = idsBelow(rows, wb.tables, [OPERATING_TABLE.idPrefix, INVESTMENT_TABLE.idPrefix]);
  const rowsBelow = below.map((f) => Number(f.params['row']));
  const layout = rowsBelow.length > 0 ? { ...m.layout, rowsBelow } : m.layout;
  return { measures, layout, findings, belowIds };
}

/**
 * Reads `tblTiltakDrift` (SPEC §4) for the plan years, amounts typed in `unit`; a row holding only an entry of
 * `lists` (a Seksjon picked) is a measure begun, not a note (noteRow.ts).
 */
export function readOperatingMeasures(
  wb: WorkbookSnapshot,
  years: Years,
  unit: Unit,
  lists?: Lists,
): MeasureTableRead<OperatingMeasure> {
  return readMeasureTable(wb, OPERATING_TABLE, years, unit, readOperating, lists);
}

/** Reads `tblTiltakInvestering` (SPEC §5) for the plan years, amounts typed in `unit`. */
export function readInvestmentMeasures(
  wb: WorkbookSnapshot,
  years: Years,
  unit: Unit,
  lists?: Lists,
): MeasureTableRead<InvestmentMeasure> {
  return readMeasureTable(wb, INVESTMENT_TABLE, years, unit, readInvestment, lists);
}
