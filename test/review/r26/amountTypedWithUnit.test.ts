/**
 * Review r26 (a budget officer typing amounts in a plan in mill kr, Nytt tiltak): the form reads «1,5» and «0,25»
 * as mill kr, asks for the comma when she types «1.5» («Skriv desimalen med komma: «1,5»»), and for kroner
 * («1 500 000 kr») names the figure to type («skriv 1,5»). Two cases are answered badly:
 *
 * 1. «1,5 mill kr» (or «1,5 mill»), the plan's own unit written out, gets «Skriv et tall, f.eks. 1 200,5»: it does not
 *    say that the unit is already mill kr and the number alone is wanted, and its example, read in mill kr, is
 *    1,2 milliarder kr. By hand the figure to type is 1,5, as the other two messages name theirs.
 * 2. «1,5 kr» is taken for kroner and answered «skriv 0,000002» (2 kr, not the 1,5 kr typed), «0,25 kr» with
 *    «skriv 0»: a suggestion that drops or changes the amount. By hand 1,5 kr is 0,0000015 mill kr and 0,25 kr is
 *    0,00000025 mill kr; neither rounds to a figure the form should propose as hers.
 */
import { emptyForm, fieldErrorParams, toRowInput } from '../../../src/taskpane/views/measureForm';
import { tp } from '../../../src/i18n/taskpane';

/** The message the form shows under the 2027 field for `typed`, in a mill kr plan (MeasureFields' `message`). */
function messageFor(typed: string): string | undefined {
  const form = { ...emptyForm('operating', 4), years: [typed, '', '', ''] };
  const { errors } = toRowInput('operating', form, { id: 'D-012', priority: 1 }, 'mill kr');
  const error = errors['year:0'];
  return error ? tp('nb', error, fieldErrorParams(form, 'year:0', error, 'mill kr')) : undefined;
}

describe('Nytt tiltak in a mill kr plan: an amount typed with its unit', () => {
  test('as built, the plain figures are taken without a message', () => {
    expect([messageFor('1,5'), messageFor('0,25')]).toEqual([undefined, undefined]);
    expect(messageFor('1.5')).toBe('Skriv desimalen med komma: «1,5» (punktum skiller tusener)');
  });

  test('«1,5 mill kr»: the message names the figure to type, 1,5, not an example of 1 200,5', () => {
    for (const typed of ['1,5 mill kr', '1,5 mill']) {
      const message = messageFor(typed) ?? '';
      expect(message).not.toContain('1 200,5');
      expect(message).toContain('1,5');
    }
  });

  test('«1,5 kr» / «0,25 kr»: no suggestion that changes the amount (2 kr) or drops it (0)', () => {
    // Today: «… er kroner, men beløpene her er i mill kr: skriv 0,000002» and «… skriv 0».
    expect(messageFor('1,5 kr')).not.toMatch(/skriv 0,000002$/);
    expect(messageFor('0,25 kr')).not.toMatch(/skriv 0$/);
  });
});
