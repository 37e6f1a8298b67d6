/** The free IDs that id-missing and id-duplicate suggest: never one in use, never the same twice. */
import { validatePlan } from '../../../src/domain/validate/plan';
import { makeInvestment, makeOperating, makePlan } from '../../helpers/plan';

const suggestions = (plan: ReturnType<typeof makePlan>) =>
  validatePlan(plan)
    .filter((f) => f.code === 'id-missing' || f.code === 'id-duplicate')
    .map((f) => `${f.code} ${f.cell} ${String(f.params.suggestion)}`);

describe('suggested IDs', () => {
  it('offers each row without an ID its own free ID of its table', () => {
    const plan = makePlan({
      operating: [
        makeOperating({ id: 'D-001', row: 2, priority: 1 }),
        makeOperating({ id: '', row: 3, priority: 2 }),
        makeOperating({ id: 'D-010', row: 4, priority: 3 }),
        makeOperating({ id: '', row: 5, priority: 4 }),
      ],
      investment: [makeInvestment({ id: '', row: 2 })],
    });
    expect(suggestions(plan)).toEqual(['id-missing A3 D-011', 'id-missing A5 D-012', 'id-missing A2 I-001']);
  });

  it('offers a duplicate an ID no other row holds, counting the IDs offered to rows without one', () => {
    const plan = makePlan({
      operating: [
        makeOperating({ id: 'D-002', row: 2, priority: 1 }),
        makeOperating({ id: '', row: 3, priority: 2 }),
        makeOperating({ id: 'D-002', row: 4, priority: 3 }),
      ],
      investment: [],
    });
    expect(suggestions(plan)).toEqual(['id-missing A3 D-003', 'id-duplicate A4 D-004']);
  });
});
