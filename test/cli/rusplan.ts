/**
 * Rusplan (review tests of the Plan column): one operating measure, D-001 Rusteam in frame R3, 100 / 200 / 300 /
 * 300 (1000 kr) in 2027–2030, all new money; its economy plan lines as each test needs them.
 */
import { DEFAULT_LISTS, type PlanContent } from '../../src/domain';

export const rusplan = (economyPlan: PlanContent['economyPlan']): PlanContent => ({
  settings: {
    startYear: 2027,
    yearCount: 4,
    unit: '1000 kr',
    priceLevel: 'faste 2027-kroner',
    economyPlanVersion: '',
    tolerance: 0,
    planName: 'Rusplan',
  },
  lists: DEFAULT_LISTS,
  operating: [
    {
      values: {
        id: 'D-001',
        section: 'Samfunn og tjenester',
        priority: 1,
        ref: '5',
        measure: 'Rusteam',
        costStatus: 'Beregnet',
        kind: 'Varig',
        responsible: 'NAV-leder',
        areas: 'Helse, velferd, pleie og omsorg',
        frame: 'R3',
        fullYear: 300,
        finJoint: 0,
        finReallocation: 0,
        finOther: 0,
        finNew: 300,
      },
      years: [100, 200, 300, 300],
    },
  ],
  investment: [],
  economyPlan,
});
