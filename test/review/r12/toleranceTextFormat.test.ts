/**
 * Review r12: converting a Toleranse typed as text («0,5» in a Text-formatted Verdi cell) gives the cell the
 * amount format of the measure tables, «#,##0», so Excel shows the Toleranse of 0,5 as «1».
 *
 * SPEC §3: Toleranse is an amount in Beløpsenhet; 0,5 in a 1000 kr workbook is 500 kr, a fair rounding tolerance
 * (no finding says otherwise: amount-precision is for the measure tables). SPEC §7: amount-text is warned of and
 * «the product offers to convert it to a real number»; tonight's change (1ed1afd) has the convert-text-amounts
 * repair convert Toleranse with the rest. A cell in the Text format («@», which is how a text Toleranse comes about)
 * gets AMOUNT_FORMATS[unit] with its number (amountFormat.ts), «#,##0» in 1000 kr: the whole-thousand format of
 * the year columns.
 *
 * What she sees after the pane's «convert»: Innstillinger!B7 shows «1» (0,5 rounded by the format), while every
 * check compares with 500 kr; she reads a tolerance of 1 000 kr. By hand: 0,5 × 1 000 = 500 kr is what is used, so
 * the cell must show 0,5: no format that rounds it to a whole number.
 */
import { planTextAmounts } from '../../../src/domain/measureEdits/textAmounts';
import { readSettings } from '../../../src/domain/read/settings';
import { canonicalSnapshot, withNumberFormats } from '../../helpers/workbook';

describe('converting a Toleranse typed as text (SPEC §3, §7)', () => {
  test('keeps its decimals visible: «0,5» in 1000 kr is not given the whole-number format «#,##0»', () => {
    const wb = withNumberFormats(canonicalSnapshot({ settings: { Toleranse: '0,5' } }), 'Innstillinger', {
      B7: '@',
    });
    const { settings, findings } = readSettings(wb, 2026);
    expect(settings.tolerance).toBe(500);
    const edits = planTextAmounts(wb, findings, '1000 kr');
    // The number is written …
    expect(edits).toContainEqual({ kind: 'setCells', sheet: 'Innstillinger', origin: 'B7', values: [[0.5]] });
    // … and no format that shows it as «1».
    expect(edits).not.toContainEqual({ kind: 'setNumberFormat', sheet: 'Innstillinger', range: 'B7', format: '#,##0' });
  });
});
