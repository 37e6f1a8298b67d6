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
import { checkConsolidated } from '../../../src/domain/checkConsolidated';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const opts = {
  // The clock's next year, the default Første planår.
  defaultStartYear: 2027,
  render: (f: { code: string; params: object }) => `${f.code} ${JSON.stringify(f.params)}`,
};

const plan = canonicalSnapshot({
  startYear: 2029,
  settings: { Plannavn: 'Rusplan' },
  operating: [operatingRow({ '2029': 600, '2030': 1200, '2031': 1800, '2032': 2400 })],
});

/** The economy plan workbook: year columns `columns`, D-001 over the first four, and the two settings as given. */
function economy(columns: readonly number[], settings: Record<string, CellValue>) {
  const line: Record<string, CellValue> = { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', Rammeområde: '2' };
  [600, 1200, 1800, 2000].forEach((a, i) => (line[String(columns[0]! + i)] = a));
  return canonicalSnapshot({ startYear: columns[0], yearCount: columns.length, settings, economyPlan: [line] });
}

function consolidated(columns: readonly number[], settings: Record<string, CellValue>) {
  const checked = checkConsolidated(
    [{ wb: plan, file: 'rus.xlsx' }],
    { wb: economy(columns, settings), file: 'op.xlsx' },
    opts,
  );
  if (!checked) throw new Error('the economy plan workbook has tblOkonomiplan');
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
