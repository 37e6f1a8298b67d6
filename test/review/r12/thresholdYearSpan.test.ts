/**
 * Review r12: «fra 2011–2014» (a period of years) is taken for a threshold phrase on import, and the unit after it
 * goes with it.
 *
 * docs/spec.md §11 («A threshold phrase is no unit»): «over, under, inntil, opp til, fra, mellom … then an amount»
 * says which measures a table holds, and is taken out before the heading is read; «a unit statement beside it … still
 * does» state the unit. units.ts's threshold pattern reads any number after «fra» as the amount, a year too, and
 * swallows a range and a unit word after it: «Samlet kostnad fra 2011-2014 mill. kr» loses its «mill. kr», while
 * «Samlet kostnad 2011-2014 mill. kr» keeps it.
 *
 * Verdal's 6.1 (test/domain/legacyImport/titledTable.ts, typed in mill kr) with its «Samlet kostnad» heading naming
 * the period. By hand, mill kr to the target 1000 kr: 2,4 → 2 400, 0,6 → 600 …, 0,35 → 350, 0,1 → 100, 0,25 → 250,
 * as for «Samlet kostnad 2011-2014 mill. kr». What she gets with «fra»: no unit found, the figures taken as 1000 kr
 * (assumed): 2,4 stays 2,4 — every amount of the table 1 000 times too small.
 *
 * Fixed: a span of years, or a year after «fra», «inntil», «opp til» or «mellom», is no amount (units.ts, isPeriod);
 * these tests were test.failing before.
 */
import { findUnit } from '../../../src/domain/legacyImport/units';
import { figures, HEADER, importTitled } from '../../domain/legacyImport/titledTable';

const IN_1000_KR = [
  [2400, 600, 1200, 1800, 2400, 0, 2400],
  [350, 350, 350, 350, 350, 100, 250],
];

const imported = (heading: string): unknown[] => {
  const header = [...HEADER];
  header[2] = heading;
  return figures(importTitled('Tabell 6.1 Utviklingstiltak drift', { header }));
};

describe('a period of years after «fra» is no threshold (docs/spec.md §11)', () => {
  it('without «fra» the heading states mill kr (control)', () => {
    expect(findUnit('Samlet kostnad 2011-2014 mill. kr')).toBe('mill kr');
    expect(imported('Samlet kostnad 2011-2014 mill. kr')).toEqual(IN_1000_KR);
  });

  test.each([['Samlet kostnad fra 2011-2014 mill. kr'], ['Samlet kostnad fra 2011 til 2014 mill. kr']])(
    '%p states mill kr, and the figures are converted from it',
    (heading) => {
      expect(findUnit(heading)).toBe('mill kr');
      expect(imported(heading)).toEqual(IN_1000_KR);
    },
  );
});
