/**
 * Two Tiltak lines under one Ref (review r33): a line pairs with the line that is the same line (its Beskrivelse,
 * Rammeområde, Finansieringskilde), not the first of its Ref; lines that cannot be told apart pair in order.
 *
 * By hand (1000 kr, the unit of canonicalSnapshot): D-001 «Miljøteam» 600 / 1 200 / 1 800 / 2 400 and D-001 «Vakt»
 * 100 a year. Finance moves «Vakt» above «Miljøteam» and raises its 2027 to 150: one changed line, D-001 «Vakt»,
 * 2027 100 000 → 150 000 kr; nothing added or removed (by position, both lines would read as changed).
 * Two lines «Vakt» 100 a year, the second raised to 150 in 2027: they cannot be told apart, so the second pairs with
 * the second: one change, 2027 100 000 → 150 000 kr.
 * One line per Ref whose Beskrivelse is retyped stays one changed line (the Ref alone tells it).
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const plan = (economyPlan: Record<string, CellValue>[]) =>
  readPlan(canonicalSnapshot({ operating: [operatingRow()], economyPlan }), { defaultStartYear: 2027 }).plan;

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'forslag.xlsx', label: 'Forslag' } };
const vakt = (o: Record<string, CellValue> = {}) =>
  economyLine({ Beskrivelse: 'Vakt', '2027': 100, '2028': 100, '2029': 100, '2030': 100, ...o });

const compareLines = (before: Record<string, CellValue>[], after: Record<string, CellValue>[]) => {
  const { economyPlan } = comparePlans(plan(before), plan(after), sides);
  return {
    added: economyPlan.added.length,
    removed: economyPlan.removed.length,
    changed: economyPlan.changed.map((l) => [l.description, l.changes.map((c) => [c.year ?? c.field, c.old, c.new])]),
  };
};

describe('compare: economy plan lines under one Ref', () => {
  it('pairs each line with its own description, wherever it stands', () => {
    expect(compareLines([economyLine(), vakt()], [vakt({ '2027': 150 }), economyLine()])).toEqual({
      added: 0,
      removed: 0,
      changed: [['Vakt', [[2027, 100_000, 150_000]]]],
    });
  });

  it('pairs lines that cannot be told apart in the order they stand', () => {
    expect(compareLines([vakt(), vakt()], [vakt(), vakt({ '2027': 150 })])).toEqual({
      added: 0,
      removed: 0,
      changed: [['Vakt', [[2027, 100_000, 150_000]]]],
    });
  });

  it('keeps a lone line of its Ref one changed line when its description is retyped', () => {
    const { changed, added, removed } = compareLines([economyLine()], [economyLine({ Beskrivelse: 'Miljøteamet' })]);
    expect([added, removed, changed.length]).toEqual([0, 0, 1]);
  });
});
