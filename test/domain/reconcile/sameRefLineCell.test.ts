/**
 * A measure whose economy plan line has its Ref but the wrong Del or Linjetype (reconcile/nearMiss.ts): its item's
 * text names the line's cell and asks her to correct that line, so its economy plan cell (Avstemming's «Celle
 * økonomiplan» link, the pane's jump button) is that line's too: the cell of its Ref, as the line's own item names it.
 * By hand: D-001's line is on row 9 of Økonomiplan, Ref in column C: «Økonomiplan!C9».
 */
import type { EconomyPlanLine } from '../../../src/domain/model/plan';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { byCode, miljo } from './helpers';
import { inv, line, plan } from '../../helpers/plan';

describe('the item of a measure whose line has its Ref but the wrong Del or Linjetype', () => {
  it.each([
    ['Drift', 'Finansiering'],
    ['Investering', 'Tiltak'],
  ])('operating D-001, line typed Del %p, Linjetype %p: its economy plan cell is the line’s Ref, C9', (part, type) => {
    const typed: EconomyPlanLine = {
      ...line({ row: 9, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
      part,
      lineType: type,
    };
    const items = reconcile(plan({ operating: [miljo()], economyPlan: [typed] }), []);
    const [missing] = byCode(items, 'measure-not-in-economy-plan');
    const [unmatched] = byCode(items, 'economy-plan-line-unmatched');
    expect(missing?.cells.economyPlan).toBe('Økonomiplan!C9');
    // The same cell the line's own item names.
    expect(unmatched?.cells.economyPlan).toBe('Økonomiplan!C9');
    // Its measure cell stays the measure's.
    expect(missing?.cells.measures).toMatch(/^Tiltak drift!/);
  });

  it('a project I-001 (P-100) whose line has Del Drift: its economy plan cell is the line’s Ref, C9', () => {
    const project = inv({ id: 'I-001', project: 'P-100', years: [100, 100, 0, 0], budget: 200, loan: 200 });
    const typed = line({ row: 9, ref: 'P-100', years: [100, 100, 0, 0], part: 'Drift' });
    const [missing] = byCode(
      reconcile(plan({ investment: [project], economyPlan: [typed] }), []),
      'measure-not-in-economy-plan',
    );
    expect(missing?.cells.economyPlan).toBe('Økonomiplan!C9');
  });

  it('a measure with no line at all still has no economy plan cell', () => {
    const [missing] = byCode(
      reconcile(plan({ operating: [miljo()], economyPlan: [] }), []),
      'measure-not-in-economy-plan',
    );
    expect(missing?.cells.economyPlan).toBeUndefined();
  });
});
