import { importLegacy } from '../../../src/domain/legacyImport/import';
import { isTotalLabel } from '../../../src/domain/measures/totalLabel';
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
    'Delsum',
    'DELSUM SAMFUNN OG TJENESTER',
    'Delsum:',
    'Sum.',
    'Totalt.',
    'I alt.',
    'Subtotal',
    'Sub-total:',
    'Summer.',
  ])('%p is a total label', (t) => expect(isTotalLabel(t)).toBe(true));
  it.each([
    'Summer for ungdom',
    'Total renovering av Øra skole',
    'Utvidelse miljøteam',
    'Isum',
    'Tilsammenslåing',
    'Sommerskole',
    'Summer av tilskudd til lag',
    'Sumpområde ved Leira',
    'Delsummering',
    'Totaltilbud',
  ])('%p is not a total label', (t) => expect(isTotalLabel(t)).toBe(false));

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

/**
 * A measure whose text starts with a total word (docs/spec.md §11, "Import: a total word on a measure"):
 * a Mill kr table read into kroner, two sections, a section subtotal, a numbered total row and a grand total.
 * Figures by hand: 0,15 mill = 150 000 kr; «Sum drift» 1,2 mill in 2027 = 600 000 + 150 000 + 50 000 + 400 000.
 */
describe('a measure named «Sum …» or «Totalt …» with its own priority is kept, with its money', () => {
  const header: CellValue[] = [
    'Prioritet',
    'Tiltak',
    '2027',
    '2028',
    '2029',
    '2030',
    'Nye midler (mill kr)',
    'Ansvarlig',
  ];
  const values: CellValue[][] = [
    header,
    ['SAMFUNN OG TJENESTER'],
    [1, 'Utvidelse miljøteam', 0.6, 1.2, 1.8, 2.4, 2.4, 'Rådmannen'],
    [2, 'Sum opp kartlegging av boligbehov', 0.15, 0.15, '----', '----', 0.3, 'Boligkontoret'],
    [null, 'Sum samfunn og tjenester', 0.75, 1.35, 1.8, 2.4, 2.7, null],
    ['ORGANISASJON'],
    [1, 'Summer camp for unge', 0.05, 0.05, 0.05, 0.05, 0.05, 'Kultursjef'],
    [2, 'Totalt nytt tak på boligkontoret', 0.4, null, null, null, 0.4, 'Eiendom'],
    // Numbered like the measures, but every amount is the sum of rows 7 and 8: a total row.
    [3, 'Sum', 0.45, 0.05, 0.05, 0.05, 0.45, null],
    [null, 'Sum drift', 1.2, 1.4, 1.85, 2.45, 3.15, null],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2027, unit: 'kr', commentNote: (n) => n.code },
  );
  const rows = result.content.operating;

  it('imports the four measures with their years and Nye midler in kroner', () => {
    expect(rows.map((r) => [r.values.measure, r.values.priority, ...r.years, r.values.finNew])).toEqual([
      ['Utvidelse miljøteam', 1, 600_000, 1_200_000, 1_800_000, 2_400_000, 2_400_000],
      ['Sum opp kartlegging av boligbehov', 2, 150_000, 150_000, 0, 0, 300_000],
      ['Summer camp for unge', 1, 50_000, 50_000, 50_000, 50_000, 50_000],
      ['Totalt nytt tak på boligkontoret', 2, 400_000, null, null, null, 400_000],
    ]);
  });

  it("the measures add up to the plan's own «Sum drift» (1,2 / 1,4 / 1,85 / 2,45 mill; Nye midler 3,15 mill)", () => {
    const sum = (f: (r: (typeof rows)[number]) => number | null | undefined) =>
      rows.reduce((s, r) => s + (f(r) ?? 0), 0);
    expect([0, 1, 2, 3].map((i) => sum((r) => r.years[i]))).toEqual([1_200_000, 1_400_000, 1_850_000, 2_450_000]);
    expect(sum((r) => Number(r.values.finNew))).toBe(3_150_000);
  });

  it('logs the kept measures and the three skipped total rows, each with its reason', () => {
    const codes = new Set(['total-row-label', 'total-row-sum', 'total-row-formula', 'total-label-measure']);
    expect(result.log.filter((d) => codes.has(d.code)).map((d) => [d.cell, d.code, d.params])).toEqual([
      ['A4', 'total-label-measure', { row: 4, label: 'Sum opp kartlegging av boligbehov' }],
      ['A5', 'total-row-label', { row: 5, label: 'Sum samfunn og tjenester' }],
      ['A8', 'total-label-measure', { row: 8, label: 'Totalt nytt tak på boligkontoret' }],
      ['A9', 'total-row-sum', { row: 9, label: 'Sum' }],
      ['A10', 'total-row-label', { row: 10, label: 'Sum drift' }],
    ]);
  });
});

