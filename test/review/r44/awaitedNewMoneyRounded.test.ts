/**
 * Review r44: the measure form waits with the rules that weigh a row's amounts against each other while one of its
 * amounts is refused as typed (awaitedAmounts.ts AMOUNT_RULES, rowPreview.ts): the form writes nothing for the refused
 * field, so the live check sees it empty. new-money-rounded-to-zero (9bb0c409) weighs the years against Nye midler
 * and the base, yet is not among those rules, so the form warns of a rounding that the amount she typed undoes.
 *
 * By hand, a mill kr plan, a Varig measure: 2027 0,002 (2 000 kr); in 2028 she types «1 500 000 kr», which the form
 * refuses in a mill kr plan (so 2028 is written empty); Helårsvirkning 1,5, Endret drift 1,4985, Nye midler 0,0015
 * (1 500 kr). As written: 2027's new money 2 000 × 1 500 / 1 500 000 = 2 kr → 0, every other year 0, so the check
 * warns. With 2028 as she meant it (1,5 mill), 2028 gets 1 500 000 × 1 500 / 1 500 000 = 1 500 kr → 2 000: no
 * warning. While the form waits for 2028, the row's preview must not show new-money-rounded-to-zero.
 */
import { checkSnapshot } from '../../../src/domain/check';
import { previewRow } from '../../../src/taskpane/views/rowPreview';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const row = operatingRow({
  '2027': 0.002,
  '2028': null,
  '2029': null,
  '2030': null,
  Helårsvirkning: 1.5,
  'Endret drift': 1.4985,
  'Nye midler': 0.0015,
});
const snapshot = canonicalSnapshot({ unit: 'mill kr', operating: [row] });

test('the written row (2028 empty) does warn: the premise', () => {
  const { findings } = checkSnapshot(snapshot, { file: '', defaultStartYear: 2027, render: () => '' });
  expect(findings.filter((f) => f.code === 'new-money-rounded-to-zero').map((f) => f.cell)).toEqual(['Q2']);
});

test('while an amount of the row is refused, the form does not show new-money-rounded-to-zero', () => {
  const { problems } = previewRow(snapshot, [], 'D-001', undefined, [], true);
  expect(problems.filter((f) => f.code === 'new-money-rounded-to-zero')).toEqual([]);
});
