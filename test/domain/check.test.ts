import { parseA1 } from '../../src/domain/model/a1';
import { checkSnapshot, sortFindings } from '../../src/domain/check';
import type { Finding } from '../../src/domain/model/finding';
import type { CellValue } from '../../src/domain/model/snapshot';
import { operatingRow } from '../helpers/rows';
import { canonicalSnapshot, setCell, withoutSheet } from '../helpers/workbook';

const render = (f: Finding, unit: string) => `msg:${f.code}:${unit}`;
const check = (wb = canonicalSnapshot()) => checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render });

/** The Verdal miljøteam as a canonical row (amounts in 1000 kr). */
const miljo = (extra: Record<string, CellValue> = {}): Record<string, CellValue> =>
  operatingRow({
    'Ref.': '14',
    Ansvarlig: 'Rådmannen v/kommunalsjef velferd',
    'Berørte planområder': 'Helse, velferd, pleie og omsorg',
    ...extra,
  });

const epLine = (years: number[]): Record<string, CellValue> => ({
  Del: 'Drift',
  Linjetype: 'Tiltak',
  Ref: 'D-001',
  '2027': years[0] ?? null,
  '2028': years[1] ?? null,
  '2029': years[2] ?? null,
  '2030': years[3] ?? null,
});

describe('checkSnapshot', () => {
  it('reports a clean plan as SPEC §12: plan, totals in integer kroner with string year keys, exit 0', () => {
    const { report } = check(
      canonicalSnapshot({ operating: [miljo()], economyPlan: [epLine([600, 1200, 1800, 2400])] }),
    );
    expect(report.file).toBe('plan.xlsx');
    expect(report.plan).toEqual({ startYear: 2027, years: [2027, 2028, 2029, 2030], unit: '1000 kr' });
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(report.totals.operating.all.newMoneyByYear).toEqual({
      '2027': 600_000,
      '2028': 1_200_000,
      '2029': 1_800_000,
      '2030': 2_400_000,
    });
    expect(report.totals.operating.all.fullYear).toBe(2_400_000);
    expect(report.totals.statusCounts).toEqual({ Beregnet: 1 });
    expect(report.reconciliation.filter((r) => r.class !== 'match')).toEqual([]);
    // Exit 0 (no errors); the infos: the issues (all info) and eight matches, four years of measure-new-money
    // and four of the frame's frame-total.
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: report.issues.length + 8 });
  });

  it('counts reconciliation items in the summary and names the compared cells', () => {
    const { report } = check(
      canonicalSnapshot({ operating: [miljo()], economyPlan: [epLine([600, 1200, 1200, 2400])] }),
    );
    const bad = report.reconciliation.filter((r) => r.code === 'measure-new-money' && r.class !== 'match');
    expect(bad).toEqual([
      expect.objectContaining({
        class: 'mismatch',
        severity: 'error',
        year: 2029,
        measures: 1_800_000,
        economyPlan: 1_200_000,
        difference: 600_000,
        cells: { measures: 'Tiltak drift!J2', economyPlan: 'Økonomiplan!I2' },
      }),
    ]);
    const recErrors = report.reconciliation.filter((r) => r.severity === 'error').length;
    const issueErrors = report.issues.filter((i) => i.severity === 'error').length;
    expect(report.summary.errors).toBe(recErrors + issueErrors);
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(
      report.issues.length + report.reconciliation.length,
    );
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('renders every issue with the plan unit and keeps code, severity, sheet, cell and measure ID', () => {
    const { report, findings } = check(canonicalSnapshot({ operating: [miljo({ 'Nye midler': 2000 })] }));
    const financing = report.issues.find((i) => i.code === 'financing-sum');
    expect(financing).toEqual({
      code: 'financing-sum',
      severity: 'error',
      sheet: 'Tiltak drift',
      cell: 'M2',
      measureId: 'D-001',
      message: 'msg:financing-sum:1000 kr',
    });
    expect(findings).toHaveLength(report.issues.length);
  });

  it('orders issues by sheet in workbook order, then row, then column; missing sheets first', () => {
    const wb = withoutSheet(
      canonicalSnapshot({
        operating: [
          miljo({ Prioritet: null }),
          miljo({ ID: 'D-002', Prioritet: 2, Ansvarlig: '' }),
          miljo({ ID: 'D-003', Prioritet: 3, Seksjon: 'Ukjent' }),
        ],
      }),
      'Tiltak investering',
    );
    const issues = check(wb).report.issues;
    expect(issues[0]?.code).toBe('sheet-missing');
    const operating = issues.filter((i) => i.sheet === 'Tiltak drift').map((i) => i.cell);
    const position = (cell: string) => {
      const at = parseA1(cell);
      return at ? at.row * 1000 + at.col : 0;
    };
    expect(new Set(operating.map((c) => parseA1(c)?.row)).size).toBeGreaterThanOrEqual(3);
    expect([...operating].sort((a, b) => position(a) - position(b))).toEqual(operating);
  });

  // SPEC §8: all findings are collected. Several findings may share a code and a cell and still say different
  // things: each must reach the report.
  it('keeps findings that share a code and a cell but name different things', () => {
    let wb = canonicalSnapshot({ operating: [miljo({ 'Berørte planområder': 'Bolig; Kultur2' })] });
    // Two required settings rows relabelled: both are missing, both reported at the table's first cell (A1).
    wb = setCell(wb, 'Innstillinger', 'A2', 'Merknad 1');
    wb = setCell(wb, 'Innstillinger', 'A3', 'Merknad 2');
    // Two required column headers renamed: both columns are missing, both reported at the table's A1. (Not
    // Ansvarlig: her «Ansvar» over an entry of tblAnsvarlige is named at R1, read/lookalikeColumn.ts.)
    wb = setCell(wb, 'Tiltak drift', 'E1', 'Beskrivelse');
    wb = setCell(wb, 'Tiltak drift', 'C1', 'Rekkefølge');
    const { findings } = check(wb);
    const at = (code: string, key: string) =>
      findings.filter((f) => f.code === code).map((f) => [f.sheet, f.cell, f.params[key]]);
    expect(at('setting-invalid', 'setting')).toEqual([
      ['Innstillinger', 'A1', 'Første planår'],
      ['Innstillinger', 'A1', 'Antall planår'],
    ]);
    expect(at('column-missing', 'column')).toEqual([
      ['Tiltak drift', 'A1', 'Prioritet'],
      ['Tiltak drift', 'A1', 'Tiltak'],
    ]);
    // Neither "Bolig" nor "Kultur2" is in tblPlanomrader (S is Berørte planområder).
    expect(at('area-invalid', 'area')).toEqual([
      ['Tiltak drift', 'S2', 'Bolig'],
      ['Tiltak drift', 'S2', 'Kultur2'],
    ]);
  });

  // SPEC §8 priority-invalid: missing, or not a whole number ≥ 1. A cell that holds text is not missing: the
  // message must quote what is there, not ask for a priority as if the cell were empty.
  it.each<[CellValue, Record<string, unknown>]>([
    ['høy', { reason: 'invalid', value: 'høy' }],
    // A logical or an error value keeps the file's name, marked so a message names it as her Excel does (SANN).
    [true, { reason: 'invalid', value: 'TRUE', valueType: 'logical' }],
    [{ error: '#REF!' }, { reason: 'invalid', value: '#REF!', valueType: 'error' }],
    [null, { reason: 'missing', value: '' }],
    ['  ', { reason: 'missing', value: '' }],
  ])('Prioritet %p is priority-invalid %p at C2', (priority, params) => {
    const { findings } = check(canonicalSnapshot({ operating: [miljo({ Prioritet: priority })] }));
    const hits = findings.filter((f) => f.code === 'priority-invalid');
    expect(hits).toEqual([expect.objectContaining({ cell: 'C2', measureId: 'D-001', params })]);
  });
});

describe('sortFindings', () => {
  const f = (sheet: string, cell: string): Finding => ({
    code: 'amount-invalid',
    severity: 'error',
    sheet,
    cell,
    params: {},
  });
  it('sorts by sheet order, row, column (AA after Z), keeping ties stable', () => {
    const wb = canonicalSnapshot();
    const sorted = sortFindings(
      [
        f('Økonomiplan', 'A1'),
        f('Tiltak drift', 'AA2'),
        f('Tiltak drift', 'Z2'),
        f('Tiltak drift', 'B1'),
        f('Borte', 'A1'),
        f('Innstillinger', 'B9'),
      ],
      wb,
    );
    expect(sorted.map((x) => `${x.sheet}!${x.cell}`)).toEqual([
      'Borte!A1',
      'Innstillinger!B9',
      'Tiltak drift!B1',
      'Tiltak drift!Z2',
      'Tiltak drift!AA2',
      'Økonomiplan!A1',
    ]);
  });
});
