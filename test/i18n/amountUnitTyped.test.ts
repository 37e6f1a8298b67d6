/**
 * «1,5 mill» or «1,5 mill kr» typed in an amount cell of a mill kr plan is no amount (SPEC §7: amount-invalid, counted
 * as 0), and the Toleranse so typed is no value (setting-invalid). The add-measure form says «skriv 1,5»; the check's
 * message gives the same hint: what to type, in the plan's unit (review r37). The code stays what SPEC §7 says.
 */
import { makeFinding } from '../../src/domain/model/finding';
import { readAmount } from '../../src/domain/read/amount';
import { renderFinding } from '../../src/i18n/findings';

const invalidCell = (value: string) =>
  makeFinding('amount-invalid', 'Tiltak drift', 'P2', { column: 'Nye midler', value }, 'D-001');
const invalidTolerance = (value: string) =>
  makeFinding('setting-invalid', 'Innstillinger', 'B8', { setting: 'Toleranse', value });

test('«1,5 mill kr» in a mill kr plan is still amount-invalid, read as 0 (SPEC §7)', () => {
  const read = readAmount('1,5 mill kr', 'mill kr');
  expect(read).toMatchObject({ value: 0, invalid: true });
  expect(read.issues.map((i) => i.code)).toEqual(['amount-invalid']);
});

test('«1,5 mill» in an amount cell of a mill kr plan: type 1,5', () => {
  expect(renderFinding(invalidCell('1,5 mill'), 'nb', 'mill kr')).toBe(
    'Cellen i «Nye midler» inneholder «1,5 mill», som ikke er et beløp: beløpene er allerede i mill kr. ' +
      'Skriv bare tallet: 1,5. Til da teller cellen som 0.',
  );
  expect(renderFinding(invalidCell('1,5 mill kr'), 'nn', 'mill kr')).toBe(
    'Cella i «Nye midler» inneheld «1,5 mill kr», som ikkje er eit beløp: beløpa er alt i mill kr. ' +
      'Skriv berre talet: 1,5. Til då tel cella som 0.',
  );
  expect(renderFinding(invalidCell('1,5 mill kr'), 'en', 'mill kr')).toBe(
    'The cell in "Nye midler" holds "1,5 mill kr", which is not an amount: the amounts are already in mill kr. ' +
      'Type just the number: 1,5. Until then it counts as 0.',
  );
});

test('«1,5 mill» in a 1000 kr plan: its unit is not Beløpsenhet; type 1 500', () => {
  expect(renderFinding(invalidCell('1,5 mill'), 'nb', '1000 kr')).toBe(
    'Cellen i «Nye midler» inneholder «1,5 mill», som ikke er et beløp: teksten er i mill kr, men planens ' +
      'Beløpsenhet er 1000 kr. Skriv 1\u00a0500. Til da teller cellen som 0.',
  );
});

test('Toleranse «0,5 mill kr» in a mill kr plan: type 0,5', () => {
  expect(renderFinding(invalidTolerance('0,5 mill kr'), 'nb', 'mill kr')).toBe(
    'Innstillingen «Toleranse» har verdien «0,5 mill kr», som ikke leses som et beløp: beløpene er allerede i ' +
      'mill kr. Skriv bare tallet: 0,5. Rett den på arket Innstillinger.',
  );
  expect(renderFinding(invalidTolerance('0,5 mill kr'), 'en', 'mill kr')).toBe(
    'The setting "Toleranse" has the value "0,5 mill kr", which is not read as an amount: the amounts are already ' +
      'in mill kr. Type just the number: 0,5. Fix it on the Innstillinger sheet.',
  );
});

test('text with no unit word keeps the plain message', () => {
  expect(renderFinding(invalidCell('ca. 2'), 'nb', 'mill kr')).toBe(
    'Cellen i «Nye midler» inneholder «ca. 2», som ikke er et beløp. Den teller som 0 til du retter den.',
  );
});
