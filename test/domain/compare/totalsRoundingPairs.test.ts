/**
 * «Herav avrunding» counts only what the measures' comparison counts as the same amount though its kroner differ
 * (amounts.ts: the finer amount rounded to the coarser step is the coarser one). Exactly equal kroner are no
 * rounding (a 1000 kr version may hold 1 000,4 = 1 000 400 kr), a real change is none either, and neither is a
 * measure added or removed. New money is computed again at the coarser step (SPEC §4) for the measures both
 * versions hold: a 1000 kr plan's new money is whole thousands. Every figure by hand below.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { framesByMovement } from '../../../src/domain/compare/totals';
import type { ChangeSet, YearChanges } from '../../../src/domain/model/changeSet';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const typed = (unit: Unit, rows: Record<string, CellValue>[]) =>
  readPlan(canonicalSnapshot({ unit, startYear: 2027, operating: rows.map(operatingRow) }), { defaultStartYear: 2027 })
    .plan;
const compare = (a: Unit, ra: Record<string, CellValue>[], b: Unit, rb: Record<string, CellValue>[]): ChangeSet =>
  comparePlans(typed(a, ra), typed(b, rb), sides);
/** [old, new, Δ, rounding] of 2027 (rounding 0 where absent). */
const y2027 = (y: YearChanges) => {
  const c = y['2027'];
  return [c?.old, c?.new, c?.difference, c?.rounding ?? 0];
};
const zeros = { '2028': 0, '2029': 0, '2030': 0 };
/** One measure costing `cost` in 2027 only, all of it Annen finansiering (no new money). */
const other = (cost: number, extra: Record<string, CellValue> = {}) => ({
  '2027': cost,
  ...zeros,
  Helårsvirkning: 0,
  'Nye midler': 0,
  'Annen finansiering': cost,
  ...extra,
});

describe('rounding between kr and 1000 kr, amount by amount', () => {
  it('1 000 400 kr against 1 000,4 (thousand): the same kroner, no change and no rounding', () => {
    const diff = compare('kr', [other(1_000_400)], '1000 kr', [other(1000.4)]);
    expect(diff.measures.changed).toEqual([]);
    // 1 000 400 → 1 000 400: Δ 0, of it 0 rounding.
    expect(y2027(diff.totals.operating)).toEqual([1_000_400, 1_000_400, 0, 0]);
  });

  it('1 000 400 kr against 1 000,9 (thousand): a real change of 500 kr, none of it rounding', () => {
    const diff = compare('kr', [other(1_000_400)], '1000 kr', [other(1000.9, { 'Annen finansiering': 1000.4 })]);
    // 1 000 400 rounded to 1 000 kr is 1 000 000, not 1 000 900: a change, listed.
    expect(diff.measures.changed[0]?.changes).toEqual([{ field: 'years', year: 2027, old: 1_000_400, new: 1_000_900 }]);
    // Δ 1 000 900 − 1 000 400 = 500, the listed change: no rounding.
    expect(y2027(diff.totals.operating)).toEqual([1_000_400, 1_000_900, 500, 0]);
  });

  it('the same kroner in a frame: the new money differs only by its step, rounding, the frame shown with it', () => {
    const allNew = (cost: number) => ({ ...other(cost), 'Annen finansiering': 0, 'Nye midler': cost });
    const diff = compare('kr', [allNew(1_000_400)], '1000 kr', [allNew(1000.4)]);
    expect(diff.measures.changed).toEqual([]);
    // Cost 1 000 400 on both sides: Δ 0, no rounding.
    expect(y2027(diff.totals.operating)).toEqual([1_000_400, 1_000_400, 0, 0]);
    // New money: kr to the krone, 1 000 400; 1000 kr to 1 000 kr, 1 000 000. Δ −400, all of it the step.
    expect(y2027(diff.totals.newMoney)).toEqual([1_000_400, 1_000_000, -400, -400]);
    expect(y2027(diff.totals.byFrame[0]?.years ?? {})).toEqual([1_000_400, 1_000_000, -400, -400]);
    // Its Δ is shown with its rounding, as the total's (frameRoundingShown.test.ts): not «Uendret».
    expect(framesByMovement(diff).moved).toHaveLength(1);
  });

  it('rounding, an equal amount and a real change side by side: each only its own', () => {
    // D-001: 600 433 kr → 600 (thousand), the same after rounding: −433 rounding. D-002: 350 400 → 351: a change
    // of 600 kr. D-003: 200 500 → 200,5: equal kroner.
    const diff = compare(
      'kr',
      [other(600_433), other(350_400, { ID: 'D-002' }), other(200_500, { ID: 'D-003' })],
      '1000 kr',
      [other(600), other(351, { ID: 'D-002', 'Annen finansiering': 350.4 }), other(200.5, { ID: 'D-003' })],
    );
    expect(diff.measures.changed.map((c) => [c.id, c.changes])).toEqual([
      ['D-002', [{ field: 'years', year: 2027, old: 350_400, new: 351_000 }]],
    ]);
    // Old 600 433 + 350 400 + 200 500 = 1 151 333; new 600 000 + 351 000 + 200 500 = 1 151 500; Δ 167 =
    // D-002's +600 and D-001's −433 rounding.
    expect(y2027(diff.totals.operating)).toEqual([1_151_333, 1_151_500, 167, -433]);
  });

  it('a measure added in the kr version: a change, its odd kroner no rounding', () => {
    // D-002 only in the newer (kr) version: 400 kr in 2027, all Nye midler. D-001 1 000 (thousand) = 1 000 000 kr
    // on both sides, no new money.
    const added = { ...other(400, { ID: 'D-002' }), 'Annen finansiering': 0, 'Nye midler': 400 };
    const diff = compare('1000 kr', [other(1000)], 'kr', [other(1_000_000), added]);
    expect(diff.measures.added.map((m) => m.id)).toEqual(['D-002']);
    // Operating 1 000 000 → 1 000 400, new money 0 → 400: Δ +400 each, the added measure, no rounding.
    expect(y2027(diff.totals.operating)).toEqual([1_000_000, 1_000_400, 400, 0]);
    expect(y2027(diff.totals.newMoney)).toEqual([0, 400, 400, 0]);
  });

  it('a measure without an ID, the same after rounding: its difference is rounding', () => {
    // 1 234 567 kr and 1 235 (thousand), no ID on either side: unchanged, so Δ 433 is all rounding.
    const diff = compare('kr', [other(1_234_567, { ID: '' })], '1000 kr', [other(1235, { ID: '' })]);
    expect(diff.measures).toMatchObject({ added: [], removed: [], changed: [] });
    expect(y2027(diff.totals.operating)).toEqual([1_234_567, 1_235_000, 433, 433]);
  });
});
