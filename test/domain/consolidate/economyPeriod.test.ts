/**
 * An economy plan workbook that does not state its period (the Innstillinger sheet deleted) in a consolidation
 * (SPEC §15; docs/spec.md §15). It was read for the period the clock guessed (the default first year, next year:
 * 2027 here), whatever the plans and its own year columns said: a plan for 2029–2032 was told it had "another
 * period than the economy plan, 2027–2030" and was not reconciled, and the lines were read for years the table
 * did not have. Now the workbook is read for the plans' period, and says so (economy-period-unstated, a warning at
 * Innstillinger!A1); when its year columns run over another period, it is read for that one and the plans of the
 * other period are not reconciled against it (period-mismatch), the warning naming both periods.
 *
 * Plan «Rusplan» (1000 kr), 2029–2032: D-001 600 / 1 200 / 1 800 / 2 400, all new money (Nye midler = Helårsvirkning).
 * Economy plan line D-001: 600 / 1 200 / 1 800 / 2 000 in its year columns. By hand, read for 2029–2032: 2029–2031
 * match (600 000 − 600 000 = 0 …), 2032 2 400 000 − 2 000 000 = +400 000, a mismatch.
 */
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, withoutSheet } from '../../helpers/workbook';
import { consolidateRusplan, d001Line } from './rusplanPeriod';

/** The economy plan workbook: one D-001 line over the 4 years from `startYear`, Innstillinger deleted or not. */
function economy(startYear: number, settings: boolean): WorkbookSnapshot {
  const wb = canonicalSnapshot({ startYear, economyPlan: [d001Line(startYear)] });
  return settings ? wb : withoutSheet(wb, 'Innstillinger');
}

function consolidated(startYear: number, settings = false) {
  const checked = consolidateRusplan(economy(startYear, settings));
  const k = checked.consolidation;
  return {
    years: k.years,
    compared: k.plans.map((p) => p.compared),
    planItems: k.items.filter((i) => i.ref === 'rus.xlsx').map((i) => i.code),
    newMoney: (checked.results[0]?.report.reconciliation ?? [])
      .filter((i) => i.code === 'measure-new-money')
      .map((i) => [i.year, i.class, i.measures, i.economyPlan, i.difference]),
    issues: checked.economyIssues.map((f) => [f.code, f.severity, f.sheet, f.cell]),
    unstated: checked.economyIssues.find((f) => f.code === 'economy-period-unstated'),
  };
}

describe('an economy plan workbook without Innstillinger, consolidated', () => {
  it('year columns of the plans’ period: read for 2029–2032 (not the clock’s 2027–2030), reconciled, and said', () => {
    const c = consolidated(2029);
    expect(c.years).toEqual([2029, 2030, 2031, 2032]);
    expect(c.compared).toEqual([true]);
    expect(c.planItems).toEqual([]);
    expect(c.newMoney).toEqual([
      [2029, 'match', 600_000, 600_000, 0],
      [2030, 'match', 1_200_000, 1_200_000, 0],
      [2031, 'match', 1_800_000, 1_800_000, 0],
      [2032, 'mismatch', 2_400_000, 2_000_000, 400_000],
    ]);
    // The sheet gone (its error, as before) and the period taken from the plans: a warning on the same sheet.
    expect(c.issues).toEqual([
      ['sheet-missing', 'error', 'Innstillinger', 'A1'],
      ['economy-period-unstated', 'warning', 'Innstillinger', 'A1'],
    ]);
    expect(c.unstated?.message).toBe('economy-period-unstated {"years":"2029–2032"}');
  });

  it('year columns of another period (2028–2031): read for those, the plan not reconciled, the warning names both', () => {
    const c = consolidated(2028);
    expect(c.years).toEqual([2028, 2029, 2030, 2031]);
    expect(c.compared).toEqual([false]);
    expect(c.planItems).toEqual(['period-mismatch']);
    expect(c.newMoney).toEqual([]);
    // Read for its own columns, no year-columns error: the one warning says why the plan is not reconciled.
    expect(c.issues).toEqual([
      ['sheet-missing', 'error', 'Innstillinger', 'A1'],
      ['economy-period-unstated', 'warning', 'Innstillinger', 'A1'],
    ]);
    expect(c.unstated?.message).toBe(
      'economy-period-unstated {"years":"2028–2031","planYears":"2029–2032","reason":"columns"}',
    );
  });

  it('a period stated in Innstillinger is the one used, and nothing more is said (2028–2031 against 2029–2032)', () => {
    const c = consolidated(2028, true);
    expect(c.years).toEqual([2028, 2029, 2030, 2031]);
    expect(c.planItems).toEqual(['period-mismatch']);
    expect(c.issues).toEqual([]);
  });
});
