/**
 * period-mismatch's advice (review w111): it told the plan to correct Første planår and Antall planår («rett … i
 * planen») even when the economy plan was the file of the wrong period — every plan of the check 2028–2031, finance's
 * workbook 2027–2030. Now the item says which side likely has it wrong (periodSide) and the text follows: the plan
 * when another plan shares the economy plan's period, the economy plan when two or more plans all share one other
 * period, and both when nothing tells (one plan alone). Periods: the helpers' plans and economy plan are 2027–2030,
 * Kulturplan 2028–2031.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import type { Plan } from '../../../src/domain/model/plan';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { boligsosial, economy, input, kulturOtherPeriod } from './helpers';

/** Kulturplan's period-mismatch item among `others` (each a file and a plan), with its nb explanation. */
function mismatch(others: readonly [string, Plan][]) {
  const eco = economy([]);
  const { consolidation } = consolidate(
    [input('kultur.xlsx', kulturOtherPeriod()), ...others.map(([f, p]) => input(f, p))],
    eco,
  );
  const item = consolidation.items.find((i) => i.code === 'period-mismatch' && i.ref === 'kultur.xlsx');
  if (!item) throw new Error('Kulturplan has another period');
  return { side: item.periodSide, text: explainConsolidation(item, 'nb', '1000 kr', eco.years) };
}

describe('period-mismatch names the side that likely has the wrong period', () => {
  it('another plan shares the economy plan’s 2027–2030: the plan is told to correct its settings', () => {
    const m = mismatch([['bolig.xlsx', boligsosial()]]);
    expect(m.side).toBe('plan');
    expect(m.text).toContain('rett Første planår og Antall planår i planen');
    expect(m.text).not.toContain('Innstillinger i økonomiplanen');
  });

  it('every plan 2028–2031 against the economy plan’s 2027–2030: the economy plan is named first', () => {
    const other: Plan = { ...kulturOtherPeriod(), settings: { ...kulturOtherPeriod().settings, planName: 'Idrett' } };
    const m = mismatch([['idrett.xlsx', other]]);
    expect(m.side).toBe('economy');
    expect(m.text).toContain('bruk økonomiplanen for 2028–2031');
    expect(m.text).toContain('Innstillinger i økonomiplanen');
  });

  it('one plan alone: nothing tells which is wrong, so both are named', () => {
    const m = mismatch([]);
    expect(m.side).toBeUndefined();
    expect(m.text).toContain('i planen');
    expect(m.text).toContain('Innstillinger i økonomiplanen');
  });
});
