/**
 * The plain check of a plan whose own Økonomiplan sheet holds another plan's line (finance pasted the whole
 * economy plan, column Plan included; SPEC §15: "a line with Plan set matches only measures of that plan"). The
 * line is not matched to this plan's measures nor counted in its frames, as in the consolidation of the plan
 * alone, and it is not left out unsaid: it is listed as the consolidation lists it, an unmatched line (warning)
 * naming the Plan typed, its cell and this plan's Plannavn.
 *
 * Plan «Rusplan» (1000 kr): D-001 in frame 2, new money 600 / 1 200 / 1 800 / 2 400. Lines: D-001 Plan «rusplan »
 * (this plan: case and spaces aside) 600 / 1 200 / 1 800 / 2 400; D-001 Plan «Helseplan» 500 a year.
 * By hand: D-001 600 000 − 600 000 = 0 … four matches; frame 2 has no Ramme line, so it is compared with its
 * Tiltak lines, this plan's only: four matches (not 1 100 000 / 1 700 000 / 2 300 000 / 2 900 000); Helseplan's
 * line one unmatched item, 4 × 500 000 = 2 000 000 kr, Δ = −2 000 000, mismatch, a warning, its Plan cell K3
 * (Del … Beskrivelse A–F, 2027–2030 G–J, Plan K; the line on row 3).
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { readPlan } from '../../../src/domain/read/plan';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const HELSE = economyLine({ Plan: 'Helseplan', '2027': 500, '2028': 500, '2029': 500, '2030': 500 });

const check = (planName: string | null, lines: Record<string, CellValue>[]) => {
  const wb = canonicalSnapshot({ operating: [operatingRow()], economyPlan: lines, settings: { Plannavn: planName } });
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  return reconcile(plan, findings);
};

const byCode = (items: ReturnType<typeof check>, code: string) =>
  items.filter((i) => i.code === code).map((i) => [i.year, i.class, i.measures, i.economyPlan]);

describe('the plain check: a line of the own Økonomiplan sheet whose Plan names another plan', () => {
  const items = check('Rusplan', [economyLine({ Plan: 'rusplan ' }), HELSE]);
  const own = [
    [2027, 'match', 600_000, 600_000],
    [2028, 'match', 1_200_000, 1_200_000],
    [2029, 'match', 1_800_000, 1_800_000],
    [2030, 'match', 2_400_000, 2_400_000],
  ];

  it('is not matched to this plan’s measure: D-001 against its own line, four matches', () => {
    expect(byCode(items, 'measure-new-money')).toEqual(own);
  });

  it('is not counted in the frame: frame 2 against this plan’s Tiltak line only', () => {
    expect(byCode(items, 'frame-total')).toEqual(own);
  });

  it('is listed as another plan’s line: 2 000 000 kr unmatched, a warning naming Helseplan and its Plan cell', () => {
    const unmatched = items.filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(unmatched.map((i) => [i.ref, i.class, i.severity, i.economyPlan, i.difference, i.otherPlan])).toEqual([
      [
        'D-001',
        'mismatch',
        'warning',
        2_000_000,
        -2_000_000,
        { plan: 'Helseplan', own: 'Rusplan', cell: 'Økonomiplan!K3' },
      ],
    ]);
    const item = unmatched[0];
    if (item === undefined) throw new Error('no item');
    expect(explainReconciliation(item, 'nb', '1000 kr')).toContain('«Helseplan» i kolonnen Plan (Økonomiplan!K3)');
    expect(explainReconciliation(item, 'nb', '1000 kr')).toContain('ikke denne planens Plannavn «Rusplan»');
    expect(explainReconciliation(item, 'nn', '1000 kr')).toContain('«Rusplan»');
    expect(explainReconciliation(item, 'en', '1000 kr')).toContain('"Helseplan" in the column Plan');
  });
});

describe('lines the plain check matches as before', () => {
  it('a plan without Plannavn cannot tell its Plan from another’s: both lines count, 1 100 000 in 2027', () => {
    // 600 + 500 = 1 100 thousand against 600: Δ = −500 000, a mismatch, as before Plan was read.
    expect(byCode(check(null, [economyLine({ Plan: 'Rusplan' }), HELSE]), 'measure-new-money')[0]).toEqual([
      2027,
      'mismatch',
      600_000,
      1_100_000,
    ]);
  });

  it('a Ramme line with another plan’s Plan is still the frame’s limit (SPEC §15: it covers all plans)', () => {
    const frame = economyLine({ Linjetype: 'Ramme', Ref: null, Plan: 'Helseplan', '2027': 500 });
    // Frame 2: measures 600 in 2027 over the Ramme line's 500 → mismatch, Δ = +100 000.
    expect(byCode(check('Rusplan', [economyLine(), frame]), 'frame-total')[0]).toEqual([
      2027,
      'mismatch',
      600_000,
      500_000,
    ]);
  });
});
