/**
 * A unit stated only in the title above a legacy table (units.ts, SPEC §11 "the unit stated elsewhere in the
 * same table's header"): "Tabell 6.1 Utviklingstiltak drift (mill kr)" over a header that states none. The
 * table starts at B3, not A1. Figures by hand: mill kr × 1000 = 1000 kr.
 */
import type { ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { figures, HEADER, importTitled } from './titledTable';

const run = (title: string, header: CellValue[] = HEADER): ImportResult => importTitled(title, { header });

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
