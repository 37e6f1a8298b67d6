/**
 * Review r9: an economy plan workbook that states Første planår but leaves Antall planår empty (or the other way
 * round) was read for the plans' period, replacing the year it states, and economy-period-unstated said «Planperioden
 * står ikke … (Første planår og Antall planår …)» though one of them is filled in. A stated value always wins: a
 * stated Første planår with SPEC §3's 4 years; a stated Antall planår with the first year taken as when neither is
 * stated (economyPeriod.test.ts: the plans', or the year columns'), not the clock's. The one left empty is named by
 * setting-invalid at its cell, as in a plan.
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

  // Review w111: Antall planår alone took Første planår from the clock (2027), so a workbook for the plans' 2029–2032
  // was read for 2027–2030 and the plan got period-mismatch. Første planår now comes from where it comes when nothing
  // is stated (docs/spec.md §15): its year columns when they run over another period, else the plans'. SPEC §3's
  // default (next year) is a plan's; an economy plan workbook's period is the product's choice where SPEC is silent.
  it('Antall planår 4, Første planår empty, year columns 2029–2032: the plans’ 2029–2032, reconciled, and said', () => {
    const c = consolidated([2029, 2030, 2031, 2032], { 'Første planår': null, 'Antall planår': 4 });
    expect(c.years).toEqual([2029, 2030, 2031, 2032]);
    expect(c.compared).toEqual([true]);
    expect(c.newMoney).toEqual([
      [2029, 'match', 0],
      [2030, 'match', 0],
      [2031, 'match', 0],
      [2032, 'mismatch', 400_000],
    ]);
    expect(c.issues).toEqual([
      ['setting-invalid', 'error', 'Innstillinger', 'B2'],
      ['economy-period-unstated', 'warning', 'Innstillinger', 'B2'],
    ]);
    expect(c.messages[1]).toBe('economy-period-unstated {"years":"2029–2032","reason":"start"}');
  });

  it('Antall planår 4, Første planår empty, year columns 2028–2031: read for 2028–2031 as its columns say', () => {
    const c = consolidated([2028, 2029, 2030, 2031], { 'Første planår': null, 'Antall planår': 4 });
    expect(c.years).toEqual([2028, 2029, 2030, 2031]);
    // Another period than the plan's 2029–2032: not reconciled against it, and the warning names both.
    expect(c.compared).toEqual([false]);
    expect(c.messages).toContain(
      'economy-period-unstated {"years":"2028–2031","planYears":"2029–2032","reason":"start-columns"}',
    );
  });

  it('Antall planår 5, Første planår empty, year columns 2029–2033: 2029–2033, the stated count kept', () => {
    const c = consolidated([2029, 2030, 2031, 2032, 2033], { 'Første planår': null, 'Antall planår': 5 });
    expect(c.years).toEqual([2029, 2030, 2031, 2032, 2033]);
    // Five years against the plan's four: period-mismatch, as for any economy plan of another period.
    expect(c.compared).toEqual([false]);
    expect(c.messages).toContain('economy-period-unstated {"years":"2029–2033","reason":"start"}');
  });
});
