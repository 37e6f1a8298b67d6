/**
 * A unit stated only in the title above a legacy table (units.ts, SPEC §11 "the unit stated elsewhere in the
 * same table's header"): "Tabell 6.1 Utviklingstiltak drift (mill kr)" over a header that states none. The
 * table starts at B3, not A1. Figures by hand: mill kr × 1000 = 1000 kr.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue, SheetSnapshot } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = [
  'Prioritet',
  'Tiltak',
  'Samlet kostnad',
  '2011',
  '2012',
  '2013',
  '2014',
  'Endr. drift',
  'Øk. plan Nye midler',
  'Ansvarlig',
];
const BODY: CellValue[][] = [
  ['SAMFUNN OG TJENESTER'],
  [1, '14. Utvidelse miljøteam', '2,4', '0,6', '1,2', '1,8', '2,4', '----', '2,4', 'Rådmannen'],
  [2, '4. Samordnet saksbehandling', 0.35, 0.35, 0.35, 0.35, 0.35, 0.1, 0.25, 'Leder boligkontor'],
];

const run = (title: string, header: CellValue[] = HEADER, unit?: Unit): ImportResult => {
  // B3 the title, B4 empty, B5 the header, B6 the section, B7 and B8 the measures.
  const sheet: SheetSnapshot = { sheet: 'Ark1', origin: 'B3', values: [[title], [], header, ...BODY] };
  return importLegacy(
    { sheets: [sheet], tables: [] },
    { defaultStartYear: 2027, commentNote: (n) => n.code, ...(unit ? { unit } : {}) },
  );
};

const figures = (r: ImportResult): unknown[] =>
  r.content.operating.map((m) => [m.values.fullYear, ...m.years, m.values.finReallocation, m.values.finNew]);

describe('a unit stated in the title above a legacy table', () => {
  it.each([
    ['Tabell 6.1 Utviklingstiltak drift (mill kr)'],
    ['Tabell 6.1 Utviklingstiltak drift, beløp i mill. kr'],
    ['Tiltak i kommunen, beløp i mill kr'],
  ])('%p: the amounts are mill kr, converted to 1000 kr', (title) => {
    const r = run(title);
    expect(figures(r)).toEqual([
      [2400, 600, 1200, 1800, 2400, 0, 2400],
      [350, 350, 350, 350, 350, 100, 250],
    ]);
  });

  it('is logged at the title cell, and each column names the title as its source', () => {
    const r = run('Tabell 6.1 Utviklingstiltak drift (mill kr)');
    expect(r.log.filter((d) => d.code === 'unit-title').map((d) => [d.cell, d.params])).toEqual([
      ['B3', { title: 'Tabell 6.1 Utviklingstiltak drift (mill kr)', unit: 'mill kr' }],
    ]);
    const units = r.log.filter((d) => d.code === 'column-unit-converted');
    expect(units.map((d) => d.cell)).toEqual(['D5', 'E5', 'F5', 'G5', 'H5', 'I5', 'J5']);
    expect(units.every((d) => d.code === 'column-unit-converted' && d.params.source === 'title')).toBe(true);
  });

  it('gives way to a unit stated in the header itself', () => {
    const header = [...HEADER];
    header[2] = 'Samlet kostnad (1000 kr)';
    const r = run('Tabell 6.1 Utviklingstiltak drift (mill kr)', header);
    expect(figures(r)[0]).toEqual([2.4, 0.6, 1.2, 1.8, 2.4, 0, 2.4]);
    expect(r.log.some((d) => d.code === 'unit-title')).toBe(false);
  });

  it.each([['6.1 Utviklingstiltak drift'], ['Tiltak over 100 000 kroner'], ['Tiltak i kommunen (2011-2014)']])(
    'a title without a unit of its own (%p) states none: the target unit is assumed, as before',
    (title) => {
      const r = run(title);
      expect(figures(r)[0]).toEqual([2.4, 0.6, 1.2, 1.8, 2.4, 0, 2.4]);
      expect(r.log.some((d) => d.code === 'unit-title')).toBe(false);
    },
  );
});
