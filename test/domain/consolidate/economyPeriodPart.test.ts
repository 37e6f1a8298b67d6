/**
 * Review r9: an economy plan workbook that states Første planår but leaves Antall planår empty (or the other way
 * round) was read for the plans' period, replacing the year it states, and economy-period-unstated said «Planperioden
 * står ikke … (Første planår og Antall planår …)» though one of them is filled in. A stated value always wins (SPEC
 * §3: Antall planår defaults to 4, Første planår to next year); only a workbook that states neither is read for the
 * plans' period (economyPeriod.test.ts). The one left empty is named by setting-invalid at its cell, as in a plan.
 *
 * Plan «Rusplan» (1000 kr), 2029–2032: D-001 600 / 1 200 / 1 800 / 2 400, all new money. Economy plan line D-001:
 * 600 / 1 200 / 1 800 / 2 000 in its year columns. Innstillinger: Første planår in B2, Antall planår in B3.
 */
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';
import { consolidateRusplan, d001Line } from './rusplanPeriod';

/** The economy plan workbook: year columns `columns`, D-001 over the first four, and the two settings as given. */
function consolidated(columns: readonly number[], settings: Record<string, CellValue>) {
  const start = columns[0]!;
  const economy = canonicalSnapshot({
    startYear: start,
    yearCount: columns.length,
    settings,
    economyPlan: [d001Line(start)],
  });
  const checked = consolidateRusplan(economy);
  return {
    years: checked.consolidation.years,
    compared: checked.consolidation.plans.map((p) => p.compared),
    newMoney: (checked.results[0]?.report.reconciliation ?? [])
      .filter((i) => i.code === 'measure-new-money')
      .map((i) => [i.year, i.class, i.difference]),
    issues: checked.economyIssues.map((f) => [f.code, f.severity, f.sheet, f.cell]),
    messages: checked.economyIssues.map((f) => f.message),
  };
}

describe('an economy plan workbook that states one of Første planår and Antall planår, consolidated', () => {
  it('Første planår 2029, Antall planår empty: 2029 + 4 years, reconciled; only Antall planår is said to be empty', () => {
    const c = consolidated([2029, 2030, 2031, 2032], { 'Første planår': 2029, 'Antall planår': null });
    expect(c.years).toEqual([2029, 2030, 2031, 2032]);
    expect(c.compared).toEqual([true]);
    // 2032: 2 400 000 − 2 000 000 = +400 000.
    expect(c.newMoney).toEqual([
      [2029, 'match', 0],
      [2030, 'match', 0],
      [2031, 'match', 0],
      [2032, 'mismatch', 400_000],
    ]);
    expect(c.issues).toEqual([['setting-invalid', 'error', 'Innstillinger', 'B3']]);
    expect(c.messages).toEqual(['setting-invalid {"setting":"Antall planår","value":"","reason":"empty"}']);
  });

  it('Første planår 2028, Antall planår empty, year columns 2028–2033: 2028–2031, not the plans’ nor the columns’', () => {
    const c = consolidated([2028, 2029, 2030, 2031, 2032, 2033], { 'Første planår': 2028, 'Antall planår': null });
    expect(c.years).toEqual([2028, 2029, 2030, 2031]);
    // Another period than the plan's 2029–2032: not reconciled against it.
    expect(c.compared).toEqual([false]);
    expect(c.newMoney).toEqual([]);
    expect(c.issues.map((i) => i[0])).not.toContain('economy-period-unstated');
    expect(c.issues).toContainEqual(['setting-invalid', 'error', 'Innstillinger', 'B3']);
  });

  it('Antall planår 4, Første planår empty: next year (2027) + 4 years, not the plans’ 2029–2032', () => {
    const c = consolidated([2029, 2030, 2031, 2032], { 'Første planår': null, 'Antall planår': 4 });
    expect(c.years).toEqual([2027, 2028, 2029, 2030]);
    expect(c.compared).toEqual([false]);
    expect(c.issues.map((i) => i[0])).not.toContain('economy-period-unstated');
    expect(c.issues).toContainEqual(['setting-invalid', 'error', 'Innstillinger', 'B2']);
  });
});
