/**
 * SPEC §7: text that looks like a Norwegian number is read — decimal comma, and a dot only as a thousands
 * separator ("100.000" → 100000); "any other text = error amount-invalid". "2.4" or "2.45" (a dot as the decimal
 * sign) is such other text: read as 2,4 it put a factor of 1 000 on one digit, since "2.450" is 2 450 (a thousands
 * group). The product read "2.45" as 2,45 until now; it is an error naming the cell, with the "2,45" to type.
 */
import { readAmount } from '../../../src/domain/read/amount';
import { readPlan } from '../../../src/domain/read/plan';
import { readSettings } from '../../../src/domain/read/settings';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

describe('an amount typed with a decimal point', () => {
  it.each<[string, string]>([
    ['2.4', '2,4'],
    ['2.45', '2,45'],
    ['-1.5 kr', '-1,5 kr'],
    ['\u22120.5', '\u22120,5'],
  ])('%p is amount-invalid (counts 0), with %p to type instead', (text, suggestion) => {
    const read = readAmount(text, 'mill kr');
    expect([read.value, read.invalid]).toEqual([0, true]);
    expect(read.issues).toEqual([
      { code: 'amount-invalid', params: { value: text, reason: 'decimal-point', suggestion } },
    ]);
  });

  it('a dot that groups thousands is still read (amount-text): "2.450" mill = 2 450 × 1 000 000 kr', () => {
    const read = readAmount('2.450', 'mill kr');
    expect([read.value, read.invalid]).toEqual([2_450_000_000, false]);
    expect(read.issues.map((i) => i.code)).toEqual(['amount-text']);
  });

  it('other text keeps the plain amount-invalid, without a suggestion', () => {
    expect(readAmount('1.2.3', 'mill kr').issues).toEqual([{ code: 'amount-invalid', params: { value: '1.2.3' } }]);
  });

  // A mill kr plan, years H..K (2027..2030) of tblTiltakDrift, row 2.
  const row = operatingRow({ '2027': '2.4', '2028': '2.45', '2029': '2.450', '2030': 2.4, Helårsvirkning: 2.4 });
  const { plan, findings } = readPlan(canonicalSnapshot({ unit: 'mill kr', operating: [row] }), {
    defaultStartYear: 2026,
  });

  it('is an error at its sheet and cell, and counts as 0: years 0, 0, 2 450 000 000, 2 400 000 kr', () => {
    // "2.450" mill = 2 450 000 000 kr; 2,4 (a number) mill = 2 400 000 kr.
    expect(plan.operating[0]?.years).toEqual([0, 0, 2_450_000_000, 2_400_000]);
    const amounts = findings.filter((f) => f.code === 'amount-invalid' || f.code === 'amount-text');
    expect(amounts.map((f) => [f.code, f.severity, f.sheet, f.cell, f.params.suggestion])).toEqual([
      ['amount-invalid', 'error', 'Tiltak drift', 'H2', '2,4'],
      ['amount-invalid', 'error', 'Tiltak drift', 'I2', '2,45'],
      ['amount-text', 'warning', 'Tiltak drift', 'J2', undefined],
    ]);
  });

  it('says in nb, nn and en to type the decimal with a comma', () => {
    const f = findings.find((x) => x.cell === 'I2');
    expect(f && renderFinding(f, 'nb', 'mill kr')).toBe(
      'Cellen i «2028» inneholder «2.45», som ikke leses som et beløp: punktum skiller bare tusener (2.450 er 2 450). Skriv desimalen med komma: «2,45». Til da teller cellen som 0.',
    );
    expect(f && renderFinding(f, 'nn', 'mill kr')).toBe(
      'Cella i «2028» inneheld «2.45», som ikkje blir lese som eit beløp: punktum skil berre tusen (2.450 er 2 450). Skriv desimalen med komma: «2,45». Til då tel cella som 0.',
    );
    expect(f && renderFinding(f, 'en', 'mill kr')).toBe(
      'The cell in "2028" holds "2.45", which is not read as an amount: a dot only separates thousands (2.450 is 2 450). Type the decimal with a comma: "2,45". Until then the cell counts as 0.',
    );
  });
});

describe('a setting typed with a decimal point', () => {
  const read = (label: string, value: CellValue) =>
    readSettings(canonicalSnapshot({ settings: { [label]: value } }), 2026);

  it('Toleranse "0.5" is setting-invalid at its Verdi cell with "0,5" to type; the default 0 is used', () => {
    const { settings, findings } = read('Toleranse', '0.5');
    expect(settings.tolerance).toBe(0);
    expect(findings.map((f) => [f.code, f.sheet, f.cell, f.params])).toEqual([
      [
        'setting-invalid',
        'Innstillinger',
        'B7',
        { setting: 'Toleranse', value: '0.5', reason: 'decimal-point', suggestion: '0,5' },
      ],
    ]);
    expect(findings[0] && renderFinding(findings[0], 'nb', '1000 kr')).toBe(
      'Innstillingen «Toleranse» har verdien «0.5», som ikke leses som et tall: punktum skiller bare tusener. Skriv desimalen med komma: «0,5». Rett den på arket Innstillinger.',
    );
  });

  it('the hint only where the comma gives a value the setting takes: "5.0" years yes, "4.5" years no', () => {
    expect(read('Antall planår', '5.0').findings[0]?.params).toMatchObject({ suggestion: '5,0' });
    expect(read('Antall planår', '4.5').findings[0]?.params).toEqual({ setting: 'Antall planår', value: '4.5' });
    // No decimal-point hint («2,5» is no unit either): the message names the units to type instead.
    expect(read('Beløpsenhet', '2.5').findings[0]?.params).toEqual({
      setting: 'Beløpsenhet',
      value: '2.5',
      reason: 'unit',
    });
  });
});
