import { readPlan } from '../../../src/domain/read/plan';
import type { Finding, FindingCode } from '../../../src/domain/model/finding';
import { UNCALCULATED, type CellValue, type WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot, setCell, withoutSheet, withoutTables } from '../../helpers/workbook';
import { cellAddress } from '../../../src/domain/read/rowCells';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS, type ColumnSpec } from '../../../src/domain/model/schema';

/**
 * Verdal 6.1, miljøteam, in the canonical layout of a '1000 kr' workbook: the shared row with the seed's own
 * Ref., text, responsible and area, and its financing cells left empty as in the seed.
 */
const MILJOTEAM: Record<string, CellValue> = operatingRow({
  'Ref.': '14',
  Tiltak: 'Utvidelse miljøteam: Trappes opp fra 1 til 5 årsverk innen 2015.',
  'Felles tiltak': null,
  'Endret drift': null,
  'Annen finansiering': null,
  Ansvarlig: 'Rådmannen v/kommunalsjef velferd',
  'Berørte planområder': 'Helse, velferd, pleie og omsorg',
});

const read = (wb: WorkbookSnapshot) => readPlan(wb, { defaultStartYear: 2026 });
const withCode = (findings: readonly Finding[], code: FindingCode) =>
  findings.filter((f) => f.code === code).map((f) => ({ sheet: f.sheet, cell: f.cell }));

describe('readPlan: the seed row', () => {
  it('reads Verdal 6.1 miljøteam into kroner', () => {
    const { plan, findings } = read(canonicalSnapshot({ operating: [MILJOTEAM] }));
    expect(plan.years).toEqual([2027, 2028, 2029, 2030]);
    const m = plan.operating[0];
    expect(m).toMatchObject({
      table: 'operating',
      sheet: 'Tiltak drift',
      row: 2,
      id: 'D-001',
      section: 'Samfunn og tjenester',
      priority: 1,
      ref: '14',
      kind: 'Varig',
      costStatus: 'Beregnet',
      years: [600_000, 1_200_000, 1_800_000, 2_400_000],
      periodSum: 6_000_000,
      fullYear: 2_400_000,
      finJoint: null,
      finNew: 2_400_000,
      areas: ['Helse, velferd, pleie og omsorg'],
      frame: '2',
      invalid: [],
    });
    const addresses = ['id', 'year:2027', 'year:2030', 'periodSum', 'finNew'].map((key) => m && cellAddress(m, key));
    expect(addresses).toEqual(['A2', 'H2', 'K2', 'L2', 'Q2']);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(plan.layouts.operating?.columns.finNew).toBe('Q');
    expect(plan.layouts.operating?.yearColumns['2027']).toBe('H');
  });

  it('reads an investment measure and economy plan lines', () => {
    const wb = canonicalSnapshot({
      investment: [
        { ID: 'I-001', Prosjektnr: 'P-77', Formål: 'utleiebolig', Kostnadsramme: 3000, '2027': 3000, Lån: 3000 },
      ],
      economyPlan: [{ Del: 'drift', Linjetype: 'Tiltak', Ref: 'D-001', '2027': 600, '2028': '1 200' }],
      planItems: ['14', '7.1/15'],
    });
    const { plan, findings } = read(wb);
    expect(plan.investment[0]).toMatchObject({
      id: 'I-001',
      project: 'P-77',
      purpose: 'Utleiebolig',
      budget: 3_000_000,
    });
    expect(plan.investment[0]).toMatchObject({ finLoan: 3_000_000, years: [3_000_000, null, null, null] });
    expect(plan.economyPlan[0]).toMatchObject({ part: 'Drift', lineType: 'Tiltak', ref: 'D-001', row: 2 });
    expect(plan.economyPlan[0]?.years).toEqual([600_000, 1_200_000, null, null]);
    expect(withCode(findings, 'amount-text')).toEqual([{ sheet: 'Økonomiplan', cell: 'H2' }]);
    expect(plan.planRefs).toEqual(['14', '7.1/15']);
  });

  it('reads every column of the schema into a field of its measure, and only those', () => {
    const wb = canonicalSnapshot({ operating: [MILJOTEAM], investment: [{ ID: 'I-001', Prosjektnr: 'P-1' }] });
    const { plan } = read(wb);
    const derived = ['table', 'sheet', 'row', 'cellColumns', 'invalid'];
    const fields = (m: object | undefined) => Object.keys(m ?? {}).sort();
    const keys = (specs: readonly ColumnSpec[]) => [...specs.map((c) => c.key), ...derived].sort();
    expect(fields(plan.operating[0])).toEqual(keys(OPERATING_COLUMNS));
    expect(fields(plan.investment[0])).toEqual(keys(INVESTMENT_COLUMNS));
  });

  it('splits areas on ";" and takes a priority typed as text', () => {
    const row = { ...MILJOTEAM, Prioritet: '2', 'Berørte planområder': ' Oppvekst ;; Kultur; ', Type: null };
    const m = read(canonicalSnapshot({ operating: [row] })).plan.operating[0];
    expect(m?.areas).toEqual(['Oppvekst', 'Kultur']);
    expect(m?.priority).toBe(2);
    expect(m?.kind).toBe('Varig');
    const bad = read(canonicalSnapshot({ operating: [{ ...MILJOTEAM, Prioritet: 'først' }] })).plan.operating[0];
    expect(bad?.priority).toBeNull();
  });

  it('reads the areas of rows that repeat an areas text like any other', () => {
    const rows = [
      { ...MILJOTEAM, 'Berørte planområder': 'Oppvekst; Kultur' },
      { ...MILJOTEAM, ID: 'D-002', 'Berørte planområder': 'Oppvekst; Kultur' },
      { ...MILJOTEAM, ID: 'D-003', 'Berørte planområder': 'Kultur' },
    ];
    const [a, b, c] = read(canonicalSnapshot({ operating: rows })).plan.operating;
    expect(a?.areas).toEqual(['Oppvekst', 'Kultur']);
    expect(b?.areas).toEqual(['Oppvekst', 'Kultur']);
    expect(c?.areas).toEqual(['Kultur']);
  });

  it('skips fully empty rows and keeps sheet rows', () => {
    const wb = canonicalSnapshot({ operating: [MILJOTEAM, {}, { ...MILJOTEAM, ID: 'D-002' }] });
    expect(read(wb).plan.operating.map((m) => [m.id, m.row])).toEqual([
      ['D-001', 2],
      ['D-002', 4],
    ]);
  });
});

