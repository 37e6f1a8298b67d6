import type { Lang, Unit } from '../../src/domain';
import { tp } from '../../src/i18n/taskpane';
import { emptyForm, fieldErrorParams, toRowInput } from '../../src/taskpane/views/measureForm';

/** The message under the 2027 field for `typed` in a plan in `unit`, and the figure the form would write. */
function typedIn(unit: Unit, typed: string, lang: Lang = 'nb'): { message?: string; written: number | null } {
  const form = { ...emptyForm('operating', 4), years: [typed, '', '', ''] };
  const { row, errors } = toRowInput('operating', form, { id: 'D-001', priority: 1 }, unit);
  const error = errors['year:0'];
  const message = error ? tp(lang, error, fieldErrorParams(form, 'year:0', error, unit)) : undefined;
  return { message: message?.replace(/\u00a0/g, ' '), written: row.years[0] ?? null };
}

describe('Nytt tiltak: an amount typed with a unit', () => {
  // By hand: 1,5 mill kr = 1 500 000 kr = 1 500 (1000 kr); 1 500 tkr = 1,5 mill kr; 2 400 kr = 0,0024 mill kr, under
  // the 1 000 kr mill kr and 1000 kr write (SPEC §4), as are 1,5 kr and 0,25 kr.
  it.each<[Unit, string, string]>([
    ['mill kr', '1,5 mill kr', 'Beløpene her er allerede i mill kr: skriv bare tallet, 1,5'],
    ['mill kr', '1,5 MNOK', 'Beløpene her er allerede i mill kr: skriv bare tallet, 1,5'],
    ['1000 kr', '1 500 tkr', 'Beløpene her er allerede i 1000 kr: skriv bare tallet, 1 500'],
    ['mill kr', '1 500 tkr', '«1 500 tkr» er i 1000 kr, men beløpene her er i mill kr: skriv 1,5'],
    ['1000 kr', '1,5 mill', '«1,5 mill» er i mill kr, men beløpene her er i 1000 kr: skriv 1 500'],
    ['kr', '1,5 mill kr', '«1,5 mill kr» er i mill kr, men beløpene her er i kr: skriv 1 500 000'],
    ['mill kr', '1 500 000 kr', '«1 500 000 kr» er kroner, men beløpene her er i mill kr: skriv 1,5'],
    [
      'mill kr',
      '1,5 kr',
      '«1,5 kr» kan ikke skrives i mill kr, der det minste beløpet er 1 000 kr (0,001): rund av til hele 1 000 kr ' +
        'og skriv beløpet i mill kr',
    ],
    [
      'mill kr',
      '0,25 kr',
      '«0,25 kr» kan ikke skrives i mill kr, der det minste beløpet er 1 000 kr (0,001): rund av til hele 1 000 kr ' +
        'og skriv beløpet i mill kr',
    ],
    [
      '1000 kr',
      '2 400 kr',
      '«2 400 kr» kan ikke skrives i 1000 kr, der det minste beløpet er 1 000 kr (1): rund av til hele 1 000 kr ' +
        'og skriv beløpet i 1000 kr',
    ],
    ['mill kr', 'mye', 'Skriv et tall i mill kr, f.eks. 1,25'],
    ['1000 kr', 'mye', 'Skriv et tall i 1000 kr, f.eks. 1 200'],
    ['kr', 'mye', 'Skriv et tall i kr, f.eks. 250 000'],
  ])('in %s, «%s» is refused: %s', (unit, typed, message) => {
    // Refused, it is written as nothing: the live check does not read 1 500 000 kr as 1 500 000 mill kr.
    expect(typedIn(unit, typed)).toEqual({ message, written: null });
  });

  it.each<[Unit, string, number]>([
    ['mill kr', '1,5', 1.5],
    ['mill kr', '0,001', 0.001],
    ['kr', '1 500 kr', 1500],
    ['kr', 'kr 2 400,-', 2400],
  ])('in %s, «%s» is taken as %p', (unit, typed, written) => {
    expect(typedIn(unit, typed)).toEqual({ message: undefined, written });
  });

  it('says it in nn and en', () => {
    expect(typedIn('mill kr', '1,5 mill kr', 'nn').message).toBe('Beløpa her er alt i mill kr: skriv berre talet, 1,5');
    expect(typedIn('mill kr', '1,5 mill kr', 'en').message).toBe(
      'The amounts here are already in mill kr: type the number alone, 1,5',
    );
    expect(typedIn('mill kr', '1 500 tkr', 'nn').message).toBe(
      '«1 500 tkr» er i 1000 kr, men beløpa her er i mill kr: skriv 1,5',
    );
    expect(typedIn('mill kr', '1 500 tkr', 'en').message).toBe(
      '"1 500 tkr" is in 1000 kr, but the amounts here are in mill kr: type 1,5',
    );
    expect(typedIn('mill kr', '1,5 kr', 'nn').message).toBe(
      '«1,5 kr» kan ikkje skrivast i mill kr, der det minste beløpet er 1 000 kr (0,001): rund av til heile 1 000 kr ' +
        'og skriv beløpet i mill kr',
    );
    expect(typedIn('mill kr', '1,5 kr', 'en').message).toBe(
      '"1,5 kr" cannot be written in mill kr, whose smallest amount is 1 000 kr (0,001): round it to whole 1 000 kr ' +
        'and type the amount in mill kr',
    );
    expect(typedIn('mill kr', 'mye', 'nn').message).toBe('Skriv eit tal i mill kr, t.d. 1,25');
    expect(typedIn('mill kr', 'mye', 'en').message).toBe('Type a number in mill kr, e.g. 1,25');
  });
});