describe('a numbered row is a total only when its amounts are the sum of at least two measures above', () => {
  const values: CellValue[][] = [
    HEADER,
    ['SAMFUNN'],
    [1, 'Miljøteam', 600, 1200, 2400, 2400, 'Rådmannen'],
    // Equal to the one measure above: a copy proves nothing, so this is a measure of its own.
    [2, 'Sum opp miljøteamets erfaringer', 600, 1200, 2400, 2400, 'Rådmannen'],
    // 600 + 600 in 2027 but 1 200 + 1 200 ≠ 2 000 in 2028: not the sum, a measure.
    [3, 'Totalt løft for boligkontoret', 1200, 2000, 4800, 4800, 'Boligkontoret'],
    // B5:B6 merges «Totalt løft …» down over row 6 too: it reads like a total, but priority 4 keeps it.
    [4, null, 10, 10, 10, 10, null],
  ];
  const result = run({ sheet: 'Drift', origin: 'A1', values, merges: ['B5:B6'] });

  it("keeps all four rows, and the merged text is the fourth row's text too", () => {
    expect(result.content.operating.map((r) => [r.values.measure, r.years[0], r.values.finNew])).toEqual([
      ['Miljøteam', 600, 2400],
      ['Sum opp miljøteamets erfaringer', 600, 2400],
      ['Totalt løft for boligkontoret', 1200, 4800],
      ['Totalt løft for boligkontoret', 10, 10],
    ]);
  });
});

describe('a typed total row with neither label nor formula: only the sums of the measures above', () => {
  const result = run({
    sheet: 'Drift',
    origin: 'A1',
    values: [
      HEADER,
      ['SAMFUNN'],
      [1, 'Miljøteam', 600, 1200, 2400, 2400, 'Rådmannen'],
      [2, 'Bo Kart', 150, null, 0, 150, 'Boligkontoret'],
      // Typed under the measures: 2027 600 + 150 = 750, 2028 1 200 + 0, Samlet 2 400 + 0, Nye midler 2 400 + 150 = 2 550.
      [null, null, 750, 1200, 2400, 2550, null],
      // Not the sums (760 ≠ 750) and no text: kept as a row of its own, for the checker to flag its missing Tiltak.
      [null, null, 760, 1200, 2400, 2550, null],
    ],
  });

  it('is skipped: 2027 stays 600 + 150 = 750 over the measures, not 1 500', () => {
    expect(result.content.operating.map((r) => r.values.measure)).toEqual(['Miljøteam', 'Bo Kart', '']);
    expect(result.content.operating.slice(0, 2).reduce((s, r) => s + (r.years[0] ?? 0), 0)).toBe(750);
    expect(result.content.operating[2]?.years[0]).toBe(760);
  });

  it('is logged at A5 as a total row of sums', () => {
    expect(result.log.filter((d) => d.code === 'total-row-unlabelled')).toEqual([
      { sheet: 'Drift', cell: 'A5', code: 'total-row-unlabelled', params: { row: 5 } },
    ]);
  });
});