type Case = [string, (wb: WorkbookSnapshot) => WorkbookSnapshot, FindingCode, { sheet: string; cell: string }[]];

const base = () =>
  canonicalSnapshot({ operating: [MILJOTEAM], investment: [{ ID: 'I-001' }], economyPlan: [{ Del: 'Drift' }] });

describe('readPlan: structure findings', () => {
  it.each<Case>([
    [
      'sheet-missing',
      (wb) => withoutSheet(wb, 'Tiltak drift'),
      'sheet-missing',
      [{ sheet: 'Tiltak drift', cell: 'A1' }],
    ],
    [
      'sheet-missing settings',
      (wb) => withoutSheet(wb, 'Innstillinger'),
      'sheet-missing',
      [{ sheet: 'Innstillinger', cell: 'A1' }],
    ],
    [
      'column-missing',
      (wb) => setCell(wb, 'Tiltak drift', 'Q1', 'Foo'),
      'column-missing',
      [{ sheet: 'Tiltak drift', cell: 'A1' }],
    ],
    [
      'column-duplicate',
      (wb) => setCell(wb, 'Tiltak drift', 'U1', 'Ansvarlig'),
      'column-duplicate',
      [{ sheet: 'Tiltak drift', cell: 'U1' }],
    ],
    [
      'year duplicate',
      (wb) => setCell(wb, 'Økonomiplan', 'J1', 2029),
      'column-duplicate',
      [{ sheet: 'Økonomiplan', cell: 'J1' }],
    ],
    [
      'year-columns',
      (wb) => setCell(wb, 'Tiltak investering', 'N1', '2031'),
      'year-columns',
      [{ sheet: 'Tiltak investering', cell: 'N1' }], // the 2031 where 2030 belongs
    ],
    [
      'setting-invalid',
      (wb) => setCell(wb, 'Innstillinger', 'B2', 1999),
      'setting-invalid',
      [{ sheet: 'Innstillinger', cell: 'B2' }],
    ],
    [
      'list-empty',
      (wb) => setCell(setCell(wb, 'Innstillinger', 'K2', null), 'Innstillinger', 'K3', ' '),
      'list-empty',
      [{ sheet: 'Innstillinger', cell: 'K1' }],
    ],
    [
      'formula-overwritten',
      (wb) => setCell(wb, 'Tiltak drift', 'L2', 6000),
      'formula-overwritten',
      [{ sheet: 'Tiltak drift', cell: 'L2' }],
    ],
    [
      'amount-invalid',
      (wb) => setCell(wb, 'Tiltak drift', 'M2', { error: '#REF!' }),
      'amount-invalid',
      [{ sheet: 'Tiltak drift', cell: 'M2' }],
    ],
    [
      'amount-text',
      (wb) => setCell(wb, 'Tiltak drift', 'I2', '1 200'),
      'amount-text',
      [{ sheet: 'Tiltak drift', cell: 'I2' }],
    ],
    [
      'amount-placeholder',
      (wb) => setCell(wb, 'Tiltak drift', 'N2', '----'),
      'amount-placeholder',
      [{ sheet: 'Tiltak drift', cell: 'N2' }],
    ],
    [
      'amount-precision',
      (wb) => setCell(wb, 'Tiltak drift', 'H2', 0.6),
      'amount-precision',
      [{ sheet: 'Tiltak drift', cell: 'H2' }],
    ],
  ])('%s', (_name, mutate, code, expected) => {
    expect(withCode(read(base()).findings, code)).toEqual([]);
    expect(withCode(read(mutate(base())).findings, code)).toEqual(expected);
  });

  it('reports a list-empty for each empty list, at the list table', () => {
    const wb = canonicalSnapshot({ lists: { sections: [], frames: [] } });
    expect(withCode(read(wb).findings, 'list-empty')).toEqual([
      { sheet: 'Innstillinger', cell: 'D1' },
      { sheet: 'Innstillinger', cell: 'H1' },
    ]);
  });

  it('reports table-empty per empty table and one sheet-missing per missing table', () => {
    const empty = read(canonicalSnapshot()).findings;
    expect(withCode(empty, 'table-empty')).toEqual([
      { sheet: 'Tiltak drift', cell: 'A1' },
      { sheet: 'Tiltak investering', cell: 'A1' },
      { sheet: 'Økonomiplan', cell: 'A1' },
    ]);
    const none = read({ sheets: [], tables: [] });
    expect(none.findings.filter((f) => f.code === 'sheet-missing').map((f) => f.params.table)).toEqual([
      'tblInnstillinger',
      'tblTiltakDrift',
      'tblTiltakInvestering',
      'tblOkonomiplan',
    ]);
    expect(none.plan.settings.startYear).toBe(2026);
    expect(none.plan.planRefs).toBeNull();
    expect(none.plan.layouts.operating).toBeNull();
  });

  it('marks invalid amounts and counts them as 0', () => {
    const row = { ...MILJOTEAM, '2028': 'Må utredes', 'Nye midler': true };
    const m = read(canonicalSnapshot({ operating: [row] })).plan.operating[0];
    expect(m?.invalid).toEqual(['year:2028', 'finNew']);
    expect(m?.years[1]).toBe(0);
    expect(m?.finNew).toBe(0);
  });

  it('names the measure on row findings', () => {
    const wb = setCell(base(), 'Tiltak drift', 'M2', 'x');
    expect(read(wb).findings.find((f) => f.code === 'amount-invalid')).toMatchObject({
      measureId: 'D-001',
      severity: 'error',
    });
  });

  it("reads a text cell holding a formula without its stored result as empty, never as the reader's marker", () => {
    // B2 Seksjon, E2 Tiltak, R2 Ansvarlig: each a formula a program that does not calculate wrote without <v>.
    let wb = base();
    for (const a1 of ['B2', 'E2', 'R2']) wb = setCell(wb, 'Tiltak drift', a1, UNCALCULATED);
    const { plan, findings } = read(wb);
    const m = plan.operating[0];
    expect([m?.section, m?.measure, m?.responsible]).toEqual(['', '', '']);
    expect(JSON.stringify(findings)).not.toContain(UNCALCULATED.error);
  });

  it('does not flag a live Sum periode or a source without formulas', () => {
    const wb = base();
    const noFormulas = { ...wb, sheets: wb.sheets.map(({ formulas: _f, ...s }) => s) };
    expect(withCode(read(noFormulas).findings, 'formula-overwritten')).toEqual([]);
    expect(read(noFormulas).plan.operating[0]?.periodSum).toBe(6_000_000);
  });
});

