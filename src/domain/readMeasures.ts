/**
 * Reading the measure tables (SPEC §4, §5) into measures, one per non-empty body row, with the layout
 * and every structure and amount finding. Judging the values is the validator's job, not this file's.
 */
import { makeFinding } from './makeFinding';
import { bodyRows, locateTable } from './locateTable';
import { isEmptyRow, RowReader } from './readRow';
import { firstCell, mapColumns } from './readTable';
import {
  COST_STATUSES,
  INVESTMENT_TABLE,
  MEASURE_KINDS,
  OPERATING_TABLE,
  PURPOSES,
  type ColumnSpec,
  type MeasureTableSpec,
} from './schema';
import type {
  Finding,
  InvestmentMeasure,
  Kr,
  MeasureCommon,
  OperatingMeasure,
  TableLayout,
  Unit,
  WorkbookSnapshot,
  Years,
} from './types';

export interface MeasureTableRead<M> {
  readonly measures: readonly M[];
  /** null when the table is missing (then a sheet-missing finding is among the findings). */
  readonly layout: TableLayout | null;
  readonly findings: readonly Finding[];
}

/** The fields both tables share, except the column map, which the table-specific part adds. */
type CommonFields = Omit<MeasureCommon, 'table' | 'cellColumns'>;

/** Splits a plan-areas cell on ';' (and line breaks, which Alt+Enter leaves in a cell). */
export function splitAreas(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

function readCommon(r: RowReader, sheet: string, years: Years): CommonFields {
  return {
    sheet,
    row: r.row,
    id: r.text('id'),
    section: r.text('section'),
    priority: r.number('priority'),
    ref: r.text('ref'),
    measure: r.text('measure'),
    costStatus: r.choice('costStatus', COST_STATUSES),
    responsible: r.text('responsible'),
    areas: splitAreas(r.text('areas')),
    frame: r.text('frame'),
    comment: r.text('comment'),
    years: r.years(years),
    invalid: r.invalid,
  };
}

// One empty amounts object per column list, copied per row: an object that gets its keys one by one per row
// is slow to fill and, with a dozen keys, large.
const amountTemplates = new WeakMap<readonly ColumnSpec[], Record<string, Kr | null>>();

function amountTemplate(specs: readonly ColumnSpec[]): Record<string, Kr | null> {
  let template = amountTemplates.get(specs);
  if (!template) {
    const keys = specs.filter((s) => (s.type === 'amount' && s.key !== 'years') || s.type === 'formula');
    template = Object.fromEntries(keys.map((s) => [s.key, null]));
    amountTemplates.set(specs, template);
  }
  return template;
}

function readAmounts(r: RowReader, specs: readonly ColumnSpec[]): Record<string, Kr | null> {
  const amounts = { ...amountTemplate(specs) };
  for (const spec of specs) {
    if (spec.type === 'amount' && spec.key !== 'years') amounts[spec.key] = r.amount(spec);
    if (spec.type === 'formula') {
      amounts[spec.key] = r.calculated(spec);
      r.checkCalculated(spec);
    }
  }
  return amounts;
}

function readOperating(r: RowReader, common: CommonFields, a: Record<string, Kr | null>): OperatingMeasure {
  const kind = r.choice('kind', MEASURE_KINDS);
  // `common` goes last: V8 copies `{ ...common, more }` through a slow path, many times slower per row.
  return {
    table: 'operating',
    // SPEC §4: Type defaults to Varig.
    kind: kind === '' ? 'Varig' : kind,
    periodSum: a.periodSum ?? null,
    fullYear: a.fullYear ?? null,
    finJoint: a.finJoint ?? null,
    finReallocation: a.finReallocation ?? null,
    finOther: a.finOther ?? null,
    finNew: a.finNew ?? null,
    cellColumns: r.cellColumns,
    ...common,
  };
}

function readInvestment(r: RowReader, common: CommonFields, a: Record<string, Kr | null>): InvestmentMeasure {
  return {
    table: 'investment',
    project: r.text('project'),
    purpose: r.choice('purpose', PURPOSES),
    budget: a.budget ?? null,
    before: a.before ?? null,
    after: a.after ?? null,
    finVat: a.finVat ?? null,
    finGrant: a.finGrant ?? null,
    finSale: a.finSale ?? null,
    finLoan: a.finLoan ?? null,
    finOperating: a.finOperating ?? null,
    finFund: a.finFund ?? null,
    cellColumns: r.cellColumns,
    ...common,
  };
}

type BuildMeasure<M> = (r: RowReader, common: CommonFields, amounts: Record<string, Kr | null>) => M;

function readMeasureTable<M>(
  wb: WorkbookSnapshot,
  spec: MeasureTableSpec,
  years: Years,
  unit: Unit,
  build: BuildMeasure<M>,
): MeasureTableRead<M> {
  const t = locateTable(wb, { table: spec.table, sheet: spec.sheet, headers: spec.columns, hasYears: true });
  if (!t) {
    const missing = makeFinding('sheet-missing', spec.sheet, 'A1', { table: spec.table, sheet: spec.sheet });
    return { measures: [], layout: null, findings: [missing] };
  }
  const m = mapColumns(t, spec.columns, years);
  const findings: Finding[] = [...m.findings];
  const measures: M[] = [];
  for (const row of bodyRows(t)) {
    if (isEmptyRow(t, m, row, spec.columns)) continue;
    const r = new RowReader(t, m, row, unit);
    r.setMeasureId(r.text('id'));
    const common = readCommon(r, t.sheet.sheet, years);
    measures.push(build(r, common, readAmounts(r, spec.columns)));
    findings.push(...r.findings);
  }
  if (measures.length === 0)
    findings.push(makeFinding('table-empty', t.sheet.sheet, firstCell(t), { table: spec.table }));
  return { measures, layout: m.layout, findings };
}

/** Reads `tblTiltakDrift` (SPEC §4) for the plan years, amounts typed in `unit`. */
export function readOperatingMeasures(
  wb: WorkbookSnapshot,
  years: Years,
  unit: Unit,
): MeasureTableRead<OperatingMeasure> {
  return readMeasureTable(wb, OPERATING_TABLE, years, unit, readOperating);
}

/** Reads `tblTiltakInvestering` (SPEC §5) for the plan years, amounts typed in `unit`. */
export function readInvestmentMeasures(
  wb: WorkbookSnapshot,
  years: Years,
  unit: Unit,
): MeasureTableRead<InvestmentMeasure> {
  return readMeasureTable(wb, INVESTMENT_TABLE, years, unit, readInvestment);
}
