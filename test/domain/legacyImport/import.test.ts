import { importLegacy, type CommentNote, type ImportResult } from '../../../src/domain/legacyImport/import';
import { planImportLog } from '../../../src/domain/legacyImport/log';
import type { RowInput } from '../../../src/domain/model/content';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { verdalSnapshot, VERDAL_ROWS, VERDAL_SHEET } from '../../fixtures/make/legacyVerdal';

/** The shell words a Kommentar note; here it shows the data the importer hands over. */
const noteAsData = (note: CommentNote): string => `<${JSON.stringify(note)}>`;
const wb = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets, tables: [] });
const run = (snapshot: SheetSnapshot, opts: { startYear?: number; unit?: Unit } = {}): ImportResult =>
  importLegacy(wb(snapshot), { defaultStartYear: 2027, commentNote: noteAsData, ...opts });
const byRef = (rows: readonly RowInput[], ref: string): RowInput | undefined => rows.find((r) => r.values.ref === ref);
const cellsLogged = (r: ImportResult): string[] => r.log.map((d) => `${d.sheet}!${d.cell}`);

describe('importLegacy on Verdal 6.1 and 6.2', () => {
  describe.each([
    ['with merged header cells', true],
    ['without merge information', false],
  ])('%s', (_name, merges) => {
    const result = run(verdalSnapshot({ merges }));
    const miljo = byRef(result.content.operating, '14');
    const smahus = byRef(result.content.investment, '20');

    it('finds one drift and one investment table', () => {
      expect(result.tables.map((t) => [t.kind, t.cell])).toEqual([
        ['operating', 'A5'],
        ['investment', 'A21'],
      ]);
    });

    it('reads the plan period from the header years', () => {
      expect(result.content.settings).toMatchObject({
        startYear: 2011,
        yearCount: 4,
        unit: '1000 kr',
        priceLevel: 'faste 2011-kroner',
      });
    });

    it.each([
      ['id', 'D-001'],
      ['section', 'Samfunn og tjenester'],
      ['priority', 1],
      ['ref', '14'],
      ['costStatus', 'Beregnet'],
      ['kind', 'Varig'],
      ['fullYear', 2400],
      ['finNew', 2400],
      ['finJoint', 0],
      ['finReallocation', 0],
      ['finOther', 0],
      ['responsible', 'Rådmannen v/kommunalsjef velferd'],
      ['areas', 'Helse, velferd, pleie og omsorg'],
    ])('6.1 miljøteam: %s = %p', (key, value) => {
      expect(miljo?.values[key]).toEqual(value);
    });

    it('6.1 miljøteam: years 600/1 200/1 800/2 400 (Mill kr → 1000 kr) and the text without its reference', () => {
      expect(miljo?.years).toEqual([600, 1200, 1800, 2400]);
      expect(String(miljo?.values.measure)).toMatch(/^Utvidelse miljøteam/);
    });

    it.each([
      ['id', 'I-001'],
      ['costStatus', 'Beregnet'],
      ['budget', 3000],
      ['finLoan', 3],
      ['finGrant', null],
      ['measure', '4 Småhus'],
      ['purpose', 'Annet'],
    ])('6.2 småhus: %s = %p', (key, value) => {
      expect(smahus?.values[key]).toEqual(value);
    });

    it('6.2 småhus: the whole Kostnadsramme falls in the year of the År column', () => {
      expect(smahus?.years).toEqual([3000, null, null, null]);
    });

    it.each([
      ['I-002', 'Ukjent', `${VERDAL_SHEET}!C25`],
      ['I-003', 'Må utredes', `${VERDAL_SHEET}!D26`],
    ])('6.2 %s → %s, logged at its cell', (id, status, cell) => {
      expect(result.content.investment.find((r) => r.values.id === id)?.values.costStatus).toBe(status);
      expect(cellsLogged(result)).toContain(cell);
    });

    it('rows of "----" only become Ingen kostnad with empty amounts', () => {
      const boligplan = byRef(result.content.operating, '2');
      expect(boligplan?.values.costStatus).toBe('Ingen kostnad');
      expect(boligplan?.values.finNew).toBeNull();
      expect(boligplan?.years).toEqual([null, null, null, null]);
      expect(cellsLogged(result)).toContain(`${VERDAL_SHEET}!C9`);
    });

    it('numbers IDs over the tables and builds lists from what it saw', () => {
      expect(result.content.operating.map((r) => r.values.id)).toEqual([
        'D-001',
        'D-002',
        'D-003',
        'D-004',
        'D-005',
        'D-006',
        'D-007',
        'D-008',
        'D-009',
      ]);
      expect(result.content.lists.sections).toEqual(['Samfunn og tjenester', 'Organisasjon']);
      expect(result.content.lists.areas).toEqual(['Helse, velferd, pleie og omsorg']);
      expect(result.content.lists.responsibles).toContain('Leder boligkontor');
      expect(
        result.content.operating.filter((r) => r.values.section === 'Organisasjon').map((r) => r.values.priority),
      ).toEqual([1, 2, 3, 4, 5]);
    });
  });

  it.each([
    ['kr' as Unit, [600_000, 1_200_000, 1_800_000, 2_400_000], 3000],
    ['mill kr' as Unit, [0.6, 1.2, 1.8, 2.4], 0.003],
  ])('converts into the target unit %s', (unit, years, loan) => {
    const result = run(verdalSnapshot(), { unit });
    expect(byRef(result.content.operating, '14')?.years).toEqual(years);
    expect(byRef(result.content.investment, '20')?.values.finLoan).toBe(loan);
    expect(result.content.settings.unit).toBe(unit);
  });

  it('--start maps the drift years by header year: 2011 leaves the period (to Kommentar), the investment moves before it', () => {
    const result = run(verdalSnapshot(), { startYear: 2012 });
    const miljo = byRef(result.content.operating, '14');
    expect(result.content.settings.startYear).toBe(2012);
    expect(miljo?.years).toEqual([1200, 1800, 2400, null]);
    expect(String(miljo?.values.comment)).toContain(
      '<{"code":"year-outside","year":2011,"amount":600,"unit":"1000 kr"}>',
    );
    expect(cellsLogged(result)).toContain(`${VERDAL_SHEET}!D8`);
    expect(byRef(result.content.investment, '20')?.values.before).toBe(3000);
  });

  it('finds the tables anywhere: a snapshot starting at C4 shifts every logged cell', () => {
    const base = verdalSnapshot();
    const shifted: SheetSnapshot = { ...base, origin: 'C4', merges: [] };
    const result = run(shifted);
    expect(result.tables.map((t) => t.cell)).toEqual(['C8', 'C24']);
    expect(cellsLogged(result)).toContain(`${VERDAL_SHEET}!E28`);
    expect(byRef(result.content.operating, '14')?.years).toEqual([600, 1200, 1800, 2400]);
  });

  it('reports no table when no header has Prioritet and Tiltak', () => {
    const result = run({
      sheet: 'Ark1',
      origin: 'A1',
      values: [
        ['Noe annet', 'Tekst'],
        [1, 2],
      ],
    });
    expect(result.tables).toEqual([]);
    expect(result.content.operating).toEqual([]);
    expect(result.log).toHaveLength(2);
    expect(result.content.settings.startYear).toBe(2027);
  });
});

