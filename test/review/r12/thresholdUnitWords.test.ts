/**
 * Review r12: a threshold phrase written with «million» or a short unit form still states a unit on import.
 *
 * docs/spec.md §11 («A threshold phrase is no unit»): «Tiltak over 1 000 000 kroner», «under 1 mill. kr» … (over,
 * under, inntil … then an amount) say which measures a table holds, not what its figures count in: such a phrase
 * states no unit, and a table that states none otherwise takes `--unit`, else the target unit. units.ts reads a
 * unit by parseUnit's words («tkr», «MNOK», «mkr» are units there), but its threshold pattern knows only «mill»,
 * «tusen», «mrd»/«milliard» and kr/kroner/NOK: «over 1 million kroner» (singular «million», ordinary Norwegian for one
 * million), «over 500 tkr», «over 2 MNOK» keep their unit word after the amount is taken out.
 *
 * Verdal's 6.1 (test/domain/legacyImport/titledTable.ts, typed in mill kr) with its «Samlet kostnad» heading
 * «Samlet kostnad, tiltak over 1 million kroner» and no unit anywhere: by hand the figures are taken as typed in
 * the target 1000 kr (assumed), 2,4 / 0,6 / 1,2 / 1,8 / 2,4 and 0,35 … as the existing «over 1 000 000 kroner» case
 * has them. What she gets: the whole table read as kr and divided by 1 000 — 2,4 → 0,002, and the second measure's
 * 0,35 → 0 in every column (the figure is gone). «over 2 MNOK» multiplies every figure by 1 000 (2,4 → 2 400).
 * «over 500 tkr» with `--unit mill kr` reads the figures as 1000 kr (from the column) instead of mill kr (from the
 * option).
 *
 * Fixed: the threshold's money words are now whatever parseUnit reads as a unit (units.ts, thresholdWords), and
 * parseUnit reads the singular «million»; these tests were test.failing before.
 */
import type { ImportResult } from '../../../src/domain/legacyImport/import';
import { findUnit } from '../../../src/domain/legacyImport/units';
import { figures, HEADER, importTitled } from '../../domain/legacyImport/titledTable';

const AS_TYPED = [
  [2.4, 0.6, 1.2, 1.8, 2.4, 0, 2.4],
  [0.35, 0.35, 0.35, 0.35, 0.35, 0.1, 0.25],
];

const withHeading = (heading: string): string[] => {
  const header = [...HEADER] as string[];
  header[2] = heading;
  return header;
};

const unitSource = (r: ImportResult): unknown =>
  r.log.find((d) => d.code === 'column-unit' || d.code === 'column-unit-converted')?.params;

describe('a threshold phrase with «million» or a short unit form states no unit (docs/spec.md §11)', () => {
  test.each([
    ['Tiltak over 1 million kroner'],
    ['Tiltak over 500 tkr'],
    ['Tiltak over 2 MNOK'],
    ['Tiltak under 1 mkr'],
  ])('findUnit(%p) is null', (text) => {
    expect(findUnit(text)).toBeNull();
  });

  test('«Samlet kostnad, tiltak over 1 million kroner»: the figures as typed in the assumed 1000 kr', () => {
    const r = importTitled('Tabell 6.1 Utviklingstiltak drift', {
      header: withHeading('Samlet kostnad, tiltak over 1 million kroner'),
    });
    expect(figures(r)).toEqual(AS_TYPED);
  });

  test('«Samlet kostnad, tiltak over 2 MNOK»: the figures as typed in the assumed 1000 kr', () => {
    const r = importTitled('Tabell 6.1 Utviklingstiltak drift', {
      header: withHeading('Samlet kostnad, tiltak over 2 MNOK'),
    });
    expect(figures(r)).toEqual(AS_TYPED);
  });

  test('«Samlet kostnad, tiltak over 500 tkr» with --unit mill kr: the unit is the option', () => {
    const r = importTitled('Tabell 6.1 Utviklingstiltak drift', {
      header: withHeading('Samlet kostnad, tiltak over 500 tkr'),
      unit: 'mill kr',
    });
    expect(unitSource(r)).toMatchObject({ unit: 'mill kr', source: 'option' });
  });
});
