/**
 * Every message that quotes a measure's cell names a logical or an error value in it as her Excel shows it (review
 * r28: Type, Kostnadsstatus, Seksjon, plan area, Rammeområde; amount, Prioritet and Sum periode in excelValues.test.ts).
 * By Microsoft's names: TRUE = SANN, FALSE = USANN, #N/A = #I/T, #NAME? = #NAVN? in nb and nn; en keeps the file's.
 * The text «TRUE» she typed is hers: quoted as typed, with no valueType.
 */
import type { CellValue } from '../../src/domain/model/snapshot';
import type { Finding } from '../../src/domain/model/finding';
import { readPlan } from '../../src/domain/read/plan';
import { validatePlan } from '../../src/domain/validate/plan';
import { renderFinding } from '../../src/i18n/findings';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

/** The finding `code` of a plan whose one operating row holds `value` in `column`. */
function finding(column: string, value: CellValue, code: Finding['code']): Finding {
  const { plan } = readPlan(canonicalSnapshot({ operating: [operatingRow({ [column]: value })] }), {
    defaultStartYear: 2027,
  });
  const f = validatePlan(plan).find((x) => x.code === code);
  if (!f) throw new Error(`no ${code}`);
  return f;
}

const message = (column: string, value: CellValue, code: Finding['code'], lang: 'nb' | 'nn' | 'en') =>
  renderFinding(finding(column, value, code), lang, '1000 kr');

describe('a logical or an error value quoted from a text cell, named as Excel shows it', () => {
  it('Type TRUE (type-invalid): «SANN» in nb and nn, "TRUE" in en; the text TRUE stays TRUE', () => {
    expect(message('Type', true, 'type-invalid', 'nb')).toContain('Typen «SANN» er ukjent');
    expect(message('Type', true, 'type-invalid', 'nn')).toContain('«SANN»');
    expect(message('Type', true, 'type-invalid', 'en')).toContain('"TRUE"');
    expect(message('Type', 'TRUE', 'type-invalid', 'nb')).toContain('Typen «TRUE» er ukjent');
  });

  it('Kostnadsstatus #N/A (status-invalid): «#I/T»; the params keep #N/A, marked error', () => {
    expect(message('Kostnadsstatus', { error: '#N/A' }, 'status-invalid', 'nb')).toContain(
      'Kostnadsstatusen «#I/T» er ukjent',
    );
    expect(message('Kostnadsstatus', { error: '#N/A' }, 'status-invalid', 'en')).toContain('"#N/A"');
    expect(finding('Kostnadsstatus', { error: '#N/A' }, 'status-invalid').params).toMatchObject({
      value: '#N/A',
      valueType: 'error',
    });
    expect(finding('Kostnadsstatus', '#N/A', 'status-invalid').params).not.toHaveProperty('valueType');
  });

  it('Seksjon #NAME? (section-invalid): «#NAVN?» in nb and nn', () => {
    expect(message('Seksjon', { error: '#NAME?' }, 'section-invalid', 'nb')).toContain('Seksjonen «#NAVN?»');
    expect(message('Seksjon', { error: '#NAME?' }, 'section-invalid', 'nn')).toContain('«#NAVN?»');
  });

  it('a plan area FALSE (area-invalid) and a Rammeområde #N/A (frame-invalid): USANN and #I/T', () => {
    expect(message('Berørte planområder', false, 'area-invalid', 'nb')).toContain('«USANN»');
    expect(message('Berørte planområder', 'FALSE', 'area-invalid', 'nb')).toContain('«FALSE»');
    expect(message('Rammeområde', { error: '#N/A' }, 'frame-invalid', 'nn')).toContain('«#I/T»');
  });

  it('an economy plan line whose Linjetype is TRUE or whose Rammeområde is #N/A: «SANN», «#I/T»', () => {
    const line = (overrides: Record<string, CellValue>, code: Finding['code']) => {
      const wb = canonicalSnapshot({ operating: [operatingRow()], economyPlan: [economyLine(overrides)] });
      const read = readPlan(wb, { defaultStartYear: 2027 });
      const f = [...read.findings, ...validatePlan(read.plan)].find((x) => x.code === code);
      if (!f) throw new Error(`no ${code}`);
      return renderFinding(f, 'nb', '1000 kr');
    };
    expect(line({ Linjetype: true }, 'economy-plan-line-invalid')).toContain('«SANN»');
    expect(line({ Linjetype: 'TRUE' }, 'economy-plan-line-invalid')).toContain('«TRUE»');
    expect(line({ Rammeområde: { error: '#N/A' } }, 'frame-invalid')).toContain('«#I/T»');
  });
});
