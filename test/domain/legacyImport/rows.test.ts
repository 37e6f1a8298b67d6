/**
 * A cell merged down over several rows in an amount column (rows.ts): a status, a "----" or an År written
 * once for a group holds for each row it covers; a number merged down counts once. Figures by hand.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', 'År', 'Samlet kostnad Mill. kr.', 'Lån (mill kr)', 'Ansvarlig'];

describe('an amount cell merged down over several rows', () => {
  const values: CellValue[][] = [
    HEADER,
    ['BOLIG'],
    [1, 'Småhus A', 2027, 3, 3, 'Rådmannen'],
    [2, 'Småhus B', null, 1.5, 1.5, 'Rådmannen'],
    [3, 'Omsorgsboliger', 2028, 'Må utredes', null, 'Leder'],
    [4, 'Omsorgsboliger fase 2', 2029, null, null, 'Leder'],
    [5, 'Felles prosjekt', 2028, 4, 4, 'Leder'],
    [6, 'Felles prosjekt del 2', 2028, null, null, 'Leder'],
  ];
  // C3:C4 one year for A and B; D5:D6 «Må utredes» for both; D7:E8 4 mill for the two parts together.
  const result = importLegacy(
    { sheets: [{ sheet: 'Inv', origin: 'A1', values, merges: ['C3:C4', 'D5:D6', 'D7:D8', 'E7:E8'] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );
  const rows = result.content.investment;

  it("a year merged down places each row's own Kostnadsramme in it: 3 000 and 1 500 in 2027", () => {
    expect(rows.slice(0, 2).map((r) => [r.values.budget, ...r.years])).toEqual([
      [3000, 3000, null, null, null],
      [1500, 1500, null, null, null],
    ]);
  });

  it('«Må utredes» merged down is the status of each row it covers', () => {
    expect(rows.slice(2, 4).map((r) => r.values.costStatus)).toEqual(['Må utredes', 'Må utredes']);
  });

  it('4 mill merged down counts once, on its first row: 4 000 in all, not 8 000', () => {
    expect(rows.slice(4).map((r) => [r.values.budget, r.values.finLoan])).toEqual([
      [4000, 4000],
      [null, null],
    ]);
    const total = rows.reduce((s, r) => s + (typeof r.values.budget === 'number' ? r.values.budget : 0), 0);
    expect(total).toBe(3000 + 1500 + 4000);
  });

  it('logs every covered cell with the merged range', () => {
    const logged = result.log.filter((d) => d.code === 'merged-cell' || d.code === 'merged-amount');
    expect(logged.map((d) => [d.cell, d.code, d.params])).toEqual([
      ['C4', 'merged-cell', { value: '2027', range: 'C3:C4' }],
      ['D6', 'merged-cell', { value: 'Må utredes', range: 'D5:D6' }],
      ['D8', 'merged-amount', { number: 4, range: 'D7:D8', row: 7 }],
      ['E8', 'merged-amount', { number: 4, range: 'E7:E8', row: 7 }],
    ]);
  });
});

describe('a Tiltak text merged down over several measure rows', () => {
  // «7. Bo Kart i alle enheter» written once (B3:B5) for three rows, each with its own priority and money.
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Nye midler (mill kr)', 'Ansvarlig'],
    ['BOLIG'],
    [1, '7. Bo Kart i alle enheter', 0.1, 0.1, 0.1, 0.1, 0.1, 'Boligkontoret'],
    [2, null, 0.2, 0.2, '----', '----', 0.4, 'NAV'],
    [3, null, 0.05, null, null, null, 0.05, 'Helse'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: ['B3:B5'] }], tables: [] },
    { defaultStartYear: 2027, unit: 'kr', commentNote: (n) => n.code },
  );
  const rows = result.content.operating;

  it('gives every row the text and its reference; each keeps its own money (Mill kr → kroner)', () => {
    expect(rows.map((r) => [r.values.priority, r.values.ref, r.values.measure, ...r.years, r.values.finNew])).toEqual([
      [1, '7', 'Bo Kart i alle enheter', 100_000, 100_000, 100_000, 100_000, 100_000],
      [2, '7', 'Bo Kart i alle enheter', 200_000, 200_000, 0, 0, 400_000],
      [3, '7', 'Bo Kart i alle enheter', 50_000, null, null, null, 50_000],
    ]);
  });

  it('logs the covered rows with the merged range', () => {
    const logged = result.log.filter((d) => d.code === 'merged-cell');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['B4', { value: '7. Bo Kart i alle enheter', range: 'B3:B5' }],
      ['B5', { value: '7. Bo Kart i alle enheter', range: 'B3:B5' }],
    ]);
  });
});

describe('a Ref. merged down over several measure rows', () => {
  // Ref. «7» written once (B3:B4) for two measures, each with its own Tiltak and money.
  const values: CellValue[][] = [
    ['Prioritet', 'Ref.', 'Tiltak', '2027', '2028', '2029', '2030', 'Nye midler', 'Ansvarlig'],
    ['BOLIG'],
    [1, '7', 'Bo Kart', 100, 100, 100, 100, 100, 'Boligkontoret'],
    [2, null, 'Bo Kart i NAV', 200, 200, 200, 200, 200, 'NAV'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: ['B3:B4'] }], tables: [] },
    { defaultStartYear: 2027, unit: 'kr', commentNote: (n) => n.code },
  );

  it('is both rows’ Ref., and the covered row is logged once, not once per reader of the cell', () => {
    expect(result.content.operating.map((r) => [r.values.priority, r.values.ref])).toEqual([
      [1, '7'],
      [2, '7'],
    ]);
    const logged = result.log.filter((d) => d.code === 'merged-cell');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([['B4', { value: '7', range: 'B3:B4' }]]);
  });
});

describe('an amount merged across several year columns', () => {
  const header: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Nye midler'];
  // C2:F2 holds 400 (1000 kr) once over the four years: the first column's, 2027 (400 000 kr), never 4 × 400.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [header, [1, 'Miljøteam', 400, null, null, null, 400]],
          merges: ['C2:F2'],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

  it("counts once, in 2027, the merge's first column: 400, then three empty years", () => {
    expect(result.content.operating[0]?.years).toEqual([400, null, null, null]);
  });

  it('says so at each covered cell (D2, E2, F2), naming the range and the cell it counted in', () => {
    const logged = result.log.filter((d) => d.code === 'merged-amount-across');
    expect(logged.map((d) => [d.cell, d.params])).toEqual(
      ['D2', 'E2', 'F2'].map((cell) => [cell, { number: 400, range: 'C2:F2', at: 'C2' }]),
    );
  });
});

describe('a row of nothing but "----" (a spare line of the Word table)', () => {
  const header: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Nye midler'];
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            header,
            ['BOLIG'],
            [1, 'Miljøteam', 100, 100, 100, 100, 400], // row 3
            [null, null, '----', '----', '----', '----', 0], // row 4: no text, priority, ID or Ref.
            [2, 'Bo Kart', '----', '----', '----', '----', '----'], // row 5: a measure of its own (Ingen kostnad)
          ],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

  it('is no measure: two measures, not three', () => {
    expect(result.content.operating.map((m) => [m.values.measure, m.values.costStatus])).toEqual([
      ['Miljøteam', 'Beregnet'],
      ['Bo Kart', 'Ingen kostnad'],
    ]);
  });

  it('is logged at A4', () => {
    expect(result.log.filter((d) => d.code === 'placeholder-row')).toEqual([
      { sheet: 'Drift', cell: 'A4', code: 'placeholder-row', params: { row: 4 } },
    ]);
  });
});
