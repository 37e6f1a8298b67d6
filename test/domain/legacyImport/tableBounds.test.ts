/**
 * Where a legacy table's rows start and end (header.ts): an empty row between two sections does not end
 * the table, and a section row right under a one-row header is not a second header row. Figures by hand.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import { UNCALCULATED, type CellValue, type SheetSnapshot } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Nye midler', 'Ansvarlig'];

const run = (values: CellValue[][], merges: string[] = []): ImportResult => {
  const sheet: SheetSnapshot = { sheet: 'Drift', origin: 'A1', values, merges };
  return importLegacy(
    { sheets: [sheet], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );
};

describe('an empty row inside a legacy table', () => {
  // Rows 1 header, 2 section, 3 measure, 4 empty, 5 section, 6 measure, 7 empty, 8 measure, 9 empty,
  // 10 a note (ends the table), 11 a numbered line far below that is not part of it.
  const result = run([
    HEADER,
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', 100, 200, 300, 400, 400, 'Rådmannen'],
    [],
    ['ORGANISASJON'],
    [1, 'Bo Kart', 10, 20, 30, 40, 40, 'Boligkontoret'],
    [],
    [2, 'Medvirkningsmøter', 1, 2, 3, 4, 4, 'Boligkontoret'],
    [],
    ['Kilde: Verdal kommune'],
    [],
    [],
  ]);

  it('does not end the table: the measures after it are imported with their figures', () => {
    expect(result.content.operating.map((r) => [r.values.section, r.values.measure, ...r.years])).toEqual([
      ['Samfunn og tjenester', 'Miljøteam', 100, 200, 300, 400],
      ['Organisasjon', 'Bo Kart', 10, 20, 30, 40],
      ['Organisasjon', 'Medvirkningsmøter', 1, 2, 3, 4],
    ]);
    // 400 + 40 + 4 by hand.
    expect(result.content.operating.reduce((s, r) => s + Number(r.values.finNew), 0)).toBe(444);
  });

  it('logs each empty row it read past, and stops before the note', () => {
    expect(result.log.filter((d) => d.code === 'empty-row').map((d) => d.cell)).toEqual(['A4', 'A7']);
    expect(result.log.some((d) => d.cell === 'A10')).toBe(false);
  });

  it('ends at an empty row followed by a title (Verdal: "6.2 Utviklingstiltak investering")', () => {
    const r = run([
      HEADER,
      [1, 'A', 1, 1, 1, 1, 1, 'R'],
      [],
      ['6.2 Utviklingstiltak investering'],
      [2, 'B', 2, 2, 2, 2],
    ]);
    expect(r.content.operating.map((m) => m.values.measure)).toEqual(['A']);
  });
});

describe('a section row right under a one-row header', () => {
  it.each([
    ['TILTAK FOR BARN OG UNGE', 'Tiltak for barn og unge'],
    ['ANSVAR OG ORGANISERING', 'Ansvar og organisering'],
    ['ANNET', 'Annet'],
  ])('%p is a section, not a second header row: every figure is kept', (text, section) => {
    for (const merges of [[], ['A2:H2']]) {
      const result = run(
        [HEADER, [text], [1, 'Utvidelse miljøteam', 600, 1200, 1800, 2400, 2400, 'Rådmannen']],
        merges,
      );
      expect(result.content.settings.startYear).toBe(2027);
      expect(result.content.operating).toHaveLength(1);
      expect(result.content.operating[0]?.values).toMatchObject({
        section,
        priority: 1,
        measure: 'Utvidelse miljøteam',
        finNew: 2400,
        responsible: 'Rådmannen',
      });
      expect(result.content.operating[0]?.years).toEqual([600, 1200, 1800, 2400]);
      expect(result.log.filter((d) => d.code === 'column-repeated')).toEqual([]);
    }
  });
});

describe('a section heading that carries its section subtotal', () => {
  // «SAMFUNN OG TJENESTER» with 300 / 300 / 300 on its row: the sum of the two measures below it;
  // «ORGANISASJON» with a =SUM over the rows below it, saved without its result.
  const result = run([
    HEADER,
    ['SAMFUNN OG TJENESTER', null, 300, 300, null, null, 300, null],
    [1, 'Miljøteam', 100, 100, null, null, 100, 'Rådmannen'],
    [2, 'Bo Kart', 200, 200, null, null, 200, 'Rådmannen'],
    ['ORGANISASJON', null, UNCALCULATED, null, null, null, null, null],
    [1, 'Medvirkning', 5, 5, null, null, 5, 'Leder'],
  ]);

  it('is a section, not a measure: 2027 totals 100 + 200 + 5 = 305, not 605', () => {
    expect(result.content.operating.map((r) => [r.values.section, r.values.measure])).toEqual([
      ['Samfunn og tjenester', 'Miljøteam'],
      ['Samfunn og tjenester', 'Bo Kart'],
      ['Organisasjon', 'Medvirkning'],
    ]);
    expect(result.content.operating.reduce((s, r) => s + (r.years[0] ?? 0), 0)).toBe(305);
    expect(result.content.lists.sections).toEqual(['Samfunn og tjenester', 'Organisasjon']);
  });

  it('logs the heading as a section whose amounts are not taken', () => {
    const logged = result.log.filter((d) => d.code === 'section-row-amounts');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['A2', { text: 'SAMFUNN OG TJENESTER', section: 'Samfunn og tjenester' }],
      ['A5', { text: 'ORGANISASJON', section: 'Organisasjon' }],
    ]);
  });

  it('a measure with a priority keeps its amounts even when its text is in capitals', () => {
    const r = run([HEADER, ['DRIFT'], [1, 'NAV-SAMARBEID', 40, 40, 40, 40, 40, 'NAV']]);
    expect(r.content.operating.map((m) => [m.values.measure, ...m.years])).toEqual([['NAV-SAMARBEID', 40, 40, 40, 40]]);
  });
});

describe("the next table's title right under a table's total row (no empty row between)", () => {
  // Rows 1 header, 2 section, 3 measure, 4 Sum, 5 the title of table 6.2, 6 empty, 7 the 6.2 header, 8 section,
  // 9 investment. The title belongs to the table under it: it is neither a section nor a row of the drift table.
  const result = run([
    HEADER,
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', 600, 1200, 1800, 2400, 2400, 'Rådmannen'],
    ['Sum', null, 600, 1200, 1800, 2400, 2400, null],
    ['Tabell 6.2 Utviklingstiltak investering'],
    [],
    ['Prioritet', 'Tiltak', 'År', 'Samlet kostnad', 'Lån', 'Ansvarlig'],
    ['SAMFUNN OG TJENESTER'],
    [1, 'Småhus', 2027, 3000, 3000, 'Rådmannen'],
  ]);

  it("is not taken as a section: the sections are the two tables' own", () => {
    expect(result.content.lists.sections).toEqual(['Samfunn og tjenester']);
    expect(result.log.filter((d) => d.code === 'section-row').map((d) => d.cell)).toEqual(['A2', 'A8']);
  });

  it('ends the drift table at its total row; both measures keep their figures', () => {
    expect(result.content.operating.map((r) => [r.values.measure, ...r.years])).toEqual([
      ['Miljøteam', 600, 1200, 1800, 2400],
    ]);
    expect(result.content.investment.map((r) => [r.values.measure, r.values.budget, r.values.finLoan])).toEqual([
      ['Småhus', 3000, 3000],
    ]);
  });
});

describe('a note typed right under the last measure ("Kilde: Verdal kommune")', () => {
  // Rows 1 header, 2 section, 3–4 measures, 5 the note in the Prioritet column: alone on its row, so it read
  // like a section heading, but no measure follows it. It is no section of the plan: a remark (noteLabels.test.ts),
  // so a row of notes, whose text goes to the Kommentar of the measure right above it.
  const result = run([
    HEADER,
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', 100, 200, 300, 400, 400, 'Rådmannen'],
    [2, 'Bo Kart', 10, 20, 30, 40, 40, 'Boligkontoret'],
    ['Kilde: Verdal kommune'],
  ]);

  it('adds no empty section to tblSeksjoner: only the sections a measure belongs to', () => {
    expect(result.content.lists.sections).toEqual(['Samfunn og tjenester']);
    expect(result.content.operating.map((r) => [r.values.section, r.values.measure, r.values.comment])).toEqual([
      ['Samfunn og tjenester', 'Miljøteam', ''],
      ['Samfunn og tjenester', 'Bo Kart', 'Kilde: Verdal kommune'],
    ]);
  });

  it('logs the note at its cell, with the measure whose Kommentar took it, as no section', () => {
    expect(result.log.filter((d) => d.code === 'section-unused')).toEqual([]);
    const logged = result.log.filter((d) => d.code === 'row-remark-measure');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['A5', { row: 4, column: 'Prioritet', typed: 'Kilde: Verdal kommune' }],
    ]);
  });

  it('a heading followed by another heading has no measure either: only the second is a section', () => {
    const two = run([
      HEADER,
      ['ORGANISASJON'],
      ['KULTUR'],
      [1, 'Bibliotek', 1, 2, 3, 4, 4, 'Kultursjef'],
      ['Tabellen er ikke vedtatt'],
    ]);
    expect(two.content.lists.sections).toEqual(['Kultur']);
    expect(two.log.filter((d) => d.code === 'section-unused').map((d) => d.cell)).toEqual(['A2', 'A5']);
  });
});

describe('two tables side by side on one sheet (6.1 in A–E, 6.2 in G–K)', () => {
  // Amounts in 1000 kr. Drift A: 100, 100; B: 50, 50. Investering X: 500 in 2027; Y: 300 in 2028.
  const result = run([
    ['Prioritet', 'Tiltak', '2027', '2028', 'Nye midler', null, 'Prioritet', 'Tiltak', 'År', 'Samlet kostnad', 'Lån'],
    [1, 'A', 100, 100, 100, null, 1, 'X', 2027, 500, 500],
    [2, 'B', 50, 50, 50, null, 2, 'Y', 2028, 300, 300],
  ]);

  it('are two tables, drift at A1 and investment at G1', () => {
    expect(result.tables.map((t) => [t.kind, t.cell])).toEqual([
      ['operating', 'A1'],
      ['investment', 'G1'],
    ]);
  });

  it("keep each table's money: no drift measure gets an investment amount", () => {
    expect(result.content.operating.map((m) => [m.values.measure, m.values.finNew, ...m.years])).toEqual([
      ['A', 100, 100, 100, null, null],
      ['B', 50, 50, 50, null, null],
    ]);
    expect(
      result.content.investment.map((m) => [m.values.measure, m.values.budget, m.values.finLoan, ...m.years]),
    ).toEqual([
      ['X', 500, 500, 500, null, null, null],
      ['Y', 300, 300, null, 300, null, null],
    ]);
  });
});
