/**
 * Drift or investering (setup.ts decideKind): an "Annet" financing column is no proof of an investment table.
 * A drift table's financing is often typed as Felles tiltak / Endret drift / Annet / Nye midler; read as an
 * investment table, its Helårsvirkning, Endret drift and Nye midler were dropped as unknown columns, so the
 * plan's new money vanished. Figures worked out by hand from the typed table.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: rows, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => `${n.code}` },
  );

describe('a drift table with an "Annet" financing column', () => {
  // Columns A–K; amounts in 1000 kr (the --unit).
  const result = run([
    ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Helårsvirkning', 'Endret drift', 'Annet', 'Nye midler'],
    [1, 'Utvidelse miljøteam', 100, 200, 300, 400, 400, 100, 100, 200],
  ]);
  const [measure] = result.content.operating;

  it('is read as drift: one operating measure, no investment', () => {
    expect(result.tables.map((t) => t.kind)).toEqual(['operating']);
    expect(result.content.investment).toHaveLength(0);
    expect(result.log.find((d) => d.code === 'kind-operating')).toBeDefined();
  });

  it('keeps Helårsvirkning 400, Endret drift 100 and Nye midler 200 (400 = 100 + 100 + 200 with Annet)', () => {
    expect(measure?.values).toMatchObject({ fullYear: 400, finReallocation: 100, finNew: 200, kind: 'Varig' });
    expect(measure?.years).toEqual([100, 200, 300, 400]);
  });

  it("puts Annet's 100 in Kommentar with a log line naming I2, as SPEC §11 says of Annet", () => {
    expect(measure?.values.comment).toBe('other-financing');
    expect(result.log).toContainEqual(
      expect.objectContaining({
        code: 'other-financing',
        sheet: 'Drift',
        cell: 'I2',
        params: { amount: 100, unit: '1000 kr' },
      }),
    );
  });
});

describe('"Annet" still makes an investment table when nothing says drift', () => {
  it('reads Prioritet / Tiltak / Kostnadsramme / Annet as investment (Kostnadsramme 1 000, Annet 1 000 to Kommentar)', () => {
    const result = run([
      ['Prioritet', 'Tiltak', 'Samlet kostnad', 'Annet'],
      [1, 'Omsorgsboliger', 1000, 1000],
    ]);
    expect(result.tables.map((t) => t.kind)).toEqual(['investment']);
    expect(result.content.investment[0]?.values).toMatchObject({ budget: 1000, comment: 'other-financing' });
  });
});
