/**
 * Economy plan lines whose Del or Linjetype is empty or misspelled (docs/spec.md §6, §10, §15): one rule says
 * what is new money in the economy plan, for the frames of one plan's check and for the consolidation's totals
 * alike, and a line with money is either compared or listed as unmatched — never left out of both.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import type { ConsolidationItem } from '../../../src/domain/model/consolidation';
import type { EconomyPlanLine } from '../../../src/domain/model/plan';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import { inv, line, op, plan } from '../../helpers/plan';
import { economy, input } from './helpers';

// D-001 in frame R3: new money 100 / 300 / 300 / 300 thousand (Helårsvirkning = Nye midler = 300), no Ramme
// line, so frame R3 is compared with the sum of its Drift Tiltak lines (SPEC §10). P-200: a project not costed.
const bolig = () =>
  plan({
    settings: { planName: 'Boligsosial handlingsplan' },
    operating: [op({ id: 'D-001', frame: 'R3', years: [100, 300, 300, 300], fullYear: 300, newMoney: 300 })],
    investment: [inv({ id: 'I-001', project: 'P-200', status: 'Må utredes', budget: null })],
  });
const d001 = () => line({ row: 2, ref: 'D-001', years: [100, 300, 300, 300] });
/** a Tiltak line no measure carries, 50 thousand a year, 200 000 kr over the period, in frame R3. */
const x9 = (part: string, type = 'Tiltak') =>
  line({ row: 3, part, type, ref: 'X-9', frame: 'R3', years: [50, 50, 50, 50] });

type Item = ReconciliationItem | ConsolidationItem;
const frame = (items: readonly Item[]) =>
  items.filter((i) => i.code === 'frame-total').map((i) => [i.year, i.class, i.measures, i.economyPlan]);
const unmatched = (items: readonly Item[]) =>
  items.filter((i) => i.code === 'economy-plan-line-unmatched').map((i) => [i.ref, i.economyPlan]);

const check = (lines: EconomyPlanLine[]) => reconcile({ ...bolig(), economyPlan: lines }, []);
const together = (lines: EconomyPlanLine[]) => consolidate([input('bolig.xlsx', bolig())], economy(lines));

// D-001's measures 100 / 300 / 300 / 300 against D-001's line and X-9's: 100 + 50 = 150, 300 + 50 = 350 thousand;
// Δ = −50 000 kr each year, and the period (1 000 against 1 200 thousand) does not absorb it: mismatch.
const withX9 = [
  [2027, 'mismatch', 100_000, 150_000],
  [2028, 'mismatch', 300_000, 350_000],
  [2029, 'mismatch', 300_000, 350_000],
  [2030, 'mismatch', 300_000, 350_000],
];
// Without X-9 the frame holds: 100 / 300 / 300 / 300 on both sides.
const withoutX9 = [
  [2027, 'match', 100_000, 100_000],
  [2028, 'match', 300_000, 300_000],
  [2029, 'match', 300_000, 300_000],
  [2030, 'match', 300_000, 300_000],
];

describe.each([
  ['empty', ''],
  ['misspelled «Drfit»', 'Drfit'],
])('a Tiltak line with Del %s and a Rammeområde, matching no measure', (_label, part) => {
  it('counts in its frame in one plan’s check, and is listed as unmatched', () => {
    const items = check([d001(), x9(part)]);
    expect(frame(items)).toEqual(withX9);
    expect(unmatched(items)).toEqual([['X-9', 200_000]]);
  });

  it('counts in its frame and in the total of the consolidation alike, and is listed as unmatched', () => {
    const { consolidation } = together([d001(), x9(part)]);
    expect(frame(consolidation.items)).toEqual(withX9);
    // New money in the economy plan: 100 + 50, 300 + 50, … thousand — the frame's figures.
    expect(consolidation.total.economyPlan).toEqual([150_000, 350_000, 350_000, 350_000]);
    expect(unmatched(consolidation.items)).toEqual([['X-9', 200_000]]);
  });
});

describe.each([
  ['empty', ''],
  ['misspelled «Drfit»', 'Drfit'],
])('the line of D-001 with Del %s', (_label, part) => {
  it('is matched to D-001 and counts in frame R3 and in the total, in the check and the consolidation', () => {
    const own = line({ row: 2, part, ref: 'D-001', years: [100, 300, 300, 300] });
    const items = check([own]);
    // D-001's 100 / 300 / 300 / 300 thousand against its line's: a match every year, nothing unmatched.
    expect(items.filter((i) => i.code === 'measure-new-money').map((i) => [i.year, i.class])).toEqual([
      [2027, 'match'],
      [2028, 'match'],
      [2029, 'match'],
      [2030, 'match'],
    ]);
    expect(frame(items)).toEqual(withoutX9);
    expect(unmatched(items)).toEqual([]);
    const { consolidation } = together([own]);
    expect(frame(consolidation.items)).toEqual(withoutX9);
    expect(consolidation.total.economyPlan).toEqual([100_000, 300_000, 300_000, 300_000]);
  });
});

describe('lines that are not Drift Tiltak lines', () => {
  it.each([
    ['Del Investering', x9('Investering')],
    ['Linjetype misspelled «Tilltak»', x9('Drift', 'Tilltak')],
    ['Linjetype empty', x9('Drift', '')],
  ])('%s: in no frame and not in the total, but listed as unmatched', (_label, x) => {
    expect(frame(check([d001(), x]))).toEqual(withoutX9);
    expect(unmatched(check([d001(), x]))).toEqual([['X-9', 200_000]]);
    const { consolidation } = together([d001(), x]);
    expect(frame(consolidation.items)).toEqual(withoutX9);
    expect(consolidation.total.economyPlan).toEqual([100_000, 300_000, 300_000, 300_000]);
    expect(unmatched(consolidation.items)).toEqual([['X-9', 200_000]]);
  });

  it('a line without Del whose Ref names a project not costed is that project’s: not new money', () => {
    // P-200, 70 thousand in 2027: listed as unmatched (the project is not costed), in no frame, not in the total.
    const p200 = line({ row: 3, part: '', ref: 'P-200', frame: 'R3', years: [70, 0, 0, 0] });
    const items = check([d001(), p200]);
    expect(frame(items)).toEqual(withoutX9);
    expect(unmatched(items)).toEqual([['P-200', 70_000]]);
    const { consolidation, perPlan } = together([d001(), p200]);
    expect(unmatched(perPlan[0] ?? [])).toEqual([['P-200', 70_000]]);
    expect(frame(consolidation.items)).toEqual(withoutX9);
    expect(consolidation.plans[0]?.newMoney.economyPlan).toEqual([100_000, 300_000, 300_000, 300_000]);
    expect(consolidation.total.economyPlan).toEqual([100_000, 300_000, 300_000, 300_000]);
  });
});
