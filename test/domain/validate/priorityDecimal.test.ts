/**
 * A priority typed as text with a dot, «2.0»: SPEC §7 reads a dot only as a thousands separator, so the cell holds
 * no number and SPEC §8 makes it priority-invalid. An amount typed so gets the hint to type it with a comma; the
 * priority gets the whole number to type instead (2), where «2.0» means one. What is valid is unchanged.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { validatePlan } from '../../../src/domain/validate/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

function priorityFindings(priority: CellValue) {
  const wb = canonicalSnapshot({ operating: [operatingRow({ Prioritet: priority })] });
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2026 });
  return [...findings, ...validatePlan(plan)].filter((f) => f.code === 'priority-invalid');
}

describe('a priority typed with a decimal point', () => {
  // «2.0» and «1.00» mean the whole numbers 2 and 1; «3.000» is not one of them (a thousands group: 3 000).
  it.each<[string, string]>([
    ['2.0', '2'],
    ['1.00', '1'],
  ])('%p is priority-invalid at C2 with %p to type instead', (typed, suggestion) => {
    const found = priorityFindings(typed);
    expect(found.map((f) => [f.code, f.severity, f.sheet, f.cell, f.params])).toEqual([
      ['priority-invalid', 'error', 'Tiltak drift', 'C2', { reason: 'decimal-point', value: typed, suggestion }],
    ]);
  });

  it('«2.5» and «0.0» get no whole number to type: neither is a priority with a comma either', () => {
    expect(priorityFindings('2.5').map((f) => f.params)).toEqual([{ reason: 'invalid', value: '2.5' }]);
    expect(priorityFindings('0.0').map((f) => f.params)).toEqual([{ reason: 'invalid', value: '0.0' }]);
  });

  it('what is valid stays valid: 2, «2», «2,0»', () => {
    expect(priorityFindings(2)).toEqual([]);
    expect(priorityFindings('2')).toEqual([]);
    expect(priorityFindings('2,0')).toEqual([]);
  });

  it('says in nb, nn and en why «2.0» is not read, and to type 2', () => {
    const [f] = priorityFindings('2.0');
    expect(f && renderFinding(f, 'nb', '1000 kr')).toBe(
      'Prioriteten «2.0» leses ikke som et tall: punktum skiller bare tusener. Skriv prioriteten som et helt tall: 2.',
    );
    expect(f && renderFinding(f, 'nn', '1000 kr')).toBe(
      'Prioriteten «2.0» blir ikkje lesen som eit tal: punktum skil berre tusen. Skriv prioriteten som eit heilt tal: 2.',
    );
    expect(f && renderFinding(f, 'en', '1000 kr')).toBe(
      'The priority "2.0" is not read as a number: a dot only separates thousands. Enter the priority as a whole number: 2.',
    );
  });
});
