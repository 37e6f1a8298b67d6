/**
 * comparedElsewhere (SPEC §10, §15): a row kept on a plan's own Avstemming in a consolidation is the plan's own
 * check's item — `consolidated` when «Avstemming planer» has the same comparison (its Plan empty or this plan),
 * `ownSheet` when only the plan's own Økonomiplan sheet gives it — or, when the plan's own check makes no such item
 * either, nothing (the row's item is gone). Keys as the sheet's: Kode, År, Ref and Finansieringskilde by refKey.
 */
import type { ConsolidationItem } from '../../../src/domain/model/consolidation';
import type { Plan } from '../../../src/domain/model/plan';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import { reconciliationKey } from '../../../src/domain/sheets/reconciliationRead';
import { comparedElsewhere } from '../../../src/domain/sheets/reconciliationElsewhere';

const YEARS = [2027, 2028, 2029, 2030];

/** A plan whose own economy plan sheet is read whole, or whose year `empty` has no amount on any line. */
const planOf = (empty?: number[]) =>
  ({
    years: YEARS,
    economyPlan: [{ ref: 'ØP23-117' }],
    layouts: { economyPlan: empty ? { yearsEmpty: empty } : {} },
  }) as unknown as Plan;

/** An item of either sheet with only what its key reads (the tested function reads nothing else). */
const item = (code: string, ref: string, year?: number, source?: string) =>
  ({
    code,
    ref,
    ...(year === undefined ? {} : { year }),
    ...(source === undefined ? {} : { source }),
  }) as unknown as ReconciliationItem & ConsolidationItem;

/** The plan's own check: D-003 2030, ØP23-117 and frame R3 2027, each as its own check keys them. */
const OWN: ReconciliationItem[] = [
  item('measure-new-money', 'D-003', 2030),
  item('economy-plan-line-unmatched', 'ØP23-117'),
  item('frame-total', 'R3', 2027),
  item('project-financing', 'P-4102', undefined, 'Lån'),
];

/** «Avstemming planer»: frame R3 2027 and ØP23-117 of no plan, R4 2027 of another plan's name. */
const ACROSS: ConsolidationItem[] = [
  item('frame-total', 'R3', 2027),
  item('economy-plan-line-unmatched', 'ØP23-117'),
  { ...item('frame-total', 'R4', 2027), plan: 'Rusplan' },
];

const row = (code: string, ref: string, year: number | null, source = '') => ({
  key: reconciliationKey(code, ref, year === null ? '' : String(year), source),
  code,
  cells: { ref, year },
});

describe('comparedElsewhere', () => {
  test('the same comparison on «Avstemming planer»: consolidated; only the own sheet: ownSheet; neither: gone', () => {
    let asked = 0;
    const test = comparedElsewhere({ plan: planOf(), items: () => (asked++, OWN) }, ACROSS, 'Boligplan');
    expect(test(row('frame-total', 'R3', 2027))).toBe('consolidated');
    // Ref case and spaces aside, as the row's key is made.
    expect(test(row('economy-plan-line-unmatched', ' øp23-117 ', null))).toBe('consolidated');
    expect(test(row('measure-new-money', 'D-003', 2030))).toBe('ownSheet');
    expect(test(row('project-financing', 'P-4102', null, 'Lån'))).toBe('ownSheet');
    // Another year, another Finansieringskilde, a code the own check did not make there: no item of hers anywhere.
    expect(test(row('measure-new-money', 'D-003', 2029))).toBeUndefined();
    expect(test(row('project-financing', 'P-4102', null, 'Tilskudd'))).toBeUndefined();
    expect(test(row('frame-total', 'R4', 2027))).toBeUndefined();
    // The own check is made once, when the first row asks.
    expect(asked).toBe(1);
  });

  test("an item of another plan's name on «Avstemming planer» is not this plan's: ownSheet", () => {
    const own = [...OWN, item('frame-total', 'R4', 2027)];
    const test = comparedElsewhere({ plan: planOf(), items: () => own }, ACROSS, 'Boligplan');
    expect(test(row('frame-total', 'R4', 2027))).toBe('ownSheet');
    const rus = comparedElsewhere({ plan: planOf(), items: () => own }, ACROSS, ' rusplan ');
    expect(rus(row('frame-total', 'R4', 2027))).toBe('consolidated');
  });

  test("the plan's own sheet without figures for 2030: its own check waits for D-005 2030, which counts as made", () => {
    const test = comparedElsewhere({ plan: planOf([2030]), items: () => OWN }, ACROSS, 'Boligplan');
    expect(test(row('measure-new-money', 'D-005', 2030))).toBe('ownSheet');
    expect(test(row('measure-new-money', 'D-005', 2029))).toBeUndefined();
  });

  test('a plan that is the economy plan workbook: its own sheet was read, so never ownSheet; consolidated still', () => {
    const test = comparedElsewhere({ plan: planOf(), items: () => OWN, ownSheetUsed: true }, ACROSS, 'Boligplan');
    expect(test(row('measure-new-money', 'D-003', 2030))).toBeUndefined();
    expect(test(row('frame-total', 'R3', 2027))).toBe('consolidated');
  });
});
