/**
 * Review (r10) of 427f920: a legacy header that states a million as a number is read as thousands or kroner.
 * «i hele 1 000 000», «i 1 000 000 kr» and «i kr 1.000.000» say the amounts are in millions (SPEC §11: a column's
 * own unit; mill kr). findUnit reads the first two as 1000 kr (BARE_THOUSAND's «i 1 000» and the «1 000 kr» words
 * inside «1 000 000 kr», as before 427f920), and the third as kr since 427f920 (before: 1000 kr) through the bare
 * «i kr»: a table of 0,6 / 1,2 (millions) would be imported as 600 / 1 200 kroner (a factor 10^6 off), or as
 * 600 000 / 1 200 000 kr (10^3 off), with no word.
 *
 * By hand: each header names a million kroner; the unit is mill kr, never 1000 kr or kr.
 *
 * Reproduce: findUnit('Beløp i kr 1.000.000') → 'kr'; findUnit('Beløp i hele 1 000 000') → '1000 kr'.
 */
import { findTitleUnit, findUnit, isUnitAlone } from '../../../src/domain/legacyImport/units';

describe('a header stating a million kroner as a number (SPEC §11)', () => {
  test.each([
    ['Beløp i hele 1 000 000'],
    ['Beløp i 1 000 000 kr'],
    ['Beløp i 1.000.000 kr'],
    ['Beløp i kr 1.000.000'],
    ['Beløp (1 000 000)'],
    ['Beløp (kr 1.000.000)'],
    ['1 000 000 kr'],
  ])('%s is read as mill kr', (header) => {
    expect(findUnit(header)).toBe('mill kr');
  });

  // By hand: a million outside those places is a sum, not a unit; its «kr 1 000» is no thousand either.
  test.each([['Tiltak over kr 1 000 000'], ['Beløp 1 000 000 kr'], ['Beløp i 10 000 000 kr']])(
    '%s states no unit',
    (header) => {
      expect(findUnit(header)).toBeNull();
    },
  );

  test('after a year or in a title it is mill kr too', () => {
    expect(isUnitAlone(' (kr 1.000.000)')).toBe(true);
    expect(findTitleUnit('Tabell 6.1 Utviklingstiltak, beløp i 1 000 000 kr')).toBe('mill kr');
  });
});
