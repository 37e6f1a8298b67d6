/**
 * amount-text in an amount cell (SPEC §7): the text counts with the number it shows, in the plan's Beløpsenhet, so
 * «200 000 kr» in a mill kr plan is 200 000 mill kr. The message says what the cell was read as, in the unit, and,
 * when the text names kroner in a plan of another unit, that its unit differs from Beløpsenhet and what to type if it
 * is kroner: converting it as it stands would lock in a factor of 1 000 000 (review r37).
 */
import { makeFinding } from '../../src/domain/model/finding';
import { readAmount } from '../../src/domain/read/amount';
import { renderFinding } from '../../src/i18n/findings';

const NBSP = '\u00a0';
const textFinding = (value: string) =>
  makeFinding('amount-text', 'Tiltak drift', 'P2', { column: 'Nye midler', value }, 'D-001');

test('the reader still reads «200 000 kr» in mill kr as 200 000 mill kr (SPEC §7), flagged amount-text', () => {
  const read = readAmount('200 000 kr', 'mill kr');
  expect(read.value).toBe(200_000 * 1_000_000);
  expect(read.issues.map((i) => i.code)).toEqual(['amount-text']);
});

test('«200 000 kr» in a mill kr plan: read as 200 000 mill kr, the unit differs, kroner would be 0,2', () => {
  const f = textFinding('200 000 kr');
  expect(renderFinding(f, 'nb', 'mill kr')).toBe(
    `Beløpet «200 000 kr» i «Nye midler» er lagret som tekst og leses som 200${NBSP}000 (i mill kr). Teksten nevner kr, ` +
      `men planens Beløpsenhet er mill kr: kontroller beløpet før du gjør det om til et tall. Er det kroner, skriv 0,2.`,
  );
  expect(renderFinding(f, 'nn', 'mill kr')).toBe(
    `Beløpet «200 000 kr» i «Nye midler» er lagra som tekst og blir lese som 200${NBSP}000 (i mill kr). Teksten nemner kr, ` +
      `men Beløpseininga i planen er mill kr: kontroller beløpet før du gjer det om til eit tal. Er det kroner, skriv 0,2.`,
  );
  expect(renderFinding(f, 'en', 'mill kr')).toBe(
    `The amount "200 000 kr" in "Nye midler" is stored as text and is read as 200${NBSP}000 (in mill kr). The text says kr, ` +
      `but the plan's Beløpsenhet is mill kr: check the amount before you convert it to a number. If it is kroner, type 0,2.`,
  );
});

test('«1 500 kr» in a 1000 kr plan: read as 1 500 (i 1000 kr), the unit apart from the figure (review r42); kroner would be 1,5', () => {
  expect(renderFinding(textFinding('1 500 kr'), 'nb', '1000 kr')).toBe(
    `Beløpet «1 500 kr» i «Nye midler» er lagret som tekst og leses som 1${NBSP}500 (i 1000 kr). Teksten nevner kr, ` +
      `men planens Beløpsenhet er 1000 kr: kontroller beløpet før du gjør det om til et tall. Er det kroner, skriv 1,5.`,
  );
});

test('«2,4» in a mill kr plan and «1 500 kr» in a kr plan: read as the number in the unit, no unit warning', () => {
  expect(renderFinding(textFinding('2,4'), 'nb', 'mill kr')).toBe(
    'Beløpet «2,4» i «Nye midler» er lagret som tekst og leses som 2,4 (i mill kr). Excels egne summer hopper over det; ' +
      'gjør det om til et tall.',
  );
  expect(renderFinding(textFinding('1 500 kr'), 'en', 'kr')).toBe(
    `The amount "1 500 kr" in "Nye midler" is stored as text and is read as 1${NBSP}500 (in kr). Excel's own sums skip it; ` +
      'convert it to a number.',
  );
});
