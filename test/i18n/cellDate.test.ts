/**
 * A date typed where the plan wants text or a number: the readers give such a cell as ISO text
 * (serialToIso: "2027-01-01T00:00:00.000Z"), and a message that quotes the cell must show it as the user sees it in
 * Norwegian Excel, 01.01.2027. Excel serial 46388 is 2027-01-01: 25 569 days from 1899-12-30 to 1970-01-01, then
 * 57 × 365 + 14 leap days (1972 … 2024) = 20 819 more.
 */
import { makeFinding, type Finding } from '../../src/domain/model/finding';
import { readPlan } from '../../src/domain/read/plan';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import { reconcile } from '../../src/domain/reconcile/reconcile';
import { validatePlan } from '../../src/domain/validate/plan';
import { renderFinding } from '../../src/i18n/findings';
import { renderImportDecision } from '../../src/i18n/importLog';
import { explainReconciliation } from '../../src/i18n/reconciliation';
import { changeCells } from '../../src/report/compareCells';
import { serialToIso } from '../../src/workbook/serialDate';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

const NEW_YEAR_2027 = serialToIso(46388, false);

/** Every finding of a plan read from cells, validated. */
function findings(row: Record<string, unknown>, planItems: string[] | null = null): Finding[] {
  const wb = canonicalSnapshot({ operating: [operatingRow(row as never)], planItems });
  const { plan, findings: read } = readPlan(wb, { defaultStartYear: 2027 });
  return [...read, ...validatePlan(plan)];
}

const message = (all: Finding[], code: string, lang: 'nb' | 'nn' | 'en' = 'nb'): string => {
  const f = all.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code} among ${all.map((x) => x.code).join(', ')}`);
  return renderFinding(f, lang, '1000 kr');
};

describe('a date cell quoted in a finding message', () => {
  it('the reader gives 46388 in a date format as ISO text', () => {
    expect(NEW_YEAR_2027).toBe('2027-01-01T00:00:00.000Z');
  });

  it('a date in a year column (amount-invalid) reads «01.01.2027», in all three languages', () => {
    const all = findings({ '2028': NEW_YEAR_2027 });
    expect(message(all, 'amount-invalid')).toContain('«01.01.2027»');
    expect(message(all, 'amount-invalid', 'nn')).toContain('01.01.2027');
    expect(message(all, 'amount-invalid', 'en')).toContain('01.01.2027');
    expect(message(all, 'amount-invalid', 'en')).not.toContain('T00:00');
  });

  it('a date as Seksjon (section-invalid) and as Ref. (ref-unknown: "1.3" that Excel made the 1st of March)', () => {
    expect(message(findings({ Seksjon: NEW_YEAR_2027 }), 'section-invalid')).toContain('«01.01.2027»');
    // 2027-03-01 is 31 + 28 = 59 days after 2027-01-01: serial 46447.
    const ref = findings({ 'Ref.': serialToIso(46447, false) }, ['14']);
    expect(message(ref, 'ref-unknown')).toContain('«01.03.2027»');
  });

  it('a date with a time of day keeps the time (46388,5 is noon)', () => {
    const f = makeFinding('setting-invalid', 'Innstillinger', 'B2', {
      setting: 'Første planår',
      value: serialToIso(46388.5, false),
    });
    expect(renderFinding(f, 'nb', '1000 kr')).toContain('«01.01.2027 12:00»');
  });

  it('text typed as 2027-01-01 stays as typed: only the readers’ full ISO form is a date cell', () => {
    const f = makeFinding('section-invalid', 'Tiltak drift', 'B2', { reason: 'unknown', value: '2027-01-01' });
    expect(renderFinding(f, 'nb', '1000 kr')).toContain('«2027-01-01»');
  });
});

describe('a date cell quoted in a reconciliation explanation', () => {
  it('an economy plan line whose Ref is a date (1.5 made the 1st of May) is named «01.05.2027»', () => {
    // 2027-05-01 is 31 + 28 + 31 + 30 = 120 days after 2027-01-01: serial 46508.
    const line = economyLine({ Ref: serialToIso(46508, false), '2027': 10, '2028': 10, '2029': 10, '2030': 10 });
    const wb = canonicalSnapshot({ operating: [operatingRow()], economyPlan: [economyLine(), line] });
    const { plan, findings: read } = readPlan(wb, { defaultStartYear: 2027 });
    const items = reconcile(plan, [...read, ...validatePlan(plan)]);
    const unmatched = items.find((i) => i.code === 'economy-plan-line-unmatched');
    expect(unmatched?.ref).toBe('2027-05-01T00:00:00.000Z');
    const text = explainReconciliation(unmatched as ReconciliationItem, 'nb', '1000 kr');
    expect(text).toContain('01.05.2027');
    expect(text).not.toContain('T00:00');
  });
});

describe('a date cell quoted in the import log', () => {
  it('an amount cell of the old plan holding a date: «01.01.2027» is no amount', () => {
    const d = { code: 'text-not-amount', params: { text: NEW_YEAR_2027 }, sheet: 'Ark1', cell: 'E7' } as const;
    expect(renderImportDecision(d, 'nb')).toBe('Teksten «01.01.2027» er ikke et beløp; den er flyttet til Kommentar.');
  });
});

describe('a date cell in the change report', () => {
  it('a Ref typed 7.1 that Excel made the 7th of January: before 7.1, now 07.01.2027', () => {
    // 2027-01-07 is 6 days after 2027-01-01: serial 46394.
    const change = { field: 'ref', old: '7.1', new: serialToIso(46394, false) };
    expect(changeCells({ lang: 'nb', unit: '1000 kr' }, change, 'operating')).toEqual(['7.1', '07.01.2027', '']);
  });
});
