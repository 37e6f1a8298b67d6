/**
 * Toleranse typed as text (SPEC §3, §7): «1 000» in the Verdi cell is read as the number it looks like, as an amount
 * typed as text is, and said as one is (amount-text at its Verdi cell), not accepted silently.
 */
import { checkSnapshot } from '../../../src/domain/check';
import { readSettings } from '../../../src/domain/read/settings';
import { planTextAmounts } from '../../../src/domain/measureEdits/textAmounts';
import type { Finding } from '../../../src/domain/model/finding';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n';
import { economyLine, operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const render = (f: Finding) => f.code;
const where = (f: Finding) => [f.code, f.severity, f.sheet, f.cell, f.params.column, f.params.value];

describe('Toleranse typed as text', () => {
  it.each<[CellValue, number]>([
    // 1000 kr: «1 000» is 1 000 000 kr, «0,5» is 500 kr.
    ['1 000', 1_000_000],
    ['0,5', 500],
    ['1\u00a0000', 1_000_000],
  ])('%p is read as %p kr and warned of at its Verdi cell (B7) as amount-text', (text, kroner) => {
    const { settings, findings } = readSettings(canonicalSnapshot({ settings: { Toleranse: text } }), 2026);
    expect(settings.tolerance).toBe(kroner);
    expect(findings.map(where)).toEqual([['amount-text', 'warning', 'Innstillinger', 'B7', 'Toleranse', text]]);
  });

  it('says it in nb, nn and en: the setting, the text, and the unit it is read in', () => {
    const { findings } = readSettings(canonicalSnapshot({ settings: { Toleranse: '1 000' } }), 2026);
    const f = findings[0] as Finding;
    expect(renderFinding(f, 'nb', '1000 kr')).toBe(
      'Innstillingen «Toleranse» har verdien «1 000», lagret som tekst. Verdien er lest som et beløp i 1000 kr; gjør den om til et tall, slik at den står som tall i Excel også.',
    );
    expect(renderFinding(f, 'nn', '1000 kr')).toBe(
      'Innstillinga «Toleranse» har verdien «1 000», lagra som tekst. Verdien er lesen som eit beløp i 1000 kr; gjer han om til eit tal, slik at han står som tal i Excel òg.',
    );
    expect(renderFinding(f, 'en', '1000 kr')).toBe(
      'The setting "Toleranse" has the value "1 000", stored as text. It is read as an amount in 1000 kr; convert it to a number so that Excel holds it as a number too.',
    );
  });

  it('is converted to a number with the amounts typed as text (the pane offers it: the cell gets 1000)', () => {
    const wb = canonicalSnapshot({ settings: { Toleranse: '1 000' } });
    const edits = planTextAmounts(wb, readSettings(wb, 2026).findings, '1000 kr');
    expect(edits).toEqual([{ kind: 'setCells', sheet: 'Innstillinger', origin: 'B7', values: [[1000]] }]);
  });

  it.each<[CellValue]>([[1000], [null]])('%p (a number, or empty) gives no such warning', (value) => {
    expect(readSettings(canonicalSnapshot({ settings: { Toleranse: value } }), 2026).findings).toEqual([]);
  });

  it('text that is no number, or out of range, stays setting-invalid alone', () => {
    for (const text of ['litt', '-1']) {
      const { findings } = readSettings(canonicalSnapshot({ settings: { Toleranse: text } }), 2026);
      expect(findings.map((f) => f.code)).toEqual(['setting-invalid']);
    }
  });

  // D-001's new money in 2029 is 1 800 (1000 kr); the economy plan has 1 000: Δ = 800, i.e. 800 000 kr.
  const check = (tolerance: CellValue) =>
    checkSnapshot(
      canonicalSnapshot({
        settings: { Toleranse: tolerance },
        operating: [operatingRow()],
        economyPlan: [economyLine({ '2027': 600, '2028': 1200, '2029': 1000, '2030': 2400 })],
      }),
      { file: 'plan.xlsx', defaultStartYear: 2027, render },
    ).report.reconciliation.find((i) => i.code === 'measure-new-money' && i.year === 2029);

  it('a text «1 000» tolerance classes a Δ of 800 as rounding (|Δ| ≤ 1 000), a text «500» as mismatch', () => {
    expect(check('1 000')).toEqual(expect.objectContaining({ class: 'rounding', difference: 800_000 }));
    expect(check('500')).toEqual(expect.objectContaining({ class: 'mismatch', difference: 800_000 }));
  });
});
