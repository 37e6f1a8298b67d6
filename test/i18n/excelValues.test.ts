/**
 * A logical or an error value in an amount cell is named in the message as her Excel shows it (SPEC §8: a message
 * in the chosen language; r27). Microsoft's Norwegian names (support.microsoft.com/nb-no, the functions SANN, USANN
 * and FEIL.TYPE): TRUE = SANN, FALSE = USANN, #VALUE! = #VERDI!, #N/A = #I/T, #NAME? = #NAVN?; #DIV/0!, #REF!,
 * #NUM! and #NULL! keep their names. Excel has no nynorsk names: nn says them as nb. English keeps the file's.
 * Only the message changes: the finding's params keep the file's English name.
 */
import type { CellValue } from '../../src/domain/model/snapshot';
import type { Finding } from '../../src/domain/model/finding';
import { readPlan } from '../../src/domain/read/plan';
import { validatePlan } from '../../src/domain/validate/plan';
import { renderFinding } from '../../src/i18n/findings';
import { shownExcelValue } from '../../src/i18n/excelValues';
import { operatingRow } from '../helpers/rows';
import { canonicalSnapshot, setCell } from '../helpers/workbook';

/** The amount-invalid finding of a plan whose 2028 cell holds `value`. */
function invalid2028(value: CellValue): Finding {
  const wb = canonicalSnapshot({ operating: [operatingRow({ '2028': value })] });
  const f = readPlan(wb, { defaultStartYear: 2027 }).findings.find((x) => x.code === 'amount-invalid');
  if (!f) throw new Error('no amount-invalid');
  return f;
}

const message = (value: CellValue, lang: 'nb' | 'nn' | 'en') => renderFinding(invalid2028(value), lang, '1000 kr');

describe('a logical or an error value named in a message as Excel shows it', () => {
  it('a logical cell: SANN / USANN in nb and nn, TRUE / FALSE in en', () => {
    expect(message(true, 'nb')).toContain('inneholder «SANN»,');
    expect(message(false, 'nb')).toContain('inneholder «USANN»,');
    expect(message(true, 'nn')).toContain('inneheld «SANN»,');
    expect(message(false, 'nn')).toContain('inneheld «USANN»,');
    expect(message(true, 'en')).toContain('holds "TRUE",');
    expect(message(false, 'en')).toContain('holds "FALSE",');
  });

  it('#VALUE! is #VERDI! in nb and nn, #VALUE! in en', () => {
    expect(message({ error: '#VALUE!' }, 'nb')).toContain('inneholder «#VERDI!»,');
    expect(message({ error: '#VALUE!' }, 'nn')).toContain('inneheld «#VERDI!»,');
    expect(message({ error: '#VALUE!' }, 'en')).toContain('holds "#VALUE!",');
  });

  it('#N/A is #I/T and #NAME? is #NAVN? in nb and nn; en keeps #N/A', () => {
    expect(message({ error: '#N/A' }, 'nb')).toContain('«#I/T»');
    expect(message({ error: '#N/A' }, 'nn')).toContain('«#I/T»');
    expect(message({ error: '#N/A' }, 'en')).toContain('"#N/A"');
    expect(message({ error: '#NAME?' }, 'nb')).toContain('«#NAVN?»');
    expect(message({ error: '#NAME?' }, 'nn')).toContain('«#NAVN?»');
  });

  it('#DIV/0! and #REF! have the same name in Norwegian Excel; #SPILL! (no confirmed name) is left as stored', () => {
    expect(message({ error: '#DIV/0!' }, 'nb')).toContain('«#DIV/0!»');
    expect(message({ error: '#REF!' }, 'nn')).toContain('«#REF!»');
    expect(message({ error: '#SPILL!' }, 'nb')).toContain('«#SPILL!»');
  });

  it('the text TRUE typed in a cell is her text, not a logical value: quoted as typed', () => {
    expect(message('TRUE', 'nb')).toContain('inneholder «TRUE»,');
    expect(message('#VALUE!', 'nb')).toContain('inneholder «#VALUE!»,');
  });

  it('the params keep the file’s English name, with the kind of value', () => {
    expect(invalid2028(true).params).toEqual({ column: '2028', value: 'TRUE', valueType: 'logical' });
    expect(invalid2028({ error: '#VALUE!' }).params).toEqual({ column: '2028', value: '#VALUE!', valueType: 'error' });
    expect(invalid2028('TRUE').params).toEqual({ column: '2028', value: 'TRUE' });
  });

  it('a constant pasted over Sum periode (formula-overwritten): #N/A is #I/T in nb and nn, SANN for TRUE', () => {
    const over = (value: CellValue, lang: 'nb' | 'nn' | 'en') => {
      const wb = setCell(canonicalSnapshot({ operating: [operatingRow()] }), 'Tiltak drift', 'L2', value);
      const f = readPlan(wb, { defaultStartYear: 2027 }).findings.find((x) => x.code === 'formula-overwritten');
      if (!f) throw new Error('no formula-overwritten');
      return renderFinding(f, lang, '1000 kr');
    };
    expect(over({ error: '#N/A' }, 'nb')).toContain('har en fast verdi (#I/T)');
    expect(over({ error: '#N/A' }, 'nn')).toContain('(#I/T)');
    expect(over({ error: '#N/A' }, 'en')).toContain('holds a constant (#N/A)');
    expect(over(true, 'nb')).toContain('har en fast verdi (SANN)');
    expect(over('TRUE', 'nb')).toContain('har en fast verdi (TRUE)');
  });

  it('a Prioritet that holds #REF! or FALSE (priority-invalid): #REF! in every language, USANN in nb and nn', () => {
    const priority = (value: CellValue, lang: 'nb' | 'nn' | 'en') => {
      const { plan } = readPlan(canonicalSnapshot({ operating: [operatingRow({ Prioritet: value })] }), {
        defaultStartYear: 2027,
      });
      const f = validatePlan(plan).find((x) => x.code === 'priority-invalid');
      if (!f) throw new Error('no priority-invalid');
      return renderFinding(f, lang, '1000 kr');
    };
    expect(priority(false, 'nb')).toContain('Prioriteten «USANN» er ugyldig');
    expect(priority(false, 'nn')).toContain('«USANN»');
    expect(priority(false, 'en')).toContain('"FALSE"');
    expect(priority({ error: '#REF!' }, 'nb')).toContain('Prioriteten «#REF!» er ugyldig');
    expect(priority({ error: '#NAME?' }, 'nn')).toContain('«#NAVN?»');
    expect(priority({ error: '#NAME?' }, 'en')).toContain('"#NAME?"');
    expect(priority('FALSE', 'nb')).toContain('Prioriteten «FALSE» er ugyldig');
  });

  it('shownExcelValue: a name in any case; an unknown one unchanged', () => {
    expect(shownExcelValue('true', 'nb')).toBe('SANN');
    expect(shownExcelValue('#n/a', 'nn')).toBe('#I/T');
    expect(shownExcelValue('#CALC!', 'nb')).toBe('#CALC!');
  });
});
