/**
 * New money per Rammeområde against the total of new money, between a plan in kr and its version in mill kr (review
 * w111). SPEC §4 rounds new money to 1 000 kr in mill kr, to the krone in kr, so a frame's new money may differ by
 * that step alone. Such a frame was named «Uendret» while the total of new money showed the change (with «Herav
 * avrunding»): the frames listed no longer added up to the total. SPEC §14 gives each frame old, new and Δ; now a
 * frame whose Δ is not 0 is shown year by year with its rounding, as the total is, and only Δ = 0 is «Uendret».
 *
 * Adopted (kr): D-001 600 433 / 1 200 000 / 1 800 000 / 2 400 000, Helårsvirkning 2 400 000, all new money, frame 2;
 * D-002 100 000 a year, all new money, frame 3. Now (mill kr): D-001 0,6 / 1,2 / 1,8 / 2,4 (600 433 is 600 000
 * rounded to 1 000 kr: the same amount), D-002 0,099 in 2027 (a real change of −1 000 kr), 0,1 after. By hand, 2027:
 * new money 700 433 → 699 000, Δ −1 433, of it −433 rounding; frame 2 600 433 → 600 000, Δ −433, all rounding;
 * frame 3 100 000 → 99 000, Δ −1 000. 2028–2030: Δ 0 everywhere.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { framesByMovement } from '../../../src/domain/compare/totals';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { renderCompare } from '../../../src/report/compareReport';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

type Row = Record<string, CellValue>;
const typed = (unit: Unit, rows: Row[]) =>
  readPlan(canonicalSnapshot({ unit, startYear: 2027, operating: rows.map(operatingRow) }), { defaultStartYear: 2027 })
    .plan;
const d002 = (years: number[], full: number): Row => ({
  ID: 'D-002',
  Prioritet: 2,
  ...Object.fromEntries(years.map((a, i) => [String(2027 + i), a])),
  Helårsvirkning: full,
  'Nye midler': full,
  Rammeområde: '3',
});
const adopted = typed('kr', [
  {
    '2027': 600_433,
    '2028': 1_200_000,
    '2029': 1_800_000,
    '2030': 2_400_000,
    Helårsvirkning: 2_400_000,
    'Nye midler': 2_400_000,
  },
  d002([100_000, 100_000, 100_000, 100_000], 100_000),
]);
const now = typed('mill kr', [
  { '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4, Helårsvirkning: 2.4, 'Nye midler': 2.4 },
  d002([0.099, 0.1, 0.1, 0.1], 0.1),
]);
const diff = comparePlans(adopted, now, {
  old: { file: 'vedtatt.xlsx', label: 'Vedtatt' },
  new: { file: 'ny.xlsx', label: 'ny.xlsx' },
});
const y2027 = (c: { old: unknown; new: unknown; difference: unknown; rounding?: unknown } | undefined) => [
  c?.old,
  c?.new,
  c?.difference,
  c?.rounding ?? 0,
];

describe('a frame moved only by the rounding between kr and mill kr', () => {
  it('the figures: total −1 433 (−433 rounding) = frame 2 −433 (rounding) + frame 3 −1 000', () => {
    expect(y2027(diff.totals.newMoney['2027'])).toEqual([700_433, 699_000, -1_433, -433]);
    expect(diff.totals.byFrame.map((f) => [f.frame, ...y2027(f.years['2027'])])).toEqual([
      ['2', 600_433, 600_000, -433, -433],
      ['3', 100_000, 99_000, -1_000, 0],
    ]);
  });

  it('is shown with its change and rounding, as the total is, not named unchanged', () => {
    expect(framesByMovement(diff).moved.map((f) => f.frame)).toEqual(['2', '3']);
    expect(framesByMovement(diff).unchanged).toEqual([]);
  });

  it('text: the frame table has frame 2’s 2027 row with its rounding, and no «Uendret» line', () => {
    const text = renderCompare(diff, 'text', 'nb').replace(/[\u00a0\u202f]/g, ' ');
    const frames = text.slice(text.indexOf('Nye midler per rammeområde'), text.indexOf('Økonomiplanen\n'));
    // In mill kr: 600 433 kr = 0,600433; −433 kr = −0,000433.
    expect(frames).toMatch(/2 +2027 +0,600433 +0,6 +−0,000433 +−0,000433\n/);
    expect(frames).toMatch(/3 +2027 +0,1 +0,099 +−0,001\n/);
    expect(frames).not.toContain('Uendret');
  });
});
