/**
 * An amount beyond 10^12 kroner (a thousand billion: read/amount.ts keeps sums exact below it) is a number typed in
 * the wrong unit, not "no amount": «1 200 000» typed into a mill kr plan is 1 200 000 × 1 000 000 = 1,2 × 10^12 kr,
 * and 1 800 000 (a number) the same way 1,8 × 10^12 kr. The finding (amount-invalid, reason too-large) quotes the
 * cell as she sees it (1 800 000, not 1800000), says it is too large for the unit and asks for the unit; it still
 * counts as 0 (SPEC §7: an invalid amount).
 */
import { readAmount } from '../../../src/domain/read/amount';
import { renderFinding } from '../../../src/i18n/findings';
import type { Finding } from '../../../src/domain/model/finding';

const finding = (cell: unknown): Finding => {
  const issue = readAmount(cell as string | number, 'mill kr').issues[0];
  if (issue?.code !== 'amount-invalid') throw new Error(`not amount-invalid: ${JSON.stringify(issue)}`);
  return {
    code: 'amount-invalid',
    severity: 'error',
    sheet: 'Tiltak drift',
    cell: 'I2',
    measureId: 'D-001',
    params: { ...issue.params, column: '2012' },
  } as Finding;
};

describe('an amount too large for the unit', () => {
  it('reads as 0 and invalid, with the reason and the cell as typed', () => {
    const text = readAmount('1 200 000', 'mill kr');
    expect([text.value, text.invalid]).toEqual([0, true]);
    expect(text.issues).toEqual([{ code: 'amount-invalid', params: { value: '1 200 000', reason: 'too-large' } }]);
    // A number: shown grouped the nb-NO way, as the reports show numbers (no-break spaces: 1 800 000).
    expect(readAmount(1_800_000, 'mill kr').issues).toEqual([
      { code: 'amount-invalid', params: { value: '1\u00a0800\u00a0000', reason: 'too-large', number: 1_800_000 } },
    ]);
  });

  it.each([
    [
      'nb',
      'Cellen i «2012» inneholder «1 200 000», som er for stort for et beløp i mill kr: det blir mer enn 1 000 milliarder kroner. Er det skrevet i en annen enhet? Skriv beløpet i mill kr. Til da teller cellen som 0.',
    ],
    [
      'nn',
      'Cella i «2012» inneheld «1 200 000», som er for stort for eit beløp i mill kr: det blir meir enn 1 000 milliardar kroner. Er det skrive i ei anna eining? Skriv beløpet i mill kr. Til då tel cella som 0.',
    ],
    [
      'en',
      'The cell in "2012" holds "1 200 000", which is too large for an amount in mill kr: it comes to more than a thousand billion kroner. Was it typed in another unit? Type the amount in mill kr. Until then the cell counts as 0.',
    ],
  ] as const)('%s', (lang, message) => {
    expect(renderFinding(finding('1 200 000'), lang, 'mill kr')).toBe(message);
  });
});
