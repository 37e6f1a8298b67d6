/**
 * amount-precision (SPEC §8) suggests rounding to the decimals the unit allows. When that rounds a non-zero amount to
 * 0 (Nye midler 0,0004 in mill kr → 0,000; 0,4 in kr → 0), the hint would remove the amount, new money entirely: the
 * message says rounding would make it 0 and asks her to check the unit instead (review r37).
 */
import { makeFinding } from '../../src/domain/model/finding';
import { readAmount } from '../../src/domain/read/amount';
import { renderFinding } from '../../src/i18n/findings';

const precision = (value: number, decimals: number) =>
  makeFinding('amount-precision', 'Tiltak drift', 'P2', { column: 'Nye midler', value, decimals }, 'D-001');

test('0,0004 in mill kr reads as 400 kr, with amount-precision (3 decimals allowed)', () => {
  const read = readAmount(0.0004, 'mill kr');
  expect(read.value).toBe(400);
  expect(read.issues).toEqual([{ code: 'amount-precision', params: { value: 0.0004, decimals: 3 } }]);
});

test('mill kr: 0,0004 would round to 0; say so rather than «0,000»', () => {
  expect(renderFinding(precision(0.0004, 3), 'nb', 'mill kr')).toBe(
    'Beløpet 0,0004 i «Nye midler» har flere desimaler enn enheten mill kr tillater (3, det vil si hele tusen ' +
      'kroner, som nye midler rundes av til). Rundet av til 3 desimaler blir det 0, og beløpet forsvinner: ' +
      'kontroller om det er skrevet i riktig enhet.',
  );
  expect(renderFinding(precision(0.0004, 3), 'nn', 'mill kr')).toBe(
    'Beløpet 0,0004 i «Nye midler» har fleire desimalar enn eininga mill kr tillèt (3, det vil seie heile tusen ' +
      'kroner, som nye midlar blir runda av til). Runda av til 3 desimalar blir det 0, og beløpet forsvinn: ' +
      'kontroller om det er skrive i rett eining.',
  );
  expect(renderFinding(precision(0.0004, 3), 'en', 'mill kr')).toBe(
    'The amount 0.0004 in "Nye midler" has more decimals than the unit mill kr allows (3, that is whole thousands ' +
      'of kroner, which new money is rounded to). Rounded to 3 decimals it becomes 0 and the amount is gone: ' +
      'check that it is typed in the right unit.',
  );
});

test('kr: 0,4 would round to 0 kroner; say so', () => {
  expect(renderFinding(precision(0.4, 0), 'nb', 'kr')).toBe(
    'Beløpet 0,4 i «Nye midler» har desimaler, men i enheten kr føres hele kroner (øre tas ikke med). Rundet av ' +
      'til hele kroner blir det 0, og beløpet forsvinner: kontroller om det er skrevet i en annen enhet, for ' +
      'eksempel 1000 kr eller mill kr.',
  );
});

test('mill kr: 0,0006 rounds to 0,001, not 0: the rounding hint stays', () => {
  expect(renderFinding(precision(0.0006, 3), 'nb', 'mill kr')).toBe(
    'Beløpet 0,0006 i «Nye midler» har flere desimaler enn enheten mill kr tillater (3, det vil si hele tusen ' +
      'kroner, som nye midler rundes av til). Rund det av til 3 desimaler: 0,001.',
  );
});
