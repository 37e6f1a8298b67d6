/**
 * Amount cells of a legacy row the importer cannot read as a number (amounts.ts): nothing is lost, the log
 * says what the cell holds, and an unreadable Samlet kostnad does not make a measure Engangs.
 */
import { importLegacy, type CommentNote, type ImportResult } from '../../../src/domain/legacyImport/import';
import { UNCALCULATED, type CellValue, type SheetSnapshot } from '../../../src/domain/model/snapshot';

const noteAsData = (note: CommentNote): string => `<${JSON.stringify(note)}>`;
const HEADER: CellValue[] = ['Prioritet', 'Tiltak', 'Samlet kostnad', '2027', '2028', '2029', '2030', 'Nye midler'];

const run = (row: CellValue[], formulas?: (string | null)[]): ImportResult => {
  const sheet: SheetSnapshot = {
    sheet: 'Drift',
    origin: 'A1',
    values: [HEADER, ['DRIFT'], row],
    formulas: [[], [], formulas ?? []],
  };
  return importLegacy(
    { sheets: [sheet], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: noteAsData },
  );
};

describe('a formula the file holds without its result (a file not saved by Excel)', () => {
  // Samlet kostnad =G3 (the last year, 400) and 2028 =D3*2 (200), neither with a stored result.
  const result = run(
    [1, 'Miljøteam', UNCALCULATED, 100, UNCALCULATED, 300, 400, 400],
    [null, null, '=G3', null, '=D3*2', null, null, null],
  );
  const row = result.content.operating[0];

  it('keeps the amounts it can read (100, 300, 400) and leaves the others empty, not 0', () => {
    expect(row?.years).toEqual([100, null, 300, 400]);
    expect(row?.values).toMatchObject({ fullYear: null, finNew: 400, costStatus: 'Beregnet' });
  });

  it('does not call the measure Engangs for a Samlet kostnad it could not read', () => {
    expect(row?.values.kind).toBe('Varig');
    expect(result.log.some((d) => d.code === 'one-off')).toBe(false);
  });

  it('logs each formula at its cell and puts it in Kommentar, never the internal marker', () => {
    const logged = result.log.filter((d) => d.code === 'formula-no-result');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['C3', { formula: '=G3' }],
      ['E3', { formula: '=D3*2' }],
    ]);
    expect(row?.values.comment).toBe(
      '<{"code":"formula-no-result","column":"Helårsvirkning","formula":"=G3"}>; ' +
        '<{"code":"formula-no-result","column":"2028","formula":"=D3*2"}>',
    );
    expect(JSON.stringify(result)).not.toContain('#UNCALCULATED');
  });
});

describe('Samlet kostnad and the Engangs decision', () => {
  // An Engangs measure's Helårsvirkning is 0 (SPEC §4): an empty Samlet kostnad is written 0, not left empty.
  it.each([
    ['"----"', 'Engangs', 0, '----'],
    ['0', 'Engangs', 0, 0],
    ['empty', 'Engangs', 0, null],
    ['text it cannot read', 'Varig', null, 'se vedlegg'],
  ])('%s with years 100/200/0/0 → %s, Helårsvirkning %p', (_name, kind, fullYear, total) => {
    const result = run([1, 'Kartlegging', total, 100, 200, 0, 0, null]);
    const row = result.content.operating[0];
    expect(row?.values.kind).toBe(kind);
    expect(row?.values.fullYear).toBe(fullYear);
    expect(row?.years).toEqual([100, 200, 0, 0]);
    // The fill is logged at the Samlet kostnad cell with the Engangs decision.
    const oneOff = result.log.filter((d) => d.code === 'one-off').map((d) => d.cell);
    expect(oneOff).toEqual(kind === 'Engangs' ? ['C3'] : []);
  });
});

describe('an investment whose "År" cell names no year', () => {
  const header: CellValue[] = ['Prioritet', 'Tiltak', 'År', 'Samlet kostnad Mill. kr.', 'Lån (mill kr)'];
  const invest = (year: CellValue, budget: CellValue): ImportResult =>
    importLegacy(
      {
        sheets: [{ sheet: 'Inv', origin: 'A1', values: [header, ['BOLIG'], [1, 'Småhus', year, budget, budget]] }],
        tables: [],
      },
      { defaultStartYear: 2027, unit: '1000 kr', commentNote: noteAsData },
    );

  it('empty: the Kostnadsramme (1,5 mill = 1 500) is kept but placed on no year, and the log says so at the År cell', () => {
    const result = invest(null, '1,5');
    const row = result.content.investment[0];
    expect(row?.values).toMatchObject({ budget: 1500, finLoan: 1500, before: null, after: null });
    expect(row?.years).toEqual([null, null, null, null]);
    const logged = result.log.find((d) => d.code === 'cost-year-empty');
    expect(logged).toMatchObject({ cell: 'C3', params: { amount: 1500, unit: '1000 kr' } });
  });

  it.each([
    ['2028–2029', '2028–2029'],
    ['etter 2030', 'etter 2030'],
    [12, '12'],
  ])('%p: nothing placed, the text logged and kept in Kommentar', (year, text) => {
    const result = invest(year, 2);
    const row = result.content.investment[0];
    expect(row?.values.budget).toBe(2000);
    expect(row?.years).toEqual([null, null, null, null]);
    expect(row?.values.comment).toBe(`<{"code":"cost-year-text","text":"${text}"}>`);
    expect(result.log.find((d) => d.code === 'cost-year-text')).toMatchObject({ cell: 'C3', params: { text } });
  });

  it('"?" says nothing more than its Kostnadsstatus Ukjent', () => {
    const result = invest('?', null);
    expect(result.content.investment[0]?.values.costStatus).toBe('Ukjent');
    expect(result.log.filter((d) => d.code.startsWith('cost-year'))).toEqual([]);
  });
});

