import { importLegacy } from '../../../src/domain/legacyImport/import';
import { isTotalLabel } from '../../../src/domain/legacyImport/totalRows';
import type { CellValue, SheetSnapshot } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', 'Samlet kostnad', 'Nye midler', 'Ansvarlig'];

const run = (sheet: SheetSnapshot) =>
  importLegacy(
    { sheets: [sheet], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

describe('total rows are never measures (SPEC §11)', () => {
  it.each([
    'Sum',
    'Sum drift',
    'SUM INVESTERING',
    'Totalt',
    'I alt',
    'Sum totalt:',
    'total',
    'Summer',
    'SUMMER:',
    'Totalsum drift',
    'Til sammen',
    'Tilsammen:',
  ])('%p is a total label', (t) => expect(isTotalLabel(t)).toBe(true));
  it.each(['Summer for ungdom', 'Total renovering av Øra skole', 'Utvidelse miljøteam', 'Isum', 'Tilsammenslåing'])(
    '%p is not a total label',
    (t) => expect(isTotalLabel(t)).toBe(false),
  );

  // Rows 1 header, 2 section, 3–4 measures, 5–8 total rows in four spellings/forms.
  const values: CellValue[][] = [
    HEADER,
    ['SAMFUNN'],
    [1, 'Miljøteam', 600, 1200, 2400, 2400, 'Rådmannen'],
    [2, 'Bo Kart', 150, null, 0, 150, 'Boligkontoret'],
    [null, 'Sum drift', 750, 1200, 2400, 2550, null],
    ['Totalt', null, 750, 1200, 2400, 2550, null],
    [null, 'I alt', 750, 1200, 2400, 2550, null],
    [null, null, 750, 1200, 2400, 2550, null],
  ];
  const formulas: (string | null)[][] = values.map(() => HEADER.map(() => null));
  // Row 8 has no label, only =SUM over the measures above; row 3 sums its own years (not a total row).
  formulas[7] = [null, null, '=SUM(C3:C4)', '=SUM(D3:D4)', '=SUM($E$3:$E$4)', '=SUM(F3:F4)', null];
  formulas[2] = [null, null, null, null, '=SUM(C3:D3)', null, null];
  const result = run({ sheet: 'Drift', origin: 'A1', values, formulas });

  it('imports only the two measures: the operating totals are not doubled', () => {
    expect(result.content.operating.map((r) => r.values.measure)).toEqual(['Miljøteam', 'Bo Kart']);
    const years = result.content.operating.map((r) => r.years[0] ?? 0);
    expect(years.reduce((a, b) => a + b, 0)).toBe(750);
  });

  it('logs every skipped row with its label or formula', () => {
    const skipped = result.log.filter((d) => d.code === 'total-row-label' || d.code === 'total-row-formula');
    expect(skipped.map((d) => [d.cell, d.code, d.params])).toEqual([
      ['A5', 'total-row-label', { row: 5, label: 'Sum drift' }],
      ['A6', 'total-row-label', { row: 6, label: 'Totalt' }],
      ['A7', 'total-row-label', { row: 7, label: 'I alt' }],
      ['A8', 'total-row-formula', { row: 8, formula: '=SUM(C3:C4)' }],
    ]);
  });
});

describe("a total row without a label, summed with SUBTOTAL (Excel's AutoSum under a filtered list)", () => {
  const values: CellValue[][] = [
    HEADER,
    ['SAMFUNN'],
    [1, 'Miljøteam', 600, 1200, 2400, 2400, 'Rådmannen'],
    [2, 'Bo Kart', 150, null, 0, 150, 'Boligkontoret'],
    [null, null, 750, 1200, 2400, 2550, null],
    [null, null, 750, 1200, 2400, 2550, null],
    ['Summer', null, 750, 1200, 2400, 2550, null],
  ];
  const formulas: (string | null)[][] = values.map(() => HEADER.map(() => null));
  formulas[4] = [null, null, '=SUBTOTAL(9,C3:C4)', '=SUBTOTAL(9,D3:D4)', null, null, null];
  formulas[5] = [null, null, '=SUBTOTAL(109;$C$3:$C$4)', null, null, null, null];
  const result = run({ sheet: 'Drift', origin: 'A1', values, formulas });

  it('is skipped: only the two measures, 600 + 150 = 750 in 2027 and Nye midler 2 400 + 150 = 2 550', () => {
    expect(result.content.operating.map((r) => r.values.measure)).toEqual(['Miljøteam', 'Bo Kart']);
    expect(result.content.operating.reduce((s, r) => s + (r.years[0] ?? 0), 0)).toBe(750);
    expect(result.content.operating.reduce((s, r) => s + Number(r.values.finNew), 0)).toBe(2550);
  });

  it('logs the formula or label of each', () => {
    const skipped = result.log.filter((d) => d.code === 'total-row-label' || d.code === 'total-row-formula');
    expect(skipped.map((d) => [d.cell, d.params])).toEqual([
      ['A5', { row: 5, formula: '=SUBTOTAL(9,C3:C4)' }],
      ['A6', { row: 6, formula: '=SUBTOTAL(109;$C$3:$C$4)' }],
      ['A7', { row: 7, label: 'Summer' }],
    ]);
  });
});

describe('a cell merged down over several rows gives its value to each (SPEC §11)', () => {
  const values: CellValue[][] = [
    HEADER,
    ['SAMFUNN'],
    [1, 'A', 100, 100, 100, 100, 'Rådmannen'],
    [2, 'B', 200, 200, 200, 200, null],
    [3, 'C', 300, 300, 300, 300, null],
    [4, 'D', 400, 400, 400, 400, 'Leder boligkontor'],
  ];
  // G3:G5 holds «Rådmannen» once for A, B and C; C3:C4 (an amount) is merged too, but amounts are not copied.
  const result = run({ sheet: 'Drift', origin: 'A1', values, merges: ['G3:G5', 'A1:A1'] });

  it('every row the merge covers gets Ansvarlig «Rådmannen»; the next row keeps its own', () => {
    expect(result.content.operating.map((r) => r.values.responsible)).toEqual([
      'Rådmannen',
      'Rådmannen',
      'Rådmannen',
      'Leder boligkontor',
    ]);
    expect(result.content.lists.responsibles).toEqual(['Rådmannen', 'Leder boligkontor']);
  });

  it('logs the covered rows, naming the merged range', () => {
    const logged = result.log.filter((d) => d.code === 'merged-cell');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['G4', { value: 'Rådmannen', range: 'G3:G5' }],
      ['G5', { value: 'Rådmannen', range: 'G3:G5' }],
    ]);
  });
});
