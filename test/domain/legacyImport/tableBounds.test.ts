/**
 * Where a legacy table's rows start and end (header.ts): an empty row between two sections does not end
 * the table, and a section row right under a one-row header is not a second header row. Figures by hand.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue, SheetSnapshot } from '../../../src/domain/model/snapshot';

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