describe('importLegacy details', () => {
  const header: CellValue[] = ['Prioritet', 'Tiltak', 'År', 'Samlet kostnad', 'Tilskudd', 'Annet', 'Lån', 'Ansvarlig'];
  const invest = (row: CellValue[], unitRow?: CellValue[]): SheetSnapshot => ({
    sheet: 'Inv',
    origin: 'A1',
    values: unitRow ? [unitRow, header, ['BYGG'], row] : [header, ['BYGG'], row],
  });

  it('moves an "Annet" financing amount to Kommentar and logs its cell', () => {
    const result = run(invest([1, '3. Bolig', 2028, 1000, 600, 400, null, 'Leder']), { unit: '1000 kr' });
    const row = result.content.investment[0];
    expect(row?.values.finGrant).toBe(600);
    expect(row?.values.comment).toBe('<{"code":"other-financing","amount":400,"unit":"1000 kr"}>');
    expect(cellsLogged(result)).toContain('Inv!F3');
    expect(row?.years).toEqual([null, 1000, null, null]);
    expect(result.content.settings.startYear).toBe(2027);
  });

  it.each([
    ['a number typed as text', '2,4', 2400, 'D3'],
    ['a unit from --unit when the header states none', 2.4, 2400, 'D1'],
  ])('reads %s', (_name, cell, budget, logged) => {
    const result = run(invest([1, 'Bolig', 2027, cell, null, null, null, 'Leder']), { unit: 'mill kr' });
    expect(result.content.investment[0]?.values.budget).toBe(budget / 1000);
    expect(cellsLogged(result)).toContain(`Inv!${logged}`);
  });

  it('a table without a stated unit and without --unit is taken as the target unit', () => {
    const result = run(invest([1, 'Bolig', 2027, 1500, null, null, 1500, 'Leder']));
    expect(result.content.investment[0]?.values.budget).toBe(1500);
    expect(result.content.investment[0]?.values.finLoan).toBe(1500);
  });

  it('text it cannot read in an amount cell goes to Kommentar', () => {
    const result = run(invest([1, 'Bolig', 2027, 'se vedlegg', null, null, null, 'Leder']));
    expect(result.content.investment[0]?.values.costStatus).toBe('Ukjent');
    expect(String(result.content.investment[0]?.values.comment)).toContain('se vedlegg');
  });

  it('a number too large to be an amount goes to Kommentar instead of stopping the import', () => {
    const result = run(invest([1, 'Bolig', 2027, 1e300, 2e9, null, null, 'Leder']), { unit: '1000 kr' });
    const row = result.content.investment[0];
    expect(row?.values.budget).toBeNull();
    expect(row?.values.finGrant).toBeNull();
    expect(String(row?.values.comment)).toContain('1e+300');
    expect(cellsLogged(result)).toEqual(expect.arrayContaining(['Inv!D3', 'Inv!E3']));
  });

  it('measures before any section row get the section "Uten seksjon"', () => {
    const result = run({
      sheet: 'D',
      origin: 'A1',
      values: [
        ['Prioritet', 'Tiltak', '2027', 'Samlet kostnad'],
        [1, 'A', 5, 5],
      ],
    });
    expect(result.content.operating[0]?.values.section).toBe('Uten seksjon');
    expect(result.content.lists.sections).toEqual(['Uten seksjon']);
  });

  it('a drift row with years but zero Samlet kostnad is Engangs', () => {
    const result = run({
      sheet: 'D',
      origin: 'A1',
      values: [['Prioritet', 'Tiltak', '2027', 'Samlet kostnad'], ['DRIFT'], [1, 'A', 5, '----']],
    });
    expect(result.content.operating[0]?.values).toMatchObject({ kind: 'Engangs', fullYear: 0, costStatus: 'Beregnet' });
  });

  it('keeps the seed text of every measure row', () => {
    const result = run(verdalSnapshot());
    const texts = VERDAL_ROWS.filter((r) => typeof r[0] === 'number').length;
    expect(result.content.operating.length + result.content.investment.length).toBe(texts);
  });
});

describe('planImportLog', () => {
  it('writes one numbered row per decision under the header it is given, each worded by the shell', () => {
    const edits = planImportLog(
      [
        { sheet: 'Ark', cell: 'C25', code: 'status-none', params: {} },
        { sheet: 'Ark', cell: 'D26', code: 'ref-split', params: { ref: '14' } },
      ],
      { headers: ['N', 'S', 'C', 'D'], message: (d) => `${d.code} ${JSON.stringify(d.params)}` },
    );
    const cells = edits.find((e) => e.kind === 'setCells');
    expect(cells).toMatchObject({ sheet: 'Importlogg', origin: 'A1' });
    expect(cells?.kind === 'setCells' ? cells.values : []).toEqual([
      ['N', 'S', 'C', 'D'],
      [1, 'Ark', 'C25', 'status-none {}'],
      [2, 'Ark', 'D26', 'ref-split {"ref":"14"}'],
    ]);
  });
});
