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

/** The tail of the message when the figure has more decimals than `unit` takes (nb). */
const WARNS = (unit: Unit): string => ` (kontrollen vil advare: flere desimaler enn ${unit} tillater)`;

describe('Nytt tiltak: an amount typed with a unit', () => {
  // By hand: 1,5 mill kr = 1 500 000 kr = 1 500 (1000 kr); 1 500 tkr = 1,5 mill kr; 1 200 kr = 1,2 (1000 kr);
  // 1,5 kr = 0,0000015 mill kr; 0,25 kr = 0,00000025 mill kr; 1,5 tkr = 1 500 kr = 0,0015 mill kr; 1 000 kr = 0,001
  // mill kr (3 decimals, as mill kr takes); 3 000 kr = 3 (1000 kr).
  it.each<[Unit, string, string]>([
    ['mill kr', '1,5 mill kr', 'Beløpene her er allerede i mill kr: skriv bare tallet, 1,5'],
    ['mill kr', '1,5 MNOK', 'Beløpene her er allerede i mill kr: skriv bare tallet, 1,5'],
    ['1000 kr', '1 500 tkr', 'Beløpene her er allerede i 1000 kr: skriv bare tallet, 1 500'],
    ['mill kr', '1 500 tkr', '«1 500 tkr» er i 1000 kr, men beløpene her er i mill kr: skriv 1,5'],
    ['1000 kr', '1,5 mill', '«1,5 mill» er i mill kr, men beløpene her er i 1000 kr: skriv 1 500'],
    ['kr', '1,5 mill kr', '«1,5 mill kr» er i mill kr, men beløpene her er i kr: skriv 1 500 000'],
    ['mill kr', '1 500 000 kr', '«1 500 000 kr» er kroner, men beløpene her er i mill kr: skriv 1,5'],
    // The exact figure, never rounded; more decimals than the unit takes, and the message says the check will warn
    // (SPEC §8 amount-precision), not that the amount cannot be written.
    ['1000 kr', '1 200 kr', '«1 200 kr» er kroner, men beløpene her er i 1000 kr: skriv 1,2' + WARNS('1000 kr')],
    ['1000 kr', '2 400 kr', '«2 400 kr» er kroner, men beløpene her er i 1000 kr: skriv 2,4' + WARNS('1000 kr')],
    ['mill kr', '1,5 kr', '«1,5 kr» er kroner, men beløpene her er i mill kr: skriv 0,0000015' + WARNS('mill kr')],
    ['mill kr', '0,25 kr', '«0,25 kr» er kroner, men beløpene her er i mill kr: skriv 0,00000025' + WARNS('mill kr')],
    ['mill kr', '1,5 tkr', '«1,5 tkr» er i 1000 kr, men beløpene her er i mill kr: skriv 0,0015' + WARNS('mill kr')],
    ['mill kr', '1 000 kr', '«1 000 kr» er kroner, men beløpene her er i mill kr: skriv 0,001'],
    ['1000 kr', '3 000 kr', '«3 000 kr» er kroner, men beløpene her er i 1000 kr: skriv 3'],
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
      '«1,5 kr» er kroner, men beløpa her er i mill kr: skriv 0,0000015 (kontrollen vil åtvare: fleire desimalar enn ' +
        'mill kr tillèt)',
    );
    expect(typedIn('1000 kr', '1 200 kr', 'en').message).toBe(
      '"1 200 kr" is in kroner, but the amounts here are in 1000 kr: type 1,2 (the check will warn: more decimals ' +
        'than 1000 kr allows)',
    );
    expect(typedIn('mill kr', '1 500 000 kr', 'en').message).toBe(
      '"1 500 000 kr" is in kroner, but the amounts here are in mill kr: type 1,5',
    );
    expect(typedIn('mill kr', 'mye', 'nn').message).toBe('Skriv eit tal i mill kr, t.d. 1,25');
    expect(typedIn('mill kr', 'mye', 'en').message).toBe('Type a number in mill kr, e.g. 1,25');
  });
});