describe('a unit written as a compound or a bare word over the amount columns', () => {
  it.each([
    ['Kostnad i 1000-kroner', 2400, 2400],
    ['Kostnad (mill.)', 2.4, 2400],
  ])('%p: %p typed → %p in 1000 kr', (group, typed, expected) => {
    const values: CellValue[][] = [
      ['Prioritet', 'Tiltak', group, null, 'Ansvarlig'],
      [null, null, '2027', '2028', null],
      ['DRIFT'],
      [1, 'Miljøteam', typed, typed, 'Rådmannen'],
    ];
    const sheet: SheetSnapshot = { sheet: 'Drift', origin: 'A1', values, merges: ['C1:D1'] };
    // Read as kr ("1000-kroner" before) or not read at all ("(mill.)": the target unit), both off by 1000.
    const result = importLegacy({ sheets: [sheet], tables: [] }, { defaultStartYear: 2027, commentNote: noteAsData });
    expect(result.content.operating[0]?.years.slice(0, 2)).toEqual([expected, expected]);
  });
});

describe('a drift table with both "Samlet kostnad" and its own Helårsvirkning column', () => {
  it.each([
    ['Samlet kostnad first', ['Samlet kostnad', 'Helårsvirkning'], [1000, 400]],
    ['Helårsvirkning first', ['Helårsvirkning', 'Samlet kostnad'], [400, 1000]],
  ])(
    '%s: Helårsvirkning 400 is kept, the total 1 000 (= 100 + 200 + 300 + 400) is not taken for it',
    (_n, heads, amounts) => {
      const values: CellValue[][] = [
        ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', ...heads, 'Nye midler'],
        ['HELSE'],
        [1, 'Miljøteam', 100, 200, 300, 400, ...amounts, 400],
      ];
      const result = importLegacy(
        { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
        { defaultStartYear: 2027, unit: '1000 kr', commentNote: noteAsData },
      );
      expect(result.content.operating[0]?.values).toMatchObject({ fullYear: 400, finNew: 400, kind: 'Varig' });
      expect(result.content.operating[0]?.years).toEqual([100, 200, 300, 400]);
      const mapped = result.log.filter((d) => d.code === 'column-mapped').map((d) => d.params);
      expect(mapped).toEqual(expect.arrayContaining([{ column: 'Samlet kostnad', header: 'Sum periode' }]));
    },
  );
});

describe('a text amount with one dot and three digits ("1.275") in a column above 1000 kr', () => {
  // Columns C–F are Mill kr (the merged group cell), G Nye midler in 1000 kr (its own unit). Target: 1000 kr.
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', 'Kostnad – Mill kr.', null, null, null, 'Nye midler (1000 kr)'],
    [null, null, 2027, 2028, 2029, 2030, null],
    ['BOLIG'],
    [1, 'Miljøteam', '1.275', '1,275', '12.5', '−2.400 kr', '1.275'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: ['C1:F1'] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: noteAsData },
  );

  it('keeps the value SPEC §7 reads (a dot groups thousands): 1 275 mill = 1 275 000 thousand', () => {
    // "1,275" mill = 1 275 thousand; "12.5" (one digit after the dot: a decimal point) = 12 500 thousand;
    // "−2.400 kr" names its own unit, kroner: −2 400 kr = −2,4 thousand (kroner-in-column, kronerAmounts.test.ts).
    // Nye midler "1.275" in 1000 kr = 1 275 thousand.
    expect(result.content.operating[0]?.years).toEqual([1_275_000, 1275, 12_500, -2.4]);
    expect(result.content.operating[0]?.values.finNew).toBe(1275);
  });

  it('warns at each cell where a decimal point may have been meant, and only there', () => {
    const warned = result.log.filter((d) => d.code === 'dot-ambiguous');
    expect(warned.map((d) => [d.sheet, d.cell, d.params])).toEqual([
      ['Drift', 'C4', { text: '1.275', number: 1275, unit: 'mill kr' }],
    ]);
  });
});

describe('an amount typed with its own unit ("0,5 mill", "250 tusen")', () => {
  // The table states no unit, so its columns are in the --unit, 1000 kr; a cell's own unit wins for that cell.
  const result = run([1, 'Kartlegging', '0,5 mill', '0,25 mill kr', '250 tusen', '1,2345678 mill', 100, '0,5 mill']);
  const row = result.content.operating[0];

  it('is read in its unit, into 1000 kr: 0,5 mill = 500 000 kr = 500; 1,2345678 mill = 1 234 567,8 → 1 234 568 kr', () => {
    expect(row?.values.fullYear).toBe(500);
    // 0,25 mill = 250; 250 tusen = 250; 1 234 568 kr = 1 234,568; 100 as typed in the column's 1000 kr.
    expect(row?.years).toEqual([250, 250, 1234.568, 100]);
    expect(row?.values.finNew).toBe(500);
    expect(row?.values.comment).toBe('');
  });

  it('logs each such cell with its text as typed, the number and the unit it was read in', () => {
    const logged = result.log.filter((d) => d.code === 'number-with-unit');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['C3', { number: 0.5, unit: 'mill kr', typed: '0,5 mill' }],
      ['D3', { number: 0.25, unit: 'mill kr', typed: '0,25 mill kr' }],
      ['E3', { number: 250, unit: '1000 kr', typed: '250 tusen' }],
      ['F3', { number: 1.2345678, unit: 'mill kr', typed: '1,2345678 mill' }],
      ['H3', { number: 0.5, unit: 'mill kr', typed: '0,5 mill' }],
    ]);
  });
});
