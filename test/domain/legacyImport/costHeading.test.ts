/**
 * A heading «Kostnad» alone (no year, no other word): the measure's cost, as «Samlet kostnad», «Tiltakets kostnad»
 * and «Tiltakskostnad» are (SPEC §11: Helårsvirkning in drift, Kostnadsramme in investering). It was a column with no
 * place, so its unit («Kostnad (mill kr)») was not «stated elsewhere in the same table's header» for the year
 * columns, which took --unit: 0,1 mill kr became 0,1 thousand, 1 000 times too little. Figures by hand:
 * mill kr × 1000 = 1000 kr.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Ark1', origin: 'A1', values: rows, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

const figures = (r: ImportResult): unknown[] =>
  r.content.operating.map((m) => [m.values.fullYear, ...m.years, m.values.comment]);

describe('a «Kostnad» heading alone', () => {
  it('«Kostnad (mill kr)» is Helårsvirkning, and its mill kr is the unit of the year columns that state none', () => {
    const r = run([
      ['Prioritet', 'Tiltak', 'Kostnad (mill kr)', '2027', '2028', '2029', '2030', 'Ansvarlig'],
      [1, 'Familieteam', 0.4, 0.1, 0.2, 0.3, 0.4, 'NAV'],
    ]);
    // 0,4 mill = 400 thousand; 0,1 / 0,2 / 0,3 / 0,4 mill = 100 / 200 / 300 / 400 thousand.
    expect(figures(r)).toEqual([[400, 100, 200, 300, 400, '']]);
    const mapped = r.log.find((d) => d.cell === 'C1' && d.code === 'column-mapped');
    expect(mapped?.params).toMatchObject({ column: 'Kostnad (mill kr)' });
  });

  it('«Kostnad» with no unit takes --unit like the year columns', () => {
    const r = run([
      ['Prioritet', 'Tiltak', 'Kostnad', '2027', '2028', '2029', '2030', 'Ansvarlig'],
      [1, 'Familieteam', 400, 100, 200, 300, 400, 'NAV'],
    ]);
    expect(figures(r)).toEqual([[400, 100, 200, 300, 400, '']]);
  });

  it('«Kostnad drift» (another word after it) stays a column with no place, its cells in Kommentar', () => {
    const r = run([
      ['Prioritet', 'Tiltak', 'Kostnad drift', '2027', '2028', '2029', '2030', 'Ansvarlig'],
      [1, 'Familieteam', 400, 100, 200, 300, 400, 'NAV'],
    ]);
    expect(figures(r)).toEqual([[null, 100, 200, 300, 400, 'column-unplaced']]);
  });

  it('a second table «Tiltak | Kostnad» without Prioritet, with money under it, is named as not read', () => {
    const r = run([
      ['Prioritet', 'Tiltak', '2027', '2028'],
      [1, 'Familieteam', 250, 400],
      [],
      ['Tiltak', 'Kostnad'],
      ['Leksehjelp', 120],
    ]);
    expect(r.log.filter((d) => d.code === 'unread-header').map((d) => d.cell)).toEqual(['A4']);
  });
});

describe('a unit stated over a column that holds no amount the importer converts', () => {
  // SPEC §11: an amount column with no unit of its own or of its group takes «the unit stated elsewhere in the same
  // table's header». «Sum periode (mill kr)» (the canonical formula column) and «Budsjett (mill kr)» (a column with
  // no place) state it as well as an amount column does; the year columns took --unit, 1 000 times too little.
  it.each([['Sum periode (mill kr)'], ['Budsjett (mill kr)']])('%p: the year columns are mill kr', (heading) => {
    const r = run([
      ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', heading, 'Ansvarlig'],
      [1, 'Familieteam', 0.1, 0.2, 0.3, 0.4, 1, 'NAV'],
    ]);
    // 0,1 / 0,2 / 0,3 / 0,4 mill = 100 / 200 / 300 / 400 thousand.
    expect(r.content.operating.map((m) => m.years)).toEqual([[100, 200, 300, 400]]);
    const units = r.log.filter((d) => d.code === 'column-unit-converted').map((d) => d.cell);
    expect(units).toEqual(['C1', 'D1', 'E1', 'F1']);
  });
});

describe('«Kostnad 2027»: the year with the word for what its column holds', () => {
  // Each was a column with no place: the money went to Kommentar, the measure was Ukjent and the period the default.
  it("is that year's column, its unit read as after a bare year", () => {
    const r = importLegacy(
      {
        sheets: [
          {
            sheet: 'Ark1',
            origin: 'A1',
            values: [
              ['Prioritet', 'Tiltak', 'Kostnad 2025', 'Kostnad 2026 (mill kr)', 'Kostnader 2027', 'Kostnad 2028'],
              [1, 'Familieteam', 0.1, 0.2, 0.3, 0.3],
            ],
            merges: [],
          },
        ],
        tables: [],
      },
      { defaultStartYear: 2030, unit: '1000 kr', commentNote: (n) => n.code },
    );
    // The period from the first year column: 2025–2028. Mill kr stated over 2026 is the table's unit for the others:
    // 0,1 / 0,2 / 0,3 / 0,3 mill = 100 / 200 / 300 / 300 thousand.
    expect(r.content.settings.startYear).toBe(2025);
    expect(figures(r)).toEqual([[null, 100, 200, 300, 300, '']]);
    expect(r.content.operating[0]?.values.costStatus).toBe('Beregnet');
  });

  it('«Kostnad 2027 budsjett» and «Budsjett 2027» stay columns with no place', () => {
    const r = run([
      ['Prioritet', 'Tiltak', '2027', 'Kostnad 2027 budsjett', 'Budsjett 2027'],
      [1, 'Familieteam', 100, 90, 80],
    ]);
    expect(r.log.filter((d) => d.code === 'column-unknown').map((d) => d.cell)).toEqual(['D1', 'E1']);
  });
});
