/**
 * A measure in the older version only that is a finished one-off (SPEC §11, §14): an Engangs measure with money
 * before the newer period and no cost in any year from its first on is listed as finished, not as removed; any
 * other measure the newer version lacks stays removed. Amounts typed in 1000 kr (th), figures by hand below.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { Finding } from '../../../src/domain/model/finding';
import type { OperatingMeasure, Plan } from '../../../src/domain/model/plan';
import { inv, op, plan, type PlanInput } from '../../helpers/plan';

const SIDES = { old: { file: 'vedtatt.xlsx', label: 'vedtatt.xlsx' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };

/** A plan rolled one year on: 2028–2031. */
const rolledPlan = (input: PlanInput): Plan => {
  const p = plan(input);
  return { ...p, years: [2028, 2029, 2030, 2031], settings: { ...p.settings, startYear: 2028 } };
};

// The adopted plan, 2027–2030: D-001 Varig (stays), D-002 Engangs 300 in 2027 only (done), D-003 Engangs 50 in
// 2028 (the user deleted it: cost left), D-004 Varig 300 in 2027 only (deleted), D-005 Engangs with no money at
// all (deleted), D-006 Engangs 80 in 2027 and "----" (0) in 2028 (done), D-007 Engangs 90 in 2027 and a "?" in
// 2029 (a cost not known: deleted, not done), I-001 an investment spent in 2027 only (deleted).
const D001 = op({ id: 'D-001', row: 2, years: [100, 200, 300, 400], fullYear: 400, newMoney: 400 });
const D002 = op({ id: 'D-002', row: 3, kind: 'Engangs', years: [300, null, null, null], newMoney: 300 });
const D003 = op({ id: 'D-003', row: 4, kind: 'Engangs', years: [0, 50, 0, 0], newMoney: 50 });
const D004 = op({ id: 'D-004', row: 5, years: [300, null, null, null], newMoney: 300 });
const D005 = op({ id: 'D-005', row: 6, kind: 'Engangs', years: [null, null, null, null] });
const D006 = op({ id: 'D-006', row: 7, kind: 'Engangs', years: [80, 0, null, null], newMoney: 80 });
const D007 = op({ id: 'D-007', row: 8, kind: 'Engangs', years: [90, 0, null, 0], newMoney: 90 });
const I001 = inv({ id: 'I-001', row: 2, years: [1000, null, null, null], budget: 1000, loan: 1000 });
const adopted = plan({ operating: [D001, D002, D003, D004, D005, D006, D007], investment: [I001] });

/** The reader's finding for a text typed in an amount cell of the adopted plan ("?" invalid, "----" a dash). */
function typed(m: OperatingMeasure, year: number, value: string): Finding {
  const cell = `${m.cellColumns[`year:${year}`] ?? ''}${m.row}`;
  const code = value === '?' ? 'amount-invalid' : 'amount-placeholder';
  return { code, severity: 'warning', sheet: m.sheet, cell, measureId: m.id, params: { value } };
}
const findings = [typed(D006, 2028, '----'), typed(D007, 2029, '?')];

// The next year's plan, 2028–2031: D-001 alone, its 2031 at Helårsvirkning 400.
const next = rolledPlan({ operating: [op({ id: 'D-001', row: 2, years: [200, 300, 400, 400], fullYear: 400 })] });
const diff = comparePlans(adopted, next, { ...SIDES, old: { ...SIDES.old, findings } });
const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

describe('compare: finished one-offs told apart from removed measures', () => {
  it('an Engangs measure with all its money before the newer period is finished, a dash counting as 0', () => {
    expect(ids(diff.measures.finished)).toEqual(['D-002', 'D-006']);
    // D-002: 300 thousand in 2027, nothing after; D-006: 80 in 2027, "----" (0) in 2028, empty after.
    expect(diff.measures.finished.map((m) => m.years)).toEqual([
      { '2027': 300_000, '2028': null, '2029': null, '2030': null },
      { '2027': 80_000, '2028': 0, '2029': null, '2030': null },
    ]);
  });

  it('removed: an Engangs measure with cost left, a Varig one, one without money, one with a "?" left, an investment', () => {
    expect(ids(diff.measures.removed)).toEqual(['D-003', 'D-004', 'D-005', 'D-007', 'I-001']);
    expect(diff.measures.added).toEqual([]);
  });

  it('without the reader findings a "?" reads as empty: D-007 would count as done', () => {
    const bare = comparePlans(adopted, next, SIDES);
    expect(ids(bare.measures.finished)).toEqual(['D-002', 'D-006', 'D-007']);
  });

  it('totals are those of every measure: 2027 old only, D-003 50 leaves 2028', () => {
    // Costed operating cost, old: 2027 100 + 300 + 0 + 300 + 80 + 90 = 870; 2028 200 + 50 = 250;
    // 2029 300; 2030 400. New: 2028 200, 2029 300, 2030 400, 2031 400.
    const thousands = Object.fromEntries(
      Object.entries(diff.totals.operating).map(([y, c]) => [
        y,
        [c.old, c.new, c.difference].map((v) => v && v / 1000),
      ]),
    );
    expect(thousands).toEqual({
      '2027': [870, null, null],
      '2028': [250, 200, -50],
      '2029': [300, 300, 0],
      '2030': [400, 400, 0],
      '2031': [null, 400, null],
    });
  });

  it('the same period: an Engangs measure deleted with its cost in a year both versions hold is removed', () => {
    const same = comparePlans(plan({ operating: [D001, D002] }), plan({ operating: [D001] }), SIDES);
    expect(ids(same.measures.removed)).toEqual(['D-002']);
    expect(same.measures.finished).toEqual([]);
  });

  it('an older period after the newer one (the files given the wrong way round): nothing is finished', () => {
    const reversed = comparePlans(rolledPlan({ operating: [D002] }), plan({ operating: [] }), SIDES);
    expect(ids(reversed.measures.removed)).toEqual(['D-002']);
    expect(reversed.measures.finished).toEqual([]);
  });
});