describe('readPlan: where tables are', () => {
  it('finds a table by sheet name without metadata, with free order, aliases and an origin other than A1', () => {
    const header = ['Kommentar', 'Heilårsverknad', 'Responsible', 'Nye midlar', 2027, '2028', 2029, 2030, 'Tiltak'];
    const values: CellValue[][] = [
      ['Tiltaksplan drift', null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      header,
      ['ok', 2400, 'Leder', '2 400', 600, 1200, 1800, 2400, 'Miljøteam'],
    ];
    const wb = canonicalSnapshot();
    const sheets = wb.sheets.map((s) =>
      s.sheet === 'Tiltak drift' ? { sheet: 'Tiltak drift', origin: 'C3', values } : s,
    );
    const { plan, findings } = read(withoutTables({ ...wb, sheets }, ['tblTiltakDrift']));
    expect(plan.layouts.operating).toMatchObject({ tableName: null, headerRow: 5, firstDataRow: 6, lastDataRow: 6 });
    expect(plan.layouts.operating?.columns).toMatchObject({
      comment: 'C',
      fullYear: 'D',
      responsible: 'E',
      finNew: 'F',
      measure: 'K',
    });
    const m = plan.operating[0];
    expect(m).toMatchObject({
      row: 6,
      responsible: 'Leder',
      fullYear: 2_400_000,
      finNew: 2_400_000,
      measure: 'Miljøteam',
    });
    expect(m?.years).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
    expect(['finNew', 'year:2027'].map((key) => m && cellAddress(m, key))).toEqual(['F6', 'G6']);
    expect(withCode(findings, 'amount-text')).toEqual([{ sheet: 'Tiltak drift', cell: 'F6' }]);
    expect(withCode(findings, 'column-missing')).toContainEqual({ sheet: 'Tiltak drift', cell: 'C5' });
    expect(withCode(findings, 'sheet-missing')).toEqual([]);
  });

  it('reads settings and lists by sheet name when the tables lost their metadata', () => {
    const wb = withoutTables(canonicalSnapshot({ startYear: 2030, unit: 'mill kr', planItems: ['1'] }));
    const { plan, findings } = read(wb);
    expect(plan.settings).toMatchObject({ startYear: 2030, unit: 'mill kr' });
    expect(plan.lists.sections).toEqual(['Samfunn og tjenester', 'Organisasjon']);
    expect(plan.lists.frames[0]).toEqual({ code: '2', name: 'Helse og velferd' });
    expect(plan.planRefs).toEqual(['1']);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads a table through a renamed list header by its place', () => {
    const wb = setCell(canonicalSnapshot(), 'Innstillinger', 'D1', 'Avdeling');
    expect(read(wb).plan.lists.sections).toEqual(['Samfunn og tjenester', 'Organisasjon']);
  });

  it('reads only the table range, and a table whose ref lies beyond the snapshot', () => {
    const wb = canonicalSnapshot({ operating: [MILJOTEAM] });
    const tables = wb.tables.map((t) => (t.name === 'tblTiltakDrift' ? { ...t, ref: 'A1:U1048576' } : t));
    const { plan } = read({ ...wb, tables });
    expect(plan.operating).toHaveLength(1);
    expect(plan.layouts.operating?.lastDataRow).toBe(1048576);
  });
});
